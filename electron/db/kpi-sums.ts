import type { PostFormat } from '../../shared/domain/post.ts';
import { TERM_COLUMNS, TERMS_OF_READING } from './dashboard-posts.ts';
import { LATEST_READING, METRIC_COLUMNS } from './post-metrics.ts';
import { stmt } from './statements.ts';
import type { Db } from './types.ts';

/**
 * What the dashboard sums: a channel's published posts of a range of days, one short row of
 * integers each, from `dashboard_posts` (kept by dashboard-posts.ts). Rows come as arrays: a heavy
 * client's year is 12,000 of them, and naming every column of every row cost more than reading it.
 * They come in the key's order as SQLite walks it, with no ORDER BY: SQLite plans a statement with
 * an ORDER BY and a bound value again at every call (about 30 µs here, once per channel), and
 * nothing downstream needs the order (the ranking sorts; the walk of follower counts starts over
 * when a day comes back).
 */

/**
 * Positions in a row; the terms follow, in `POST_TERMS` order. Followers, last, come empty for the
 * reader to fill: a row read at its full length is not grown 12,000 times.
 */
export const AT = { seq: 0, day: 1, at: 2, hour: 3, kind: 4, terms: 5 } as const;
/** `kind`'s bits. */
export const PAID = 1;
export const STORY = 2;

export type DashboardPostRow = unknown[];

/** Exported for the benchmark. */
export const DASHBOARD_POSTS_SQL = `
  SELECT seq, day, at, hour, kind, ${TERM_COLUMNS.join(', ')}, NULL AS followers
  FROM dashboard_posts
  WHERE channel_id = ? AND day >= ? AND day < ?`;

/** A channel's rows from day number `from` to `to` (exclusive). */
export function dashboardPosts(db: Db, channelId: string, from: number, to: number): DashboardPostRow[] {
  return stmt<[string, number, number], DashboardPostRow>(db, DASHBOARD_POSTS_SQL)
    .raw(true)
    .all(channelId, from, to);
}

/**
 * The posts of those channels and days whose latest reading is dated after `on`, with the terms of
 * their latest reading on or before it instead: usually none, found in the index of reading days
 * (named: the planner, not knowing there are none, would rather walk each channel's days).
 * Exported for the benchmark.
 */
export const LATER_READINGS_SQL = `
  SELECT d.seq, ${TERMS_OF_READING}
  FROM dashboard_posts d INDEXED BY dashboard_posts_by_reading
  JOIN posts p ON p.seq = d.seq
  ${LATEST_READING}
  WHERE d.taken_on > @on AND d.day >= @from AND d.day < @to
    AND d.channel_id IN (SELECT value FROM json_each(@channels))`;

export interface LaterReadingsQuery {
  channelIds: readonly string[];
  /** Day numbers, `to` exclusive. */
  from: number;
  to: number;
  on: string;
}

/** Post seq → its terms as of `on`, for the posts read again. */
export function termsAsOf(db: Db, q: LaterReadingsQuery): Map<number, unknown[]> {
  const rows = stmt<[object], unknown[]>(db, LATER_READINGS_SQL)
    .raw(true)
    .all({ channels: JSON.stringify(q.channelIds), from: q.from, to: q.to, on: q.on });
  return new Map(rows.map((r) => [r[0] as number, r.slice(1)]));
}

/** What the dashboard shows of a ranked post besides its sums. */
export interface RankedPostRow {
  seq: number;
  id: string;
  planned_at: string;
  caption: string;
  format: PostFormat;
}

/** The few posts the dashboard ranked, by seq, with their full latest reading on or before `on`. */
export function rankedPosts(db: Db, seqs: readonly number[], on: string): Map<number, RankedPostRow> {
  const rows = stmt<[object], RankedPostRow>(
    db,
    `SELECT p.seq, p.id, p.planned_at, p.format, substr(p.caption, 1, 200) AS caption,
       ${METRIC_COLUMNS.map((c) => `m.${c}`).join(', ')}
     FROM posts p
     ${LATEST_READING}
     WHERE p.seq IN (SELECT value FROM json_each(@seqs))`,
  ).all({ seqs: JSON.stringify(seqs), on });
  return new Map(rows.map((r) => [r.seq, r]));
}
