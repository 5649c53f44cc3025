import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useFlusher } from './flush.ts';

export type SaveState = 'idle' | 'pending' | 'saving' | 'saved' | 'failed';

/** The draft as it is now, between renders: what a write reads, and where the server's answer goes. */
export interface LiveDraft<D> {
  current: () => D;
  /** Puts on screen what the server made of the draft (an id it gave): no edit, nothing to write. */
  replace: (draft: D) => void;
}

/** What to send of a draft: nothing (null) when the server holds it already. */
export interface Outgoing<C> {
  changes: C | null;
  /** Something was kept back unsent (a field that fails its check): the status stays at failed. */
  held?: boolean;
}

export interface AutosaveOptions<D, C> {
  initial: D;
  /** The pause after a change before it is written: long enough not to write on every key. */
  delayMs: number;
  /** What of the draft to send now, compared with what the server holds. */
  outgoing: (draft: D) => Outgoing<C>;
  /** Sends it; resolves once stored, having kept what the server holds now; rejects with the refusal. */
  send: (changes: C, draft: LiveDraft<D>) => Promise<void>;
  /** After a write, whether the draft still differs from what is stored; left out, `outgoing` is asked again (give it when `outgoing` does more than answer). */
  unsaved?: (draft: D) => boolean;
}

export interface Autosave<D> extends LiveDraft<D> {
  draft: D;
  /** A change to the draft; `now` writes it at once (a click), else after the pause. */
  change: (update: (draft: D) => D, options?: { now?: boolean }) => void;
  state: SaveState;
  /** The last write's refusal, for the screen to say; null once a write succeeds. */
  failure: unknown;
  /** Writes what is pending now; resolves true once it is stored. */
  flush: () => Promise<boolean>;
}

/**
 * A draft saved as the user goes: a short pause after typing, at once when asked, one write in
 * flight at a time, and whatever is pending when the screen is left, the window closed or the app
 * quit (flush.ts). The feature says what to send and how; the latest functions given are used.
 */
export function useAutosave<D, C>(options: AutosaveOptions<D, C>): Autosave<D> {
  const [draft, setDraft] = useState(options.initial);
  const [state, setState] = useState<SaveState>('idle');
  const [failure, setFailure] = useState<unknown>(null);
  const given = useRef(options);
  given.current = options;
  const latest = useRef(options.initial);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const running = useRef<Promise<boolean> | null>(null);

  const live = useMemo<LiveDraft<D>>(
    () => ({
      current: () => latest.current,
      replace: (next) => {
        latest.current = next;
        setDraft(next);
      },
    }),
    [],
  );

  const writeOnce = useCallback(async (): Promise<boolean> => {
    const { outgoing, send, unsaved } = given.current;
    const { changes, held = false } = outgoing(latest.current);
    if (changes === null) {
      setState((s) => (held ? 'failed' : s === 'idle' ? s : 'saved'));
      return !held;
    }
    setState('saving');
    try {
      await send(changes, live);
      setFailure(null);
      const more = unsaved ? unsaved(latest.current) : outgoing(latest.current).changes !== null;
      setState(held ? 'failed' : more ? 'pending' : 'saved');
      return !held;
    } catch (error) {
      setFailure(error);
      setState('failed');
      return false;
    }
  }, [live]);

  const flush = useCallback(async (): Promise<boolean> => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    // One write at a time, in order: a flush during a write waits, then writes what came since.
    while (running.current) await running.current;
    running.current = writeOnce();
    try {
      return await running.current;
    } finally {
      running.current = null;
    }
  }, [writeOnce]);

  const change = useCallback<Autosave<D>['change']>(
    (update, when) => {
      latest.current = update(latest.current);
      setDraft(latest.current);
      setState('pending');
      if (timer.current) clearTimeout(timer.current);
      if (when?.now) void flush();
      else timer.current = setTimeout(() => void flush(), given.current.delayMs);
    },
    [flush],
  );

  // Leaving the screen (another one, another item), closing the window or quitting writes what is
  // pending at once.
  useFlusher(() => flush());
  useEffect(() => () => void flush(), [flush]);

  return { draft, change, state, failure, flush, ...live };
}
