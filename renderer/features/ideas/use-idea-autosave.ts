import { useCallback, useEffect, useRef, useState } from 'react';
import type { Idea } from '../../../shared/domain/idea.ts';
import type { Issue } from '../../../shared/errors.ts';
import { isRpcFailure } from '../../api/rpc-failure.ts';
import { useUpdateIdea } from '../../common/data/idea-queries.ts';
import { useFlusher } from '../../common/hooks/flush.ts';
import {
  adoptServer,
  checkField,
  type DraftField,
  dirtyFields,
  draftOf,
  type IdeaDraft,
  patchOf,
} from './idea-draft.ts';

export type SaveState = 'saved' | 'pending' | 'saving' | 'failed';

/** Long enough not to write on every key, short enough that closing the window loses nothing in practice. */
export const SAVE_DELAY_MS = 500;

export interface IdeaAutosave {
  draft: IdeaDraft;
  change: (patch: Partial<IdeaDraft>) => void;
  state: SaveState;
  /** Per field: what keeps it from being saved (checked here, or refused by the server). */
  issues: Partial<Record<DraftField, Issue>>;
  /** Writes what is pending now; resolves true once everything valid is saved. */
  flush: () => Promise<boolean>;
}

/**
 * An idea's edits saved as the user types: a short pause, one write at a time, each field checked
 * with the contract's own schema first, so a bad link waits (flagged) while the title beside it is
 * saved. What is pending is written when the editor closes, the idea changes, or the app quits.
 */
export function useIdeaAutosave(idea: Idea): IdeaAutosave {
  const update = useUpdateIdea();
  const [draft, setDraft] = useState(() => draftOf(idea));
  const [state, setState] = useState<SaveState>('saved');
  const [issues, setIssues] = useState<Partial<Record<DraftField, Issue>>>({});
  const latest = useRef(draft);
  // What the server holds, as far as the editor knows.
  const server = useRef(draftOf(idea));
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const running = useRef<Promise<boolean> | null>(null);
  const id = idea.id;

  // The idea refreshed (a status set from the list, a plan): untouched fields follow it.
  useEffect(() => {
    const after = draftOf(idea);
    const next = adoptServer(latest.current, server.current, after);
    server.current = after;
    if (next !== latest.current) {
      latest.current = next;
      setDraft(next);
    }
  }, [idea]);

  const writeOnce = useCallback(async (): Promise<boolean> => {
    const next = latest.current;
    const dirty = dirtyFields(next, server.current);
    const local: Partial<Record<DraftField, Issue>> = {};
    for (const field of dirty) {
      const issue = checkField(field, next);
      if (issue) local[field] = issue;
    }
    const valid = dirty.filter((f) => !local[f]);
    setIssues(local);
    const held = Object.keys(local).length > 0;
    if (valid.length === 0) {
      setState(held ? 'failed' : 'saved');
      return !held;
    }
    setState('saving');
    try {
      const saved = await update.mutateAsync({ id, ...patchOf(valid, next) });
      server.current = draftOf(saved);
      const still = dirtyFields(latest.current, server.current).length > 0;
      setState(held ? 'failed' : still ? 'pending' : 'saved');
      return !held;
    } catch (error) {
      const refused: Partial<Record<DraftField, Issue>> = { ...local };
      if (isRpcFailure(error))
        for (const issue of error.issues) {
          const field = issue.path[0] as DraftField | undefined;
          if (field && valid.includes(field)) refused[field] ??= issue;
        }
      setIssues(refused);
      setState('failed');
      return false;
    }
  }, [id, update.mutateAsync]);

  const flush = useCallback(async (): Promise<boolean> => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    // One write at a time, in order: a flush during a write waits, then writes what came since.
    while (running.current) await running.current;
    if (dirtyFields(latest.current, server.current).length === 0) {
      setIssues({});
      setState('saved');
      return true;
    }
    running.current = writeOnce();
    try {
      return await running.current;
    } finally {
      running.current = null;
    }
  }, [writeOnce]);

  const change = useCallback(
    (patch: Partial<IdeaDraft>) => {
      latest.current = { ...latest.current, ...patch };
      setDraft(latest.current);
      setState('pending');
      if (timer.current) clearTimeout(timer.current);
      timer.current = setTimeout(() => void flush(), SAVE_DELAY_MS);
    },
    [flush],
  );

  // Quitting, the window closing or the tab being left writes what is pending at once; so does
  // leaving the idea (another one picked, the screen left).
  useFlusher(() => flush());
  useEffect(() => () => void flush(), [flush]);

  return { draft, change, state, issues, flush };
}
