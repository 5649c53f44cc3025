import { createContext, useContext } from 'react';
import type { Channel } from '../../../shared/domain/channel.ts';
import type { Client } from '../../../shared/domain/client.ts';

/** The one dialog open at a time: app-level so shortcuts and menu commands can open them too. */
export type OpenDialog =
  | { kind: 'client'; client?: Client }
  | { kind: 'channel'; clientId: string; channel?: Channel }
  | { kind: 'shortcuts' }
  /** The one-line capture of an idea, for the client in view or the shared bank. */
  | { kind: 'capture'; clientId: string | null };

export interface DialogsApi {
  open: OpenDialog | null;
  show: (dialog: OpenDialog) => void;
  close: () => void;
}

export const DialogsContext = createContext<DialogsApi | null>(null);

export function useDialogs(): DialogsApi {
  const api = useContext(DialogsContext);
  if (!api) throw new Error('useDialogs() needs the app providers');
  return api;
}
