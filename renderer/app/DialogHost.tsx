import { useDialogs } from '../common/hooks/dialogs.ts';
import { ChannelDialog } from '../features/channels/ChannelDialog.tsx';
import { ClientDialog } from '../features/clients/ClientDialog.tsx';
import { ShortcutsDialog } from './ShortcutsDialog.tsx';

/** Mounts whichever dialog is open; each is keyed so it starts from a clean form. */
export function DialogHost() {
  const { open, close } = useDialogs();
  if (!open) return null;
  switch (open.kind) {
    case 'client':
      return <ClientDialog key={open.client?.id ?? 'new'} client={open.client} onClose={close} />;
    case 'channel':
      return (
        <ChannelDialog
          key={open.channel?.id ?? 'new'}
          clientId={open.clientId}
          channel={open.channel}
          onClose={close}
        />
      );
    case 'shortcuts':
      return <ShortcutsDialog onClose={close} />;
  }
}
