import type { PostFormat, PostStatus } from '../../shared/domain/post.ts';
import { stmt } from './statements.ts';
import type { Db } from './types.ts';

/** A post of the channel an export is for, as matching and the commit need it. */
export interface ImportCandidateRow {
  id: string;
  network_post_id: string | null;
  permalink: string | null;
  caption: string;
  planned_at: string;
  status: PostStatus;
  published_at: string | null;
  format: PostFormat;
}

/**
 * The channel's live posts an export's rows may be about: those planned within the rows' span,
 * and every one that already has the network's id or link (an old post's lifetime numbers).
 */
export function importCandidates(db: Db, channelId: string, from: string, to: string): ImportCandidateRow[] {
  return stmt<[object], ImportCandidateRow>(
    db,
    `SELECT id, network_post_id, permalink, caption, planned_at, status, published_at, format FROM posts
     WHERE channel_id = @channelId AND deleted_at IS NULL
       AND (network_post_id IS NOT NULL OR permalink IS NOT NULL OR (planned_at >= @from AND planned_at < @to))`,
  ).all({ channelId, from, to });
}

/** Other clients already holding posts with these network ids: the file is likely theirs. */
export function clientsHoldingNetworkIds(db: Db, clientId: string, ids: readonly string[]): string[] {
  if (ids.length === 0) return [];
  return stmt<[object], { name: string }>(
    db,
    `SELECT DISTINCT c.name FROM posts p JOIN clients c ON c.id = p.client_id AND c.deleted_at IS NULL
     WHERE p.deleted_at IS NULL AND p.client_id <> @clientId AND p.network_post_id IS NOT NULL
       AND p.network_post_id IN (SELECT value FROM json_each(@ids))
     ORDER BY c.name`,
  )
    .all({ clientId, ids: JSON.stringify(ids) })
    .map((r) => r.name);
}

/**
 * An export proved the post went out: it is published (when it was not), at the time the file
 * says, and keeps the network's id and link it did not have yet.
 */
export function markFoundInExport(
  db: Db,
  postId: string,
  found: { networkPostId: string | null; permalink: string | null; publishedAt: string | null },
  now: string,
): void {
  stmt(
    db,
    `UPDATE posts SET
       network_post_id = coalesce(network_post_id, @networkPostId),
       permalink = coalesce(permalink, @permalink),
       published_at = CASE WHEN status = 'published' THEN published_at ELSE coalesce(@publishedAt, planned_at) END,
       status = 'published',
       updated_at = @now
     WHERE id = @postId AND (status <> 'published'
       OR (network_post_id IS NULL AND @networkPostId IS NOT NULL)
       OR (permalink IS NULL AND @permalink IS NOT NULL))`,
  ).run({ postId, now, ...found });
}
