import { AppError } from '../../shared/errors.ts';
import { stmt } from './statements.ts';
import type { Db } from './types.ts';

/** Segment ids each post targets, live segments only, in one query for a whole list. */
export function segmentIdsOf(db: Db, postIds: readonly string[]): Map<string, string[]> {
  const byPost = new Map<string, string[]>();
  if (postIds.length === 0) return byPost;
  const rows = stmt<[string], { post_id: string; segment_id: string }>(
    db,
    `SELECT ps.post_id, ps.segment_id FROM post_segments ps
     JOIN segments s ON s.id = ps.segment_id AND s.deleted_at IS NULL
     WHERE ps.post_id IN (SELECT value FROM json_each(?))
     ORDER BY ps.post_id, s.name COLLATE NOCASE`,
  ).all(JSON.stringify(postIds));
  for (const row of rows) {
    const list = byPost.get(row.post_id);
    if (list) list.push(row.segment_id);
    else byPost.set(row.post_id, [row.segment_id]);
  }
  return byPost;
}

/** Replaces the segments a post targets; each must be a live segment of the post's client. */
export function setPostSegments(db: Db, postId: string, clientId: string, segmentIds: readonly string[]) {
  const unique = [...new Set(segmentIds)];
  const owners = stmt<[string], { id: string; client_id: string }>(
    db,
    `SELECT id, client_id FROM segments WHERE id IN (SELECT value FROM json_each(?)) AND deleted_at IS NULL`,
  ).all(JSON.stringify(unique));
  const known = new Map(owners.map((o) => [o.id, o.client_id]));
  unique.forEach((id, i) => {
    const owner = known.get(id);
    if (owner === undefined) throw new AppError('not_found', `No segment with id ${id}`);
    if (owner !== clientId)
      throw new AppError('invalid_input', 'The segment belongs to another client', [
        { path: ['segmentIds', String(i)], code: 'otherClient' },
      ]);
  });
  // Links to a segment in the trash stay, so restoring the segment brings its posts back to it.
  stmt(
    db,
    `DELETE FROM post_segments WHERE post_id = ?
     AND segment_id IN (SELECT id FROM segments WHERE deleted_at IS NULL)`,
  ).run(postId);
  const insert = stmt(db, 'INSERT INTO post_segments (post_id, segment_id) VALUES (?, ?)');
  for (const id of unique) insert.run(postId, id);
}

/** The pairs to carry to a copy of a post. */
export function copyPostSegments(db: Db, fromPostId: string, toPostId: string) {
  stmt(
    db,
    `INSERT INTO post_segments (post_id, segment_id)
     SELECT ?, segment_id FROM post_segments WHERE post_id = ?`,
  ).run(toPostId, fromPostId);
}
