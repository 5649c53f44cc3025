import type { Channel } from '../../../shared/domain/channel.ts';
import type { Client } from '../../../shared/domain/client.ts';
import { useTranslation } from '../../i18n/context.tsx';
import { FormDialog } from '../../ui/FormDialog.tsx';
import { FollowersForm } from './FollowersForm.tsx';

export interface FollowersDialogProps {
  client: Client;
  /** The client's live channels, one row each. */
  channels: readonly Channel[];
  today: string;
  onClose: () => void;
}

/** The weekly follower count of every channel of a client, in one form and one save. */
export function FollowersDialog({ client, channels, today, onClose }: FollowersDialogProps) {
  const { t } = useTranslation();
  return (
    <FormDialog
      title={t('metrics.followers.title', { client: client.name })}
      description={t('metrics.followers.description')}
      submitLabel={t('metrics.followers.save')}
      onClose={onClose}
    >
      {(form) => (
        <FollowersForm {...form} client={client} channels={channels} today={today} onSaved={onClose} />
      )}
    </FormDialog>
  );
}
