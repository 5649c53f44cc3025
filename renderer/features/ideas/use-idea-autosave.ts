import { useCallback, useEffect, useRef, useState } from 'react';
import type { Idea } from '../../../shared/domain/idea.ts';
import type { Issue } from '../../../shared/errors.ts';
import { isRpcFailure } from '../../api/rpc-failure.ts';
import { useUpdateIdea } from '../../common/data/idea-queries.ts';
import { type SaveState, useAutosave } from '../../common/hooks/autosave.ts';
import {
  adoptServer,
  checkField,
  type DraftField,
  dirtyFields,
  draftOf,
  type IdeaDraft,
  patchOf,
} from './idea-draft.ts';

/** The editor says "saved" from the start: what it shows is what is stored. */
export type IdeaSaveState = Exclude<SaveState, 'idle'>;

/** Long enough not to write on every key, short enough that closing the window loses nothing in practice. */
export const SAVE_DELAY_MS = 500;

type FieldIssues = Partial<Record<DraftField, Issue>>;

export interface IdeaAutosave {
  draft: IdeaDraft;
  change: (patch: Partial<IdeaDraft>) => void;
  state: IdeaSaveState;
  /** Per field: what keeps it from being saved (checked here, or refused by the server). */
  issues: FieldIssues;
  /** Writes what is pending now; resolves true once everything valid is saved. */
  flush: () => Promise<boolean>;
}

/**
 * An idea's edits saved as the user types (common/hooks/autosave.ts), each field checked with the
 * contract's own schema first, so a bad link waits (flagged) while the title beside it is saved.
 */
export function useIdeaAutosave(idea: Idea): IdeaAutosave {
  const update = useUpdateIdea();
  const [issues, setIssues] = useState<FieldIssues>({});
  // What the server holds, as far as the editor knows.
  const server = useRef(draftOf(idea));

  const autosave = useAutosave({
    initial: server.current,
    delayMs: SAVE_DELAY_MS,
    outgoing: (draft) => {
      const dirty = dirtyFields(draft, server.current);
      const local: FieldIssues = {};
      for (const field of dirty) {
        const issue = checkField(field, draft);
        if (issue) local[field] = issue;
      }
      const valid = dirty.filter((f) => !local[f]);
      setIssues(local);
      return { changes: valid.length > 0 ? { valid, local } : null, held: Object.keys(local).length > 0 };
    },
    send: async ({ valid, local }, live) => {
      try {
        server.current = draftOf(
          await update.mutateAsync({ id: idea.id, ...patchOf(valid, live.current()) }),
        );
      } catch (error) {
        const refused: FieldIssues = { ...local };
        if (isRpcFailure(error))
          for (const issue of error.issues) {
            const field = issue.path[0] as DraftField | undefined;
            if (field && valid.includes(field)) refused[field] ??= issue;
          }
        setIssues(refused);
        throw error;
      }
    },
    unsaved: (draft) => dirtyFields(draft, server.current).length > 0,
  });
  const { draft, state, flush, current, replace, change: edit } = autosave;

  // The idea refreshed (a status set from the list, a plan): untouched fields follow it.
  useEffect(() => {
    const after = draftOf(idea);
    const next = adoptServer(current(), server.current, after);
    server.current = after;
    if (next !== current()) replace(next);
  }, [idea, current, replace]);

  const change = useCallback((patch: Partial<IdeaDraft>) => edit((d) => ({ ...d, ...patch })), [edit]);

  return { draft, change, state: state === 'idle' ? 'saved' : state, issues, flush };
}
