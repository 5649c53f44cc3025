import type { PostFormat, PostStatus } from '../../shared/domain/post.ts';
import { BASE_READING, type BaseReading } from './post-metrics.ts';
import { stmt } from './statements.ts';
import type { Db } from './types.ts';

/**
 * A live post numbers may be saved against, with what decides whether a cell may be written, and
 * the reading its numbers for the day start from (`post` is its id).
 */
export interface MetricTargetRow extends BaseReading {
  client_id: string;
  status: PostStatus;
  format: PostFormat;
  paid: number;
  /** The day it went out on its client's clock (see post-local-time.ts). */
  local_day: string;
  /** Its client's zone, for the client's today. */
  time_zone: string;
}

const TARGETS_SQL = `SELECT ${BASE_READING.columns}, p.client_id, p.status, p.format, p.paid, p.local_day, c.time_zone
  FROM posts p
  JOIN channels h ON h.id = p.channel_id AND h.deleted_at IS NULL
  JOIN clients c ON c.id = p.client_id AND c.deleted_at IS NULL
  ${BASE_READING.join}
  WHERE p.id IN (SELECT value FROM json_each(@posts)) AND p.deleted_at IS NULL`;

/**
 * The posts of one edit or paste and their base readings for the day `on`, in one query, by id; a
 * post that is gone (or in the trash, or whose channel or client is) is missing from the map.
 */
export function metricTargets(db: Db, postIds: readonly string[], on: string): Map<string, MetricTargetRow> {
  const rows = stmt<[object], MetricTargetRow>(db, TARGETS_SQL).all({ posts: JSON.stringify(postIds), on });
  return new Map(rows.map((r) => [r.post, r]));
}
