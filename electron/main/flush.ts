import type { BrowserWindow } from 'electron';
import { sendEvent } from './ipc.ts';

/** Enough for the page to send its last saves; short enough that a hung page never holds up a shutdown. */
export const FLUSH_TIMEOUT_MS = 3000;

export type FlushOutcome = 'flushed' | 'timeout' | 'no page';

export interface FlushRequests {
  /** Asks the page to write what it holds (`app.flush`); settles when it answers, or after the timeout. */
  request(window: BrowserWindow): Promise<FlushOutcome>;
  /** The page answered `app.flushed` with this id. */
  answered(id: number): void;
}

/**
 * Edits still being typed live in the page (the composer's pause before saving, the numbers cell
 * being edited). The main process cannot see them, so it asks, and waits for the answer, within limits.
 */
export function createFlushRequests(timeoutMs = FLUSH_TIMEOUT_MS): FlushRequests {
  let last = 0;
  const waiting = new Map<number, () => void>();
  return {
    request(window) {
      if (window.isDestroyed()) return Promise.resolve('no page');
      const id = ++last;
      return new Promise<FlushOutcome>((resolve) => {
        const timer = setTimeout(() => {
          waiting.delete(id);
          console.error(`The page did not confirm its last saves within ${timeoutMs} ms; closing anyway.`);
          resolve('timeout');
        }, timeoutMs);
        waiting.set(id, () => {
          clearTimeout(timer);
          waiting.delete(id);
          resolve('flushed');
        });
        sendEvent(window, 'app.flush', { id });
      });
    },
    answered(id) {
      waiting.get(id)?.();
    },
  };
}
