import { useCallback, useEffect, useRef, useState } from 'react';
import { useSetProfileName } from '../../common/data/profile-queries.ts';
import { useFlusher } from '../../common/hooks/flush.ts';

export type NameSaveState = 'idle' | 'pending' | 'saving' | 'saved' | 'failed';

/** As the audit's notes: long enough not to write on every key, short enough that nothing is lost. */
export const NAME_SAVE_DELAY_MS = 600;

export interface ProfileNameField {
  value: string;
  change: (value: string) => void;
  /** Writes what is pending now (the field lost the keyboard, the screen is left). */
  flush: () => Promise<boolean>;
  state: NameSaveState;
  /** The last refusal, translated by the field. */
  failure: unknown;
}

/**
 * The freelancer's name, saved as it is typed: after a pause, when the field is left, and whatever
 * is pending when the window closes or the app quits (common/hooks/flush.ts). The server trims it;
 * the field keeps what was typed, so a space before the next word is not eaten.
 */
export function useProfileName(saved: string): ProfileNameField {
  const set = useSetProfileName();
  const [value, setValue] = useState(saved);
  const [state, setState] = useState<NameSaveState>('idle');
  const [failure, setFailure] = useState<unknown>(null);
  const latest = useRef(saved);
  const stored = useRef(saved);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const running = useRef<Promise<boolean> | null>(null);

  const writeOnce = useCallback(async (): Promise<boolean> => {
    const next = latest.current;
    if (next.trim() === stored.current.trim()) {
      setState((s) => (s === 'pending' ? 'saved' : s));
      return true;
    }
    setState('saving');
    try {
      const profile = await set.mutateAsync({ name: next });
      stored.current = profile.name;
      setFailure(null);
      setState(latest.current.trim() === profile.name ? 'saved' : 'pending');
      return true;
    } catch (error) {
      setFailure(error);
      setState('failed');
      return false;
    }
  }, [set.mutateAsync]);

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

  const change = useCallback(
    (next: string) => {
      latest.current = next;
      setValue(next);
      setState('pending');
      if (timer.current) clearTimeout(timer.current);
      timer.current = setTimeout(() => void flush(), NAME_SAVE_DELAY_MS);
    },
    [flush],
  );

  useFlusher(() => flush());
  useEffect(() => () => void flush(), [flush]);
  return { value, change, flush, state, failure };
}
