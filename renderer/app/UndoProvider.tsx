import { type ReactNode, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { TrashItem } from '../../shared/domain/trash.ts';
import { afterSuccess } from '../api/settle.ts';
import { useRestore } from '../features/trash/queries.ts';
import { useToasts } from '../ui/toast-context.ts';
import { type UndoApi, UndoContext } from './undo.ts';

export function UndoProvider({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const toasts = useToasts();
  const restore = useRestore();
  const last = useRef<TrashItem | null>(null);

  const api = useMemo<UndoApi>(() => {
    const bringBack = (item: TrashItem) => {
      if (last.current?.id === item.id) last.current = null;
      afterSuccess(restore.mutateAsync({ type: item.type, id: item.id }), () =>
        toasts.show({ title: t('common.restored', { label: item.label }) }),
      );
    };
    return {
      deleted(item, message) {
        last.current = item;
        toasts.show({
          title: message,
          action: { label: t('common.undo'), altText: t('common.undoHint'), run: () => bringBack(item) },
        });
      },
      undoLast() {
        if (last.current) bringBack(last.current);
      },
    };
  }, [restore.mutateAsync, t, toasts]);

  return <UndoContext.Provider value={api}>{children}</UndoContext.Provider>;
}
