import { useCallback, useRef } from 'react';
import { useSetProfileName } from '../../common/data/profile-queries.ts';
import { type SaveState, useAutosave } from '../../common/hooks/autosave.ts';

/** As the audit's notes: long enough not to write on every key, short enough that nothing is lost. */
export const NAME_SAVE_DELAY_MS = 600;

export interface ProfileNameField {
  value: string;
  change: (value: string) => void;
  /** Writes what is pending now (the field lost the keyboard, the screen is left). */
  flush: () => Promise<boolean>;
  state: SaveState;
  /** The last refusal, translated by the field. */
  failure: unknown;
}

/**
 * The freelancer's name, saved as it is typed (common/hooks/autosave.ts) and when the field is
 * left. The server trims it; the field keeps what was typed, so a space before the next word is
 * not eaten.
 */
export function useProfileName(saved: string): ProfileNameField {
  const set = useSetProfileName();
  const stored = useRef(saved);
  const autosave = useAutosave({
    initial: saved,
    delayMs: NAME_SAVE_DELAY_MS,
    outgoing: (name) => ({ changes: name.trim() === stored.current.trim() ? null : name }),
    send: async (name) => {
      stored.current = (await set.mutateAsync({ name })).name;
    },
  });
  const { draft, state, failure, flush, change: edit } = autosave;
  const change = useCallback((value: string) => edit(() => value), [edit]);
  return { value: draft, change, flush, state, failure };
}
