import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Channel } from '../../../shared/domain/channel.ts';
import { Button } from '../../ui/Button.tsx';
import { Dialog } from '../../ui/Dialog.tsx';
import { ChannelForm, type ChannelValues } from './ChannelForm.tsx';
import { useCreateChannel, useUpdateChannel } from './queries.ts';

export interface ChannelDialogProps {
  clientId: string;
  channel?: Channel;
  onClose: () => void;
}

export function ChannelDialog({ clientId, channel, onClose }: ChannelDialogProps) {
  const { t } = useTranslation();
  const formId = useId();
  const [pending, setPending] = useState(false);
  const create = useCreateChannel();
  const update = useUpdateChannel();

  const save = async (values: ChannelValues) => {
    if (channel) await update.mutateAsync({ id: channel.id, ...values });
    else await create.mutateAsync({ clientId, ...values });
    onClose();
  };

  return (
    <Dialog
      open
      onOpenChange={(open) => !open && onClose()}
      title={t(channel ? 'channels.form.editTitle' : 'channels.form.createTitle')}
      description={t('channels.form.description')}
      footer={
        <>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="submit" form={formId} variant="primary" disabled={pending}>
            {t(channel ? 'channels.form.save' : 'channels.form.create')}
          </Button>
        </>
      }
    >
      <ChannelForm formId={formId} channel={channel} onSubmit={save} onPendingChange={setPending} />
    </Dialog>
  );
}
