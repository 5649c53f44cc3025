import { useCallback, useEffect, useRef, useState } from 'react';
import type { Input } from '../../../shared/contract.ts';
import type { Post } from '../../../shared/domain/post.ts';
import type { Issue } from '../../../shared/errors.ts';
import { isRpcFailure } from '../../api/rpc-failure.ts';
import { useCreatePost, useUpdatePost } from '../../common/data/post-queries.ts';
import { useFlusher } from '../../common/hooks/flush.ts';
import { useLanguage } from '../../i18n/use-language.ts';
import { changedFields, DRAFT_FIELDS, type DraftField, type PostDraft } from './post-draft.ts';
import { checkField, contractName, draftName, fieldValue } from './post-draft-check.ts';

export type SaveState = 'idle' | 'pending' | 'saving' | 'saved' | 'failed';

/** Long enough not to write on every key, short enough that closing the window loses nothing in practice. */
export const SAVE_DELAY_MS = 500;

export interface PostAutosave {
  draft: PostDraft;
  change: (patch: Partial<PostDraft>) => void;
  state: SaveState;
  /** Per field: what keeps it from being saved (checked locally, or refused by the server). */
  issues: Partial<Record<DraftField, Issue>>;
  /** The post once it exists (a new post is created by the first change). */
  postId: string | null;
  /** The same, read at once: right after a flush, before the next render. */
  currentId: () => string | null;
  /** Writes what is pending now; resolves true once everything valid is saved. */
  flush: () => Promise<boolean>;
  /** The post's id, creating it now from the draft if it does not exist yet (null if it cannot be). */
  ensureCreated: () => Promise<string | null>;
}

/**
 * Every change is saved as the user types: a short debounce, one write in flight at a time, and
 * each field checked with the contract's own schema first, so a bad link waits (flagged) while
 * the caption beside it is saved. A new post is created by its first change, never by opening.
 */
export function usePostAutosave(clientId: string, post: Post | null, initial: PostDraft): PostAutosave {
  const create = useCreatePost();
  const update = useUpdatePost();
  const language = useLanguage();
  const [draft, setDraft] = useState(initial);
  const [state, setState] = useState<SaveState>('idle');
  const [issues, setIssues] = useState<Partial<Record<DraftField, Issue>>>({});
  const [postId, setPostId] = useState<string | null>(post?.id ?? null);
  const latest = useRef(initial);
  const saved = useRef(initial);
  const id = useRef(post?.id ?? null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const running = useRef<Promise<boolean> | null>(null);

  const writeOnce = useCallback(
    async (mustExist: boolean): Promise<boolean> => {
      const next = latest.current;
      // Asked to exist (a picture is being added to a post not yet saved): every field counts as changed.
      const changed =
        mustExist && id.current === null ? [...DRAFT_FIELDS] : changedFields(saved.current, next);
      const local: Partial<Record<DraftField, Issue>> = {};
      for (const field of changed) {
        const issue = checkField(field, next, language);
        if (issue) local[field] = issue;
      }
      const valid = changed.filter((f) => !local[f]);
      setIssues(local);
      if (valid.length === 0) {
        setState(Object.keys(local).length > 0 ? 'failed' : saved.current === next ? 'saved' : 'idle');
        return Object.keys(local).length === 0;
      }
      setState('saving');
      const values = Object.fromEntries(valid.map((f) => [contractName(f), fieldValue(f, next, language)]));
      try {
        if (id.current === null) {
          // Creation needs the whole post: it waits until channel, date and time are all valid.
          if (local.channelId || local.date || local.time) {
            setState('failed');
            return false;
          }
          const all = Object.fromEntries(
            (Object.keys(next) as DraftField[])
              .filter((f) => !local[f])
              .map((f) => [contractName(f), fieldValue(f, next, language)]),
          );
          const created = await create.mutateAsync({ ...all, clientId } as Input<'posts.create'>);
          id.current = created.id;
          setPostId(created.id);
        } else {
          await update.mutateAsync({ id: id.current, ...values } as Input<'posts.update'>);
        }
        saved.current = { ...saved.current, ...Object.fromEntries(valid.map((f) => [f, next[f]])) };
        const stillInvalid = Object.keys(local).length > 0;
        setState(stillInvalid ? 'failed' : 'saved');
        return !stillInvalid;
      } catch (error) {
        const refused: Partial<Record<DraftField, Issue>> = { ...local };
        if (isRpcFailure(error))
          for (const issue of error.issues) {
            const field = draftName(issue.path[0] ?? '');
            if (field) refused[field] ??= issue;
          }
        setIssues(refused);
        setState('failed');
        return false;
      }
    },
    [clientId, create.mutateAsync, update.mutateAsync, language],
  );

  const flush = useCallback(
    async (mustExist = false): Promise<boolean> => {
      if (timer.current) clearTimeout(timer.current);
      timer.current = null;
      // One write at a time, in order: a flush during a write waits, then writes what came since.
      while (running.current) await running.current;
      if (!(mustExist && id.current === null) && changedFields(saved.current, latest.current).length === 0) {
        // Typed then erased before the pause: nothing to write, and nothing pending either.
        setIssues({});
        setState((s) => (s === 'pending' || s === 'failed' ? (id.current ? 'saved' : 'idle') : s));
        return true;
      }
      running.current = writeOnce(mustExist);
      try {
        return await running.current;
      } finally {
        running.current = null;
      }
    },
    [writeOnce],
  );

  const change = useCallback(
    (patch: Partial<PostDraft>) => {
      latest.current = { ...latest.current, ...patch };
      setDraft(latest.current);
      setState('pending');
      if (timer.current) clearTimeout(timer.current);
      timer.current = setTimeout(() => void flush(), SAVE_DELAY_MS);
    },
    [flush],
  );

  // Closing the window, quitting, the system shutting down or the tab being left writes what is
  // pending at once (common/hooks/flush.ts); so does closing the composer.
  useFlusher(() => flush());
  useEffect(() => () => void flush(), [flush]);

  const ensureCreated = useCallback(async () => {
    if (id.current === null) await flush(true);
    return id.current;
  }, [flush]);

  const currentId = useCallback(() => id.current, []);
  return { draft, change, state, issues, postId, currentId, flush: () => flush(), ensureCreated };
}
