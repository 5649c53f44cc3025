import { type BrowserWindow, type IpcMainInvokeEvent, ipcMain } from 'electron';
import { type EventName, type EventPayloads, METHODS } from '../../shared/contract.ts';
import type { Envelope } from '../../shared/errors.ts';
import type { Dispatch } from '../api/dispatch.ts';
import { eventChannel, methodChannel } from '../preload/channels.ts';
import { isTrustedUrl } from './origin.ts';

export interface IpcOptions {
  dispatch: Dispatch;
  /** The one window allowed to call; null while it is closed. */
  window: () => BrowserWindow | null;
  origins: readonly string[];
  /** The page confirmed, through `app.flushed`, that it wrote what it held (see flush.ts). */
  flushed?: (id: number) => void;
}

const FORBIDDEN: Envelope<never> = {
  ok: false,
  error: { code: 'forbidden', message: 'Only the Calepin window may call the main process.' },
};

/**
 * The top frame of our own window, showing our own origin. An iframe, another window or a page
 * that somehow navigated elsewhere is turned away before its input is even read.
 */
export function isOwnMainFrame(event: IpcMainInvokeEvent, options: IpcOptions): boolean {
  const contents = options.window()?.webContents;
  const frame = event.senderFrame;
  if (!contents || event.sender !== contents || !frame) return false;
  const main = contents.mainFrame;
  return (
    frame.processId === main.processId &&
    frame.routingId === main.routingId &&
    isTrustedUrl(frame.url, options.origins)
  );
}

/** One `ipcMain.handle` per method of the contract; the dispatch validates and wraps the result. */
export function setupIpc(options: IpcOptions): void {
  for (const method of METHODS) {
    ipcMain.handle(methodChannel(method), async (event, input: unknown) => {
      if (!isOwnMainFrame(event, options)) return FORBIDDEN;
      const envelope = await options.dispatch(method, input);
      // Accepted by the dispatch, so the input passed the contract's schema: `{ id }`, a whole number.
      if (method === 'app.flushed' && envelope.ok) options.flushed?.((input as { id: number }).id);
      return envelope;
    });
  }
}

/** Pushes an event to the page (`window.calepin.on`). */
export function sendEvent<E extends EventName>(
  window: BrowserWindow | null,
  event: E,
  payload: EventPayloads[E],
): void {
  if (window && !window.isDestroyed()) window.webContents.send(eventChannel(event), payload);
}
