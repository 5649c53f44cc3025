/**
 * Which planned post each row of an export is about. The network's id or the post's link decides
 * when both sides have one; otherwise the time the post went out and the start of its caption do,
 * and only when they point at one post. A row that could be two posts, or two rows that want the
 * same post, are put to the user rather than guessed.
 */
import { foldWord } from './fold.ts';
import { linkKey } from './link-key.ts';

export interface MatchCandidate {
  id: string;
  externalId: string | null;
  permalink: string | null;
  caption: string;
  /** The post's planned instant in ms since the epoch. */
  at: number;
}

export interface MatchRow {
  externalId: string | null;
  permalink: string | null;
  caption: string | null;
  /**
   * When the row says the post went out, as instants (ms): its moment widened by the tolerance, or
   * the whole day on the client's clock when the file gives only a date. null: it does not say.
   */
  window: { from: number; to: number } | null;
}

export type RowMatch =
  | { kind: 'post'; postId: string; by: 'id' | 'link' | 'timeAndCaption' }
  | { kind: 'ambiguous'; postIds: string[] }
  /** No post: a published post is created from the row. */
  | { kind: 'new' }
  /** No post, and no time to create one at. */
  | { kind: 'unplaced' };

/**
 * A post published a little after its planned time still matches: a scheduler's queue, a CM who
 * posts by hand between two meetings. Beyond this, a time alone is too weak a link.
 */
export const MATCH_TOLERANCE_MS = 90 * 60_000;

/** How much of the two captions must agree: exports cut captions (YouTube's title, X's text). */
const CAPTION_PREFIX = 40;
/** Below this many characters in common, two captions say too little to tell posts apart. */
const CAPTION_MIN = 8;

/** Enough of a caption to find its first 40 letters and digits, whatever emoji come first. */
const CAPTION_READ = 400;

/** A caption's start as captions are compared: folded, letters, digits and single spaces only. */
const captionKey = (caption: string | null): string =>
  foldWord((caption ?? '').slice(0, CAPTION_READ))
    .replace(/[^\p{L}\p{N} ]+/gu, '')
    .replace(/ +/g, ' ')
    .trim()
    .slice(0, CAPTION_PREFIX);

function keysAgree(x: string, y: string): boolean {
  if (x === '' || y === '') return true;
  const k = Math.min(CAPTION_PREFIX, x.length, y.length);
  return k >= Math.min(CAPTION_MIN, x.length, y.length) && x.slice(0, k) === y.slice(0, k);
}

/** Two captions that start the same; an empty one (a video with no text) contradicts nothing. */
export const captionsAgree = (a: string | null, b: string | null): boolean =>
  keysAgree(captionKey(a), captionKey(b));

/** The first candidate at or after `from` in posts sorted by time. */
function firstAtOrAfter(sorted: readonly MatchCandidate[], from: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((sorted[mid]?.at ?? 0) < from) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** What makes two rows of one file the same post on the network: its id, else its link. */
export const identityOf = (row: Pick<MatchRow, 'externalId' | 'permalink'>): string | null =>
  row.externalId ? `id:${row.externalId}` : (linkKey(row.permalink) ?? null);

export function matchRows(rows: readonly MatchRow[], posts: readonly MatchCandidate[]): RowMatch[] {
  const byId = new Map<string, string>();
  const byLink = new Map<string, string>();
  for (const p of posts) {
    if (p.externalId) byId.set(p.externalId, p.id);
    const key = linkKey(p.permalink);
    if (key) byLink.set(key, p.id);
  }
  // A post listed twice (a row per day of a dated export) is matched once, by its first row.
  const firstRow = new Map<string, number>();
  const sameAs = rows.map((row, i) => {
    const identity = identityOf(row);
    if (identity === null) return i;
    const first = firstRow.get(identity);
    if (first !== undefined) return first;
    firstRow.set(identity, i);
    return i;
  });
  const matches: RowMatch[] = rows.map((row) => {
    const id = row.externalId ? byId.get(row.externalId) : undefined;
    if (id) return { kind: 'post', postId: id, by: 'id' };
    const key = linkKey(row.permalink);
    const linked = key ? byLink.get(key) : undefined;
    if (linked) return { kind: 'post', postId: linked, by: 'link' };
    return { kind: 'new' };
  });

  // A post known by its id or link is that row's; the others are matched by time and caption,
  // among the free posts sorted by time, so each row looks only at its window.
  const taken = new Set(matches.flatMap((m) => (m.kind === 'post' ? [m.postId] : [])));
  const free = posts.filter((p) => !taken.has(p.id)).sort((a, b) => a.at - b.at);
  const freeLinked = free.map((p) => linkKey(p.permalink) !== null);
  // Each caption folded once, not once per row that looks at it.
  const freeKeys = free.map((p) => captionKey(p.caption));
  rows.forEach((row, i) => {
    if (matches[i]?.kind !== 'new' || sameAs[i] !== i) return;
    const { window } = row;
    if (!window) {
      matches[i] = { kind: 'unplaced' };
      return;
    }
    const rowLinked = linkKey(row.permalink) !== null;
    const rowKey = captionKey(row.caption);
    const near: MatchCandidate[] = [];
    for (let k = firstAtOrAfter(free, window.from); k < free.length; k++) {
      const p = free[k] as MatchCandidate;
      if (p.at > window.to) break;
      // A post that already has another id or link is another post, however close in time.
      if ((row.externalId && p.externalId) || (rowLinked && freeLinked[k])) continue;
      if (keysAgree(rowKey, freeKeys[k] ?? '')) near.push(p);
    }
    if (near.length === 1 && near[0]) matches[i] = { kind: 'post', postId: near[0].id, by: 'timeAndCaption' };
    else if (near.length > 1) matches[i] = { kind: 'ambiguous', postIds: near.map((p) => p.id) };
  });

  // Two rows that found the same post by time: neither is sure.
  const claims = new Map<string, number[]>();
  matches.forEach((m, i) => {
    if (m.kind === 'post' && m.by === 'timeAndCaption' && sameAs[i] === i)
      claims.set(m.postId, [...(claims.get(m.postId) ?? []), i]);
  });
  for (const [postId, claimants] of claims)
    if (claimants.length > 1)
      for (const i of claimants) matches[i] = { kind: 'ambiguous', postIds: [postId] };
  // The other rows of a post listed twice go where its first row went.
  return matches.map((m, i) =>
    sameAs[i] === i || m.kind === 'post' ? m : (matches[sameAs[i] as number] as RowMatch),
  );
}
