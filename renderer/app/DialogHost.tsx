import { type OpenDialog, useDialogs } from '../common/hooks/dialogs.ts';
import { ScreenBoundary } from '../common/lazy/ScreenBoundary.tsx';
import { dialogs } from './screens.ts';

/** Mounts whichever dialog is open; each is keyed so it starts from a clean form. */
export function DialogHost() {
  const { open, close } = useDialogs();
  if (!open) return null;
  // A dialog's code loads when first opened (prefetched on idle before that): nothing to show meanwhile.
  return (
    <ScreenBoundary at={open.kind} fallback={null}>
      {dialogOf(open, close)}
    </ScreenBoundary>
  );
}

function dialogOf(open: OpenDialog, close: () => void) {
  switch (open.kind) {
    case 'client':
      return <dialogs.client key={open.client?.id ?? 'new'} client={open.client} onClose={close} />;
    case 'channel':
      return (
        <dialogs.channel
          key={open.channel?.id ?? 'new'}
          clientId={open.clientId}
          channel={open.channel}
          onClose={close}
        />
      );
    case 'shortcuts':
      return <dialogs.shortcuts onClose={close} />;
    case 'capture':
      return <dialogs.capture clientId={open.clientId} onClose={close} />;
  }
}
