import type { Client } from '../../../shared/domain/client.ts';
import { usePrefs, useSetPrefs } from '../../api/prefs.ts';
import { afterSuccess } from '../../api/settle.ts';
import { navigate } from '../../common/hooks/route.ts';
import { useUndo } from '../../common/hooks/undo.ts';
import { useTranslation } from '../../i18n/context.tsx';
import { useToasts } from '../../ui/toast-context.ts';
import { useArchiveClient, useDeleteClient } from './queries.ts';

/** Archive and delete a client, with the toasts and the "last client" bookkeeping they need. */
export function useClientActions() {
  const { t } = useTranslation();
  const toasts = useToasts();
  const undo = useUndo();
  const lastClientId = usePrefs().data?.lastClientId ?? null;
  const setPrefs = useSetPrefs();
  const archive = useArchiveClient();
  const remove = useDeleteClient();

  return {
    setArchived(client: Client, archived: boolean) {
      afterSuccess(archive.mutateAsync({ id: client.id, archived }), () =>
        toasts.show({
          title: t(archived ? 'clients.archivedToast' : 'clients.unarchivedToast', { name: client.name }),
        }),
      );
    },
    delete(client: Client) {
      afterSuccess(remove.mutateAsync({ id: client.id }), (item) => {
        undo.deleted(item, t('clients.deleted', { name: client.name }));
        if (lastClientId === client.id) setPrefs.mutate({ lastClientId: null });
        navigate({ name: 'clients' });
      });
    },
  };
}
