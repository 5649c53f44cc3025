import type { Channel } from '../../../shared/domain/channel.ts';
import { useCreateChannel, useUpdateChannel } from '../../common/data/channel-queries.ts';
import { useTranslation } from '../../i18n/context.tsx';
import { FormDialog } from '../../ui/FormDialog.tsx';
import { ChannelForm, type ChannelValues } from './ChannelForm.tsx';

export interface ChannelDialogProps {
  clientId: string;
  channel?: Channel;
  onClose: () => void;
}

export function ChannelDialog({ clientId, channel, onClose }: ChannelDialogProps) {
  const { t } = useTranslation();
  const create = useCreateChannel();
  const update = useUpdateChannel();

  const save = async (values: ChannelValues) => {
    if (channel) await update.mutateAsync({ id: channel.id, ...values });
    else await create.mutateAsync({ clientId, ...values });
    onClose();
  };

  return (
    <FormDialog
      title={t(channel ? 'channels.form.editTitle' : 'channels.form.createTitle')}
      description={t('channels.form.description')}
      submitLabel={t(channel ? 'channels.form.save' : 'channels.form.create')}
      onClose={onClose}
    >
      {(form) => <ChannelForm {...form} channel={channel} onSubmit={save} />}
    </FormDialog>
  );
}
