import { EMPTY_METRICS, METRICS, type Metric, type MetricValues } from '../../shared/domain/metrics.ts';
import type { PostFormat } from '../../shared/domain/post.ts';
import { newId } from './row.ts';
import { stmt } from './statements.ts';
import type { Db } from './types.ts';

/** The SQL column of each metric; spend is kept in cents, like post budgets. */
export const METRIC_COLUMN: Readonly<Record<Metric, string>> = {
  impressions: 'impressions',
  reach: 'reach',
  reactions: 'reactions',
  comments: 'comments',
  shares: 'shares',
  saves: 'saves',
  linkClicks: 'link_clicks',
  profileVisits: 'profile_visits',
  videoViews: 'video_views',
  storyExits: 'story_exits',
  storyReplies: 'story_replies',
  storyForwardTaps: 'story_forward_taps',
  spend: 'spend_cents',
};
export const METRIC_COLUMNS = METRICS.map((m) => METRIC_COLUMN[m]);
const COLUMNS = METRIC_COLUMNS;

/** A row that also holds the metric columns, read by name. */
type WithMetrics = object;

export function valuesOf(row: WithMetrics): MetricValues {
  const columns = row as Record<string, number | null | undefined>;
  const values = { ...EMPTY_METRICS };
  for (const m of METRICS) values[m] = columns[METRIC_COLUMN[m]] ?? null;
  return values;
}

/** A published post of a period with its latest reading on or before a date (metrics null when none). */
export interface PublishedPostRow {
  id: string;
  channel_id: string;
  planned_at: string;
  format: PostFormat;
  paid: number;
  taken_on: string | null;
}

/** What the grid shows besides the numbers. */
export interface PublishedPostDetail {
  network: string;
  handle: string;
  caption: string;
}

/** Each post `p`'s latest reading `m` on or before `@on`: one seek into its clustered readings. */
export const LATEST_READING = `LEFT JOIN post_metrics m ON m.post_id = p.id
    AND m.taken_on = (SELECT max(x.taken_on) FROM post_metrics x WHERE x.post_id = p.id AND x.taken_on <= @on)`;

/**
 * The one query behind the grid and the dashboard: a client's published posts planned in a UTC range,
 * each with its latest reading on or before `on` — found in the clustered (post_id, taken_on) key,
 * next to the post's other readings. The dashboard reads a year of it: only the columns it sums.
 */
const publishedSql = (detail: string) => `
  SELECT p.id, p.channel_id, p.planned_at, p.format, p.paid, m.taken_on,
    ${COLUMNS.map((c) => `m.${c}`).join(', ')}${detail}
  FROM posts p
  JOIN channels h ON h.id = p.channel_id AND h.deleted_at IS NULL
  ${LATEST_READING}
  WHERE p.client_id = @clientId AND p.deleted_at IS NULL AND p.status = 'published'
    AND p.planned_at >= @fromUtc AND p.planned_at < @toUtc
    AND (@channels IS NULL OR p.channel_id IN (SELECT value FROM json_each(@channels)))
  ORDER BY p.planned_at, p.id`;

/** Exported for the benchmark. */
export const PUBLISHED_WITH_METRICS_SQL = publishedSql('');
const PUBLISHED_WITH_DETAIL_SQL = publishedSql(', h.network, h.handle, substr(p.caption, 1, 200) AS caption');

export interface PublishedQuery {
  clientId: string;
  fromUtc: string;
  toUtc: string;
  on: string;
  channelIds?: readonly string[] | undefined;
}

const bind = (q: PublishedQuery) => ({
  clientId: q.clientId,
  fromUtc: q.fromUtc,
  toUtc: q.toUtc,
  on: q.on,
  channels: q.channelIds ? JSON.stringify(q.channelIds) : null,
});

export function publishedWithMetrics(db: Db, q: PublishedQuery): PublishedPostRow[] {
  return stmt<[object], PublishedPostRow>(db, PUBLISHED_WITH_METRICS_SQL).all(bind(q));
}

export function publishedWithDetail(db: Db, q: PublishedQuery): (PublishedPostRow & PublishedPostDetail)[] {
  return stmt<[object], PublishedPostRow & PublishedPostDetail>(db, PUBLISHED_WITH_DETAIL_SQL).all(bind(q));
}

interface ReadingRow {
  id: string;
  post_id: string;
  taken_on: string;
  logged: number;
  updated_at: string;
}

/** One bit per metric, in METRICS order: set on a day's reading when that metric was typed for that day. */
const bit = (metric: Metric) => 1 << METRICS.indexOf(metric);

/** The reading a day's numbers start from: the post's latest on or before that day, if any. */
export interface BaseReading {
  post: string;
  id: string | null;
  taken_on: string | null;
  logged: number | null;
  /** 1 when the post has a reading after that day: a changed number must then be carried forward. */
  later: number;
}

/**
 * A post `p`'s `BaseReading` for the day `@on`: the columns to select and the join that gives them,
 * for a query that reads the posts it writes to (metric-targets.ts reads their checks beside it).
 */
export const BASE_READING = {
  columns: `p.id AS post, m.id, m.taken_on, m.logged, ${COLUMNS.map((c) => `m.${c}`).join(', ')},
    EXISTS (SELECT 1 FROM post_metrics x WHERE x.post_id = p.id AND x.taken_on > @on) AS later`,
  join: LATEST_READING,
};

const BASES_SQL = `SELECT ${BASE_READING.columns} FROM posts p ${BASE_READING.join}
  WHERE p.id IN (SELECT value FROM json_each(@posts))`;

/** Exported for the benchmark: one post's reading of one day, created or corrected. */
export const UPSERT_READING_SQL = `INSERT INTO post_metrics (id, post_id, taken_on, logged, ${COLUMNS.join(', ')}, created_at, updated_at)
  VALUES (@id, @postId, @on, @logged, ${COLUMNS.map((c) => `@${c}`).join(', ')}, @now, @now)
  ON CONFLICT (post_id, taken_on) DO UPDATE SET logged = excluded.logged,
    ${COLUMNS.map((c) => `${c} = excluded.${c}`).join(', ')}, updated_at = excluded.updated_at`;

/** A later reading that carried a metric forward takes its new value, up to the next one that had it typed. */
const carryForwardSql = (column: string) =>
  `UPDATE post_metrics SET ${column} = @value WHERE post_id = @postId AND taken_on > @on
   AND taken_on < coalesce((SELECT min(x.taken_on) FROM post_metrics x
     WHERE x.post_id = @postId AND x.taken_on > @on AND x.logged & @bit <> 0), '9999')`;

function write(
  db: Db,
  base: BaseReading,
  on: string,
  changes: Partial<MetricValues>,
  now: string,
): MetricValues {
  const postId = base.post;
  const values = { ...(base.id === null ? EMPTY_METRICS : valuesOf(base)), ...changes };
  const sameDay = base.taken_on === on;
  const changed = Object.keys(changes) as Metric[];
  const logged = changed.reduce((bits, m) => bits | bit(m), sameDay ? (base.logged ?? 0) : 0);
  const params: Record<string, unknown> = { postId, on, now, logged, id: sameDay ? base.id : newId() };
  for (const m of METRICS) params[METRIC_COLUMN[m]] = values[m];
  stmt(db, UPSERT_READING_SQL).run(params);
  // Most numbers are typed for the latest day: nothing after it to carry them to.
  if (base.later === 1)
    for (const metric of changed)
      stmt(db, carryForwardSql(METRIC_COLUMN[metric])).run({
        value: values[metric],
        postId,
        on,
        bit: bit(metric),
      });
  return values;
}

/**
 * Writes some metrics of posts as read on `on`, each post's in one row, from its base reading. The
 * day's reading is created from the latest earlier one, so the newest reading always holds every
 * number logged so far; older ones stay as history. The later readings that carried a changed
 * metric forward (did not have it typed) carry the new value, up to the next reading that had it
 * typed: a correction, an undo or a clear made on an earlier day reaches the reading that counts,
 * and never overwrites a number read later.
 */
export function writeReadings(
  db: Db,
  on: string,
  changes: ReadonlyMap<BaseReading, Partial<MetricValues>>,
  now: string,
): Map<string, MetricValues> {
  const written = new Map<string, MetricValues>();
  for (const [base, values] of changes) written.set(base.post, write(db, base, on, values, now));
  return written;
}

/** One post's: the seeding of the benchmark's dataset writes its readings one by one. */
export function writeReading(
  db: Db,
  postId: string,
  on: string,
  changes: Partial<MetricValues>,
  now: string,
): MetricValues {
  const [base] = stmt<[object], BaseReading>(db, BASES_SQL).all({ posts: JSON.stringify([postId]), on });
  return base ? write(db, base, on, changes, now) : { ...EMPTY_METRICS };
}

export function readingsOf(db: Db, postId: string) {
  return stmt<[string], ReadingRow>(db, 'SELECT * FROM post_metrics WHERE post_id = ? ORDER BY taken_on DESC')
    .all(postId)
    .map((r) => ({
      id: r.id,
      postId: r.post_id,
      takenOn: r.taken_on,
      values: valuesOf(r),
      updatedAt: r.updated_at,
    }));
}
