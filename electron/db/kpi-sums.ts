import type { PostFormat } from '../../shared/domain/post.ts';
import { ENGAGEMENT_PARTS } from '../../shared/kpi/formulas.ts';
import { POST_TERMS, type PostTerm } from '../../shared/kpi/totals.ts';
import { LATEST_READING, METRIC_COLUMN, METRIC_COLUMNS } from './post-metrics.ts';
import { stmt } from './statements.ts';
import type { Db } from './types.ts';

/**
 * What the dashboard sums, one short row per published post (issue 13): its channel, its day and
 * hour on the client's clock (stored, see post-local-time.ts), its format and whether it was paid,
 * and the terms its totals add up, read from its latest reading (the followers term is left for the
 * service to fill), in the calendar's order. Rows come as arrays: a year is 12,000 of them, and naming
 * every column of every row cost more than reading it. Summing them in SQL was tried and was
 * slower still: SQLite evaluates each of the 53 sums of a period's totals row by row.
 */

/** The SQL of each per-post term; engagements as `engagements` in shared/kpi computes them. */
const TERM_SQL: Readonly<Record<PostTerm, string>> = {
  impressions: 'm.impressions',
  reach: 'm.reach',
  engagements: `CASE WHEN coalesce(${ENGAGEMENT_PARTS.map((p) => `m.${METRIC_COLUMN[p]}`).join(', ')}) IS NULL
    THEN NULL ELSE ${ENGAGEMENT_PARTS.map((p) => `coalesce(m.${METRIC_COLUMN[p]}, 0)`).join(' + ')} END`,
  shares: 'm.shares',
  linkClicks: 'm.link_clicks',
  videoViews: 'm.video_views',
  spend: 'm.spend_cents',
  storyExits: 'm.story_exits',
  // Filled in by the service from the counts it reads once for the period: a seek per post costs
  // more than a binary search among them.
  followers: 'NULL',
};

/** Positions in a row of `DASHBOARD_POSTS_SQL`; the terms follow, in `POST_TERMS` order. */
export const AT = { id: 0, channel: 1, day: 2, hour: 3, format: 4, paid: 5, terms: 6 } as const;

/** Exported for the benchmark and the query-plan test. */
export const DASHBOARD_POSTS_SQL = `
  SELECT p.id, p.channel_id, p.local_day, p.local_hour, p.format, p.paid,
    ${POST_TERMS.map((t) => TERM_SQL[t]).join(',\n    ')}
  FROM posts p
  JOIN channels h ON h.id = p.channel_id AND h.deleted_at IS NULL
  ${LATEST_READING}
  WHERE p.client_id = @clientId AND p.deleted_at IS NULL AND p.status = 'published'
    AND p.local_day >= @from AND p.local_day < @to
  ORDER BY p.planned_at, p.id`;

export interface DashboardPostsQuery {
  clientId: string;
  /** Wall-calendar days of the client, `to` exclusive. */
  from: string;
  to: string;
  /** The latest reading on or before this day counts. */
  on: string;
}

export type DashboardPostRow = unknown[];

export function dashboardPosts(db: Db, q: DashboardPostsQuery): DashboardPostRow[] {
  return stmt<[object], DashboardPostRow>(db, DASHBOARD_POSTS_SQL).raw(true).all(q);
}

/** What the dashboard shows of a ranked post besides its sums: its time and first words. */
export interface RankedPostRow {
  id: string;
  planned_at: string;
  caption: string;
  format: PostFormat;
}

/** The few posts the dashboard ranked, with their full latest reading. */
export function rankedPosts(db: Db, ids: readonly string[], on: string): Map<string, RankedPostRow> {
  const rows = stmt<[object], RankedPostRow>(
    db,
    `SELECT p.id, p.planned_at, p.format, substr(p.caption, 1, 200) AS caption,
       ${METRIC_COLUMNS.map((c) => `m.${c}`).join(', ')}
     FROM posts p
     ${LATEST_READING}
     WHERE p.id IN (SELECT value FROM json_each(@ids))`,
  ).all({ ids: JSON.stringify(ids), on });
  return new Map(rows.map((r) => [r.id, r]));
}
