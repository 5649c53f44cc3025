import type { PostFormat } from '../../shared/domain/post.ts';
import { stmt } from './statements.ts';
import type { Db } from './types.ts';

/**
 * What the audit groups a period's published posts by, beside what the dashboard sums of them: the
 * same posts (`dashboard_posts`, a client's live channels, archived ones included, a range of day
 * numbers), each with its format, its pillar and the segments it targets. Rows as arrays, no ORDER
 * BY, as kpi-sums.ts reads them: a heavy client's quarter is 2,000 of them.
 * Exported for the benchmark.
 */
export const AUDIT_POSTS_SQL = `
  SELECT d.seq, p.format, p.pillar_id,
    (SELECT group_concat(ps.segment_id) FROM post_segments ps WHERE ps.post_id = p.id) AS segments
  FROM channels c
  JOIN dashboard_posts d ON d.channel_id = c.id AND d.day >= @from AND d.day < @to
  JOIN posts p NOT INDEXED ON p.seq = d.seq
  WHERE c.client_id = @clientId AND c.deleted_at IS NULL`;

export interface AuditPost {
  format: PostFormat;
  /** As stored: the pillar may be in the trash. */
  pillarId: string | null;
  /** As linked: a segment in the trash keeps its links, so the reader keeps the live ones. */
  segmentIds: string[];
}

/** Post seq → its format, pillar and segments, for the published posts of day numbers `from` to `to` (exclusive). */
export function auditPosts(db: Db, clientId: string, from: number, to: number): Map<number, AuditPost> {
  const rows = stmt<[object], [number, PostFormat, string | null, string | null]>(db, AUDIT_POSTS_SQL)
    .raw(true)
    .all({ clientId, from, to });
  const posts = new Map<number, AuditPost>();
  for (const [seq, format, pillarId, segments] of rows)
    posts.set(seq, { format, pillarId, segmentIds: segments === null ? [] : segments.split(',') });
  return posts;
}
