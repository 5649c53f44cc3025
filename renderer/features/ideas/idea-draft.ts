import { type Idea, type IdeaStatus, IdeaUpdate } from '../../../shared/domain/idea.ts';
import { type Issue, issuesOf } from '../../../shared/errors.ts';
import type { NetworkId } from '../../../shared/networks.ts';

/** The editor's fields as the user types them; the bank (client or shared) moves at once, apart. */
export interface IdeaDraft {
  title: string;
  notes: string;
  sourceUrl: string;
  expertId: string | null;
  tags: string[];
  pillarId: string | null;
  network: NetworkId | null;
  segmentId: string | null;
  useBefore: string | null;
  status: IdeaStatus;
}

export type DraftField = keyof IdeaDraft;

export const DRAFT_FIELDS: readonly DraftField[] = [
  'title',
  'notes',
  'sourceUrl',
  'expertId',
  'tags',
  'pillarId',
  'network',
  'segmentId',
  'useBefore',
  'status',
];

export const draftOf = (idea: Idea): IdeaDraft => ({
  title: idea.title,
  notes: idea.notes,
  sourceUrl: idea.sourceUrl,
  expertId: idea.expertId,
  tags: idea.tags,
  pillarId: idea.pillarId,
  network: idea.network,
  segmentId: idea.segmentId,
  useBefore: idea.useBefore,
  status: idea.status,
});

/** "instagram.com/bloom" is a link without its scheme: https:// is added rather than refused. */
export function withScheme(url: string): string {
  if (url === '' || /^[a-z][a-z\d+.-]*:/i.test(url)) return url;
  return /^[\w-]+(\.[\w-]+)+(\/|$)/.test(url) ? `https://${url}` : url;
}

/** A field as the contract stores it: trimmed as the server trims, a bare domain given its https://. */
export function contractValue<F extends DraftField>(field: F, draft: IdeaDraft): IdeaDraft[F] {
  if (field === 'title') return draft.title.trim() as IdeaDraft[F];
  if (field === 'sourceUrl') return withScheme(draft.sourceUrl.trim()) as IdeaDraft[F];
  return draft[field];
}

const same = (a: unknown, b: unknown): boolean =>
  Array.isArray(a) && Array.isArray(b)
    ? a.length === b.length && a.every((v, i) => v === b[i])
    : Object.is(a, b);

/** The fields whose value differs from what the server holds. */
export const dirtyFields = (draft: IdeaDraft, server: IdeaDraft): DraftField[] =>
  DRAFT_FIELDS.filter((f) => !same(contractValue(f, draft), server[f]));

/**
 * The idea came back from the server (a refresh, a change made elsewhere: a status set from the
 * list, a plan): each field the user has not touched since the last known state takes the new
 * value; a field being typed in keeps what is typed.
 */
export function adoptServer(draft: IdeaDraft, before: IdeaDraft, after: IdeaDraft): IdeaDraft {
  let next = draft;
  for (const f of DRAFT_FIELDS) {
    if (same(before[f], after[f])) continue;
    if (!same(contractValue(f, draft), before[f])) continue;
    next = { ...next, [f]: after[f] };
  }
  return next;
}

const SHAPE = IdeaUpdate.shape;

/** The contract's own check of one field, as the user types: null when it can be saved. */
export function checkField(field: DraftField, draft: IdeaDraft): Issue | null {
  const result = SHAPE[field].safeParse(contractValue(field, draft));
  if (result.success) return null;
  return issuesOf(result.error)[0] ?? { path: [field], code: 'invalid' };
}

/** What `ideas.update` receives for these fields. */
export const patchOf = (fields: readonly DraftField[], draft: IdeaDraft): Partial<IdeaDraft> =>
  Object.fromEntries(fields.map((f) => [f, contractValue(f, draft)]));
