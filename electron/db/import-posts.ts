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
 * those with one of the file's ids, and those known only by a link (matched by its key). Posts of
 * other files, known by an id this one does not name, are not read: a channel's history grows
 * with every import, and a row with an id never takes a post with another one.
 */
export function importCandidates(
  db: Db,
  channelId: string,
  span: { from: string; to: string },
  ids: readonly string[],
): ImportCandidateRow[] {
  return stmt<[object], ImportCandidateRow>(
    db,
    `SELECT id, network_post_id, permalink, caption, planned_at, status, published_at, format FROM posts
     WHERE channel_id = @channelId AND deleted_at IS NULL
       AND ((planned_at >= @from AND planned_at < @to)
         OR network_post_id IN (SELECT value FROM json_each(@ids))
         OR (network_post_id IS NULL AND permalink IS NOT NULL))`,
  ).all({ channelId, ...span, ids: JSON.stringify(ids) });
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
 * says, and keeps the network's id and link it did not have yet. True when that changed it.
 */
export function markFoundInExport(
  db: Db,
  postId: string,
  found: { networkPostId: string | null; permalink: string | null; publishedAt: string | null },
  now: string,
): boolean {
  const { changes } = stmt(
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
  return changes > 0;
}

/** The posts of a commit as they are now: a preview's post moved or deleted since is not written to. */
export function postsNow(db: Db, ids: readonly string[]): Map<string, { channelId: string; live: boolean }> {
  const rows = stmt<[string], { id: string; channel_id: string; deleted_at: string | null }>(
    db,
    'SELECT id, channel_id, deleted_at FROM posts WHERE id IN (SELECT value FROM json_each(?))',
  ).all(JSON.stringify(ids));
  return new Map(rows.map((r) => [r.id, { channelId: r.channel_id, live: r.deleted_at === null }]));
}

/** Where the channel's live posts already are on the network: its ids among `ids`, and every link. */
export function placesOnChannel(
  db: Db,
  channelId: string,
  ids: readonly string[],
): { network_post_id: string | null; permalink: string | null }[] {
  return stmt<[string, string], { network_post_id: string | null; permalink: string | null }>(
    db,
    `SELECT network_post_id, permalink FROM posts WHERE channel_id = ? AND deleted_at IS NULL
       AND (network_post_id IN (SELECT value FROM json_each(?)) OR permalink IS NOT NULL)`,
  ).all(channelId, JSON.stringify(ids));
}
