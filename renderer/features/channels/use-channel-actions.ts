import type { Channel } from '../../../shared/domain/channel.ts';
import { afterSuccess } from '../../api/settle.ts';
import { useArchiveChannel, useDeleteChannel } from '../../common/data/channel-queries.ts';
import { useUndo } from '../../common/hooks/undo.ts';
import { useTranslation } from '../../i18n/context.tsx';
import { useToasts } from '../../ui/toast-context.ts';

export function useChannelActions() {
  const { t } = useTranslation();
  const toasts = useToasts();
  const undo = useUndo();
  const archive = useArchiveChannel();
  const remove = useDeleteChannel();
  return {
    setArchived(channel: Channel, archived: boolean) {
      afterSuccess(archive.mutateAsync({ id: channel.id, archived }), () =>
        toasts.show({
          title: t(archived ? 'channels.archivedToast' : 'channels.unarchivedToast', {
            handle: channel.handle,
          }),
        }),
      );
    },
    delete(channel: Channel) {
      afterSuccess(remove.mutateAsync({ id: channel.id }), (item) =>
        undo.deleted(item, t('channels.deleted', { handle: channel.handle })),
      );
    },
  };
}
