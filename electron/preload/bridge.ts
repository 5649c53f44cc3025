import type { IpcRenderer } from 'electron';
import type { CalepinBridge } from '../../shared/contract.ts';
import { isEvent, isMethod } from '../../shared/methods.ts';
import { eventChannel, methodChannel } from './channels.ts';

type Ipc = Pick<IpcRenderer, 'invoke' | 'on' | 'removeListener'>;

/**
 * `window.calepin`: two functions and nothing else. The page can only name methods and events of
 * the contract; it never holds `ipcRenderer` nor sees an `IpcRendererEvent`.
 */
export function createBridge(ipc: Ipc): CalepinBridge {
  return {
    invoke(method, input) {
      if (!isMethod(method)) {
        return Promise.resolve({
          ok: false,
          error: { code: 'unknown_method', message: `Unknown method ${String(method)}` },
        });
      }
      return ipc.invoke(methodChannel(method), input);
    },
    on(event, listener) {
      if (!isEvent(event) || typeof listener !== 'function') {
        throw new TypeError(`Unknown event ${String(event)}`);
      }
      const channel = eventChannel(event);
      const forward = (_event: unknown, payload: Parameters<typeof listener>[0]) => listener(payload);
      ipc.on(channel, forward);
      return () => {
        ipc.removeListener(channel, forward);
      };
    },
  };
}
