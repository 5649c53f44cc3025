import { useCallback, useEffect, useRef, useState } from 'react';
import type { Audit } from '../../../shared/domain/audit.ts';
import { useFlusher } from '../../common/hooks/flush.ts';
import { type AuditDraft, actionsToSend, draftOf, patchOf, savedDraft, withSavedIds } from './audit-draft.ts';
import { keptPeriodIssue } from './audit-period.ts';
import { useUpdateAudit } from './queries.ts';

export type SaveState = 'idle' | 'pending' | 'saving' | 'saved' | 'failed';

/** Long enough not to write on every key, short enough that leaving loses nothing in practice. */
export const SAVE_DELAY_MS = 600;

export interface AuditAutosave {
  draft: AuditDraft;
  /** A change to the draft; `now` writes it at once (a score picked, an action added or removed). */
  change: (update: (draft: AuditDraft) => AuditDraft, options?: { now?: boolean }) => void;
  state: SaveState;
  /** The last refusal, kept to be said (translated by the screen). */
  failure: unknown;
  /** Writes what is pending now; resolves true once it is stored. */
  flush: () => Promise<boolean>;
  /** The server answered another way (an action made into something): what it holds now. */
  adopt: (audit: Audit) => void;
  /** The draft as it is now, read at once (right after a flush, before the next render). */
  current: () => AuditDraft;
}

/**
 * Everything on the audit is saved as the user goes: a short pause after typing, at once for a
 * click, one write in flight at a time, and whatever is pending when the screen is left, the window
 * closed or the app quit (common/hooks/flush.ts). Only what changed is sent.
 */
export function useAuditAutosave(audit: Audit): AuditAutosave {
  const update = useUpdateAudit();
  const [draft, setDraft] = useState(() => draftOf(audit));
  const [state, setState] = useState<SaveState>('idle');
  const [failure, setFailure] = useState<unknown>(null);
  const latest = useRef(draft);
  const saved = useRef(draft);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const running = useRef<Promise<boolean> | null>(null);
  const id = audit.id;

  const writeOnce = useCallback(async (): Promise<boolean> => {
    const next = latest.current;
    const periodOk = keptPeriodIssue(next.from, next.to) === null;
    const patch = patchOf(saved.current, next, periodOk);
    if (!patch) {
      setState((s) => (s === 'idle' ? s : 'saved'));
      return true;
    }
    const sent = patch.actions ? actionsToSend(next.actions, saved.current.actions).sent : null;
    setState('saving');
    try {
      const stored = await update.mutateAsync({ id, ...patch });
      latest.current = { ...latest.current, actions: withSavedIds(latest.current.actions, sent, stored) };
      saved.current = savedDraft(stored, latest.current.actions);
      setDraft(latest.current);
      setFailure(null);
      const more = patchOf(saved.current, latest.current, periodOk) !== null;
      setState(more ? 'pending' : 'saved');
      return true;
    } catch (error) {
      setFailure(error);
      setState('failed');
      return false;
    }
  }, [id, update.mutateAsync]);

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

  const change = useCallback<AuditAutosave['change']>(
    (fn, options) => {
      latest.current = fn(latest.current);
      setDraft(latest.current);
      setState('pending');
      if (timer.current) clearTimeout(timer.current);
      if (options?.now) void flush();
      else timer.current = setTimeout(() => void flush(), SAVE_DELAY_MS);
    },
    [flush],
  );

  const adopt = useCallback((stored: Audit) => {
    latest.current = { ...latest.current, actions: withSavedIds(latest.current.actions, null, stored) };
    saved.current = savedDraft(stored, latest.current.actions);
    setDraft(latest.current);
  }, []);

  // Leaving the audit (another screen, another audit), closing the window or quitting writes what
  // is pending at once.
  useFlusher(() => flush());
  useEffect(() => () => void flush(), [flush]);

  const current = useCallback(() => latest.current, []);
  return { draft, change, state, failure, flush, adopt, current };
}
