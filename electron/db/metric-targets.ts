import type { PostFormat, PostStatus } from '../../shared/domain/post.ts';
import { stmt } from './statements.ts';
import type { Db } from './types.ts';

/** A live post numbers may be saved against, with what decides whether a cell may be written. */
export interface MetricTargetRow {
  id: string;
  client_id: string;
  status: PostStatus;
  format: PostFormat;
  paid: number;
  planned_at: string;
  time_zone: string;
}

/** The post, or nothing when it, its channel or its client is gone (or in the trash). */
export function metricTarget(db: Db, postId: string): MetricTargetRow | undefined {
  return stmt<[string], MetricTargetRow>(
    db,
    `SELECT p.id, p.client_id, p.status, p.format, p.paid, p.planned_at, c.time_zone FROM posts p
     JOIN channels h ON h.id = p.channel_id AND h.deleted_at IS NULL
     JOIN clients c ON c.id = p.client_id AND c.deleted_at IS NULL
     WHERE p.id = ? AND p.deleted_at IS NULL`,
  ).get(postId);
}
