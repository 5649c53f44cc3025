import { useEffect, useRef } from 'react';
import type { CalepinBridge } from '../../../shared/contract.ts';

/**
 * Why pending edits are asked for: the page is going away (window closing, app quitting, system
 * shutting down, tab closed), or it was only hidden (minimised, covered, another tab) and may be back.
 */
export type FlushReason = 'closing' | 'hidden';

/** Writes an edit that is still only on screen (typed, not yet saved); resolves once it is stored. */
export type Flusher = (reason: FlushReason) => unknown;

const flushers = new Set<Flusher>();

/** Adds a flusher; the returned function removes it. */
export function registerFlusher(flusher: Flusher): () => void {
  flushers.add(flusher);
  return () => {
    flushers.delete(flusher);
  };
}

/** Runs every flusher at once and waits for all of them: one that fails does not hold back the others. */
export async function flushPendingEdits(reason: FlushReason): Promise<void> {
  await Promise.allSettled([...flushers].map(async (flush) => flush(reason)));
}

/** Registers a flusher while the component is mounted; the latest function given is the one called. */
export function useFlusher(flusher: Flusher): void {
  const latest = useRef(flusher);
  latest.current = flusher;
  useEffect(() => registerFlusher((reason) => latest.current(reason)), []);
}

/**
 * Call once at start. The main process asks for pending edits before the window closes, the app
 * quits or the system shuts down (`app.flush`), and waits for `app.flushed` before it closes the
 * data. A browser asks nothing: there the flushers run, best effort, when the tab is hidden or left.
 */
export function listenForFlush(bridge: CalepinBridge, page: Window = window): () => void {
  const stop = bridge.on('app.flush', ({ id }) => {
    void flushPendingEdits('closing').then(() => bridge.invoke('app.flushed', { id }));
  });
  const leaving = () => void flushPendingEdits('closing');
  const whenHidden = () => {
    if (page.document.visibilityState === 'hidden') void flushPendingEdits('hidden');
  };
  page.addEventListener('pagehide', leaving);
  page.document.addEventListener('visibilitychange', whenHidden);
  return () => {
    stop();
    page.removeEventListener('pagehide', leaving);
    page.document.removeEventListener('visibilitychange', whenHidden);
  };
}
