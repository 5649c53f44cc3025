import { type ReactNode, useMemo, useRef } from 'react';
import type { TrashItem } from '../../shared/domain/trash.ts';
import { useSetPrefs } from '../api/prefs.ts';
import { afterSuccess } from '../api/settle.ts';
import { navigate } from '../common/hooks/route.ts';
import { type UndoApi, UndoContext } from '../common/hooks/undo.ts';
import { useRestoreMany } from '../features/trash/queries.ts';
import { useTranslation } from '../i18n/context.tsx';
import { useToasts } from '../ui/toast-context.ts';

export function UndoProvider({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const toasts = useToasts();
  const restore = useRestoreMany();
  const setPrefs = useSetPrefs();
  // The last deletion, or the way back from the last change.
  const last = useRef<readonly TrashItem[] | (() => void) | null>(null);

  const api = useMemo<UndoApi>(() => {
    const bringBack = (items: readonly TrashItem[]) => {
      if (last.current === items) last.current = null;
      const refs = items.map(({ type, id }) => ({ type, id }));
      afterSuccess(restore.mutateAsync({ refs }), () => {
        const [item] = items;
        if (!item) return;
        toasts.show({
          title:
            items.length === 1
              ? t('common.restored', { label: item.label || t('posts.untitled') })
              : t('common.restoredMany', { count: items.length }),
        });
        // Deleting a client left its page for the list: undoing puts the user back where they were.
        if (item.type === 'client') {
          setPrefs.mutate({ lastClientId: item.id });
          navigate({ name: 'client', id: item.id });
        }
      });
    };
    return {
      deleted(deleted, message) {
        const items: readonly TrashItem[] = 'type' in deleted ? [deleted] : deleted;
        last.current = items;
        toasts.show({
          title: message,
          action: { label: t('common.undo'), altText: t('common.undoHint'), run: () => bringBack(items) },
        });
      },
      changed({ message, undo, secondary }) {
        const run = () => {
          if (last.current === run) last.current = null;
          undo();
        };
        last.current = run;
        toasts.show({
          title: message,
          action: { label: t('common.undo'), altText: t('common.undoHint'), run },
          secondary: secondary && { ...secondary, altText: secondary.label },
        });
      },
      undoLast() {
        const current = last.current;
        if (typeof current === 'function') current();
        else if (current) bringBack(current);
      },
      forget() {
        last.current = null;
      },
    };
  }, [restore.mutateAsync, setPrefs.mutate, t, toasts]);

  return <UndoContext.Provider value={api}>{children}</UndoContext.Provider>;
}
