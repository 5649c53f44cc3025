import { type ReactNode, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { TrashItem } from '../../shared/domain/trash.ts';
import { useSetPrefs } from '../api/prefs.ts';
import { afterSuccess } from '../api/settle.ts';
import { useRestore } from '../features/trash/queries.ts';
import { useToasts } from '../ui/toast-context.ts';
import { navigate } from './route.ts';
import { type UndoApi, UndoContext } from './undo.ts';

export function UndoProvider({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const toasts = useToasts();
  const restore = useRestore();
  const setPrefs = useSetPrefs();
  const last = useRef<TrashItem | null>(null);

  const api = useMemo<UndoApi>(() => {
    const bringBack = (item: TrashItem) => {
      if (last.current?.id === item.id) last.current = null;
      afterSuccess(restore.mutateAsync({ type: item.type, id: item.id }), () => {
        toasts.show({ title: t('common.restored', { label: item.label }) });
        // Deleting a client left its page for the list: undoing puts the user back where they were.
        if (item.type === 'client') {
          setPrefs.mutate({ lastClientId: item.id });
          navigate({ name: 'client', id: item.id });
        }
      });
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
  }, [restore.mutateAsync, setPrefs.mutate, t, toasts]);

  return <UndoContext.Provider value={api}>{children}</UndoContext.Provider>;
}
