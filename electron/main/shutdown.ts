import { app, type BrowserWindow, powerMonitor } from 'electron';
import type { FlushRequests } from './flush.ts';

export interface ShutdownOptions {
  flushes: FlushRequests;
  /** The app's window; null once it is closed. */
  window: () => BrowserWindow | null;
  /**
   * Closes the database (`PRAGMA optimize`, then close) once the threads reading it are done;
   * null after the first time.
   */
  closeData: () => Promise<void> | null;
}

export interface Shutdown {
  /** Call for every window the app opens: closing it waits for the page's last saves. */
  guard(window: BrowserWindow): void;
}

/** Electron passes an event to `shutdown` listeners, though its type declarations leave it out. */
function delay(event: unknown): void {
  if (typeof event === 'object' && event !== null && 'preventDefault' in event) {
    (event as { preventDefault: () => void }).preventDefault();
  }
}

/**
 * Every way the app ends lets the page write what is still being typed, then closes the data:
 * - the window's close button: the close waits for the page, then goes on (on Windows and Linux
 *   the last window closing quits the app, and `will-quit` closes the data);
 * - quitting (menu, Cmd+Q, the dock): `before-quit` waits for the page, then quits again;
 * - Linux and macOS shutting down (`powerMonitor` `shutdown`): the shutdown is delayed while the
 *   page writes, the data is closed at once, and the app quits;
 * - Windows ending the session: it asks first (`query-session-end`), when the page is told to write,
 *   and may stop the process any time after saying it ends (`session-end`), when the data is closed
 *   there and then. Vetoing the query would show "Calepin is preventing shutdown" to the user.
 * A page that never answers is given `FLUSH_TIMEOUT_MS`, not more.
 */
export function setupShutdown(options: ShutdownOptions): Shutdown {
  const pending = new WeakMap<BrowserWindow, Promise<unknown>>();
  let quitting = false;

  /** One request per window at a time, shared by all who ask (its close, the quit, the system). */
  function flush(window: BrowserWindow): Promise<unknown> {
    let request = pending.get(window);
    if (!request) {
      request = options.flushes.request(window).finally(() => pending.delete(window));
      pending.set(window, request);
    }
    return request;
  }
  function flushOpenWindow(): Promise<unknown> {
    const window = options.window();
    return window && !window.isDestroyed() ? flush(window) : Promise.resolve();
  }
  function quitNow(): void {
    quitting = true;
    app.quit();
  }

  app.on('before-quit', (event) => {
    const window = options.window();
    if (quitting || !window || window.isDestroyed()) return;
    event.preventDefault();
    void flush(window).then(quitNow);
  });
  // The power monitor exists only once the app is ready.
  void app.whenReady().then(() => {
    powerMonitor.on('shutdown', (...args: unknown[]) => {
      delay(args[0]);
      void flushOpenWindow()
        .then(() => options.closeData())
        .catch((error: unknown) => console.error('Closing the data failed:', error))
        .then(quitNow);
    });
  });

  return {
    guard(window) {
      let flushed = false;
      window.on('close', (event) => {
        if (flushed || quitting) return;
        event.preventDefault();
        void flush(window).then(() => {
          flushed = true;
          if (!window.isDestroyed()) window.close();
        });
      });
      window.on('query-session-end', () => void flush(window));
      window.on('session-end', () => {
        quitting = true;
        void options.closeData();
      });
    },
  };
}
