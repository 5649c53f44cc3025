import type { Attachment } from '../../shared/domain/attachment.ts';
import { AppError } from '../../shared/errors.ts';
import { type MetaRow, meta, newId } from './row.ts';
import { stmt } from './statements.ts';
import type { Db } from './types.ts';

interface AttachmentRow extends MetaRow {
  post_id: string;
  sha256: string;
  name: string;
  mime: string;
  size: number;
  width: number | null;
  height: number | null;
  thumb_sha256: string | null;
  position: number;
}

const toAttachment = (r: AttachmentRow): Attachment => ({
  ...meta(r),
  postId: r.post_id,
  sha256: r.sha256,
  name: r.name,
  mime: r.mime,
  size: r.size,
  width: r.width,
  height: r.height,
  thumbSha256: r.thumb_sha256,
  position: r.position,
});

/** The attachments of many posts in one query (a month of cards), by post. */
export function attachmentsOf(db: Db, postIds: readonly string[]): Map<string, Attachment[]> {
  const byPost = new Map<string, Attachment[]>();
  if (postIds.length === 0) return byPost;
  const rows = stmt<[string], AttachmentRow>(
    db,
    `SELECT * FROM attachments WHERE post_id IN (SELECT value FROM json_each(?)) AND deleted_at IS NULL
     ORDER BY post_id, position`,
  ).all(JSON.stringify(postIds));
  for (const row of rows) {
    const list = byPost.get(row.post_id);
    if (list) list.push(toAttachment(row));
    else byPost.set(row.post_id, [toAttachment(row)]);
  }
  return byPost;
}

export function countAttachments(db: Db, postId: string): number {
  return (
    stmt<[string], { n: number }>(
      db,
      'SELECT count(*) AS n FROM attachments WHERE post_id = ? AND deleted_at IS NULL',
    ).get(postId)?.n ?? 0
  );
}

export function insertAttachment(
  db: Db,
  input: Omit<Attachment, 'id' | 'createdAt' | 'updatedAt' | 'deletedAt' | 'position'>,
  now: string,
): Attachment {
  const id = newId();
  // A copied row arrives carrying its source's id: the new id is spread last so it wins.
  stmt(
    db,
    `INSERT INTO attachments (id, post_id, sha256, name, mime, size, width, height, thumb_sha256, position,
       created_at, updated_at)
     VALUES (@id, @postId, @sha256, @name, @mime, @size, @width, @height, @thumbSha256,
       (SELECT coalesce(max(position), -1) + 1 FROM attachments WHERE post_id = @postId), @now, @now)`,
  ).run({ ...input, id, now });
  return getAttachment(db, id);
}

export function getAttachment(db: Db, id: string): Attachment {
  const row = stmt<[string], AttachmentRow>(
    db,
    'SELECT * FROM attachments WHERE id = ? AND deleted_at IS NULL',
  ).get(id);
  if (!row) throw new AppError('not_found', `No attachment with id ${id}`);
  return toAttachment(row);
}

/** A copied post shows the same pictures: new rows pointing at the same stored files. */
export function copyAttachments(db: Db, fromPostId: string, toPostId: string, now: string): void {
  const rows = stmt<[string], AttachmentRow>(
    db,
    'SELECT * FROM attachments WHERE post_id = ? AND deleted_at IS NULL ORDER BY position',
  ).all(fromPostId);
  for (const row of rows) insertAttachment(db, { ...toAttachment(row), postId: toPostId }, now);
}

export function deleteAttachment(db: Db, id: string): Attachment {
  const attachment = getAttachment(db, id);
  stmt(db, 'DELETE FROM attachments WHERE id = ?').run(id);
  return attachment;
}

/** Every stored file something still needs (trashed posts included): what must not be swept. */
export function referencedFiles(db: Db): Set<string> {
  // A backup made before the ideas bank (schema 80) or the logo and reports (90) lacks their tables:
  // the rest still counts. A saved report shows the pictures its posts had when it was made.
  const has = (table: string) =>
    db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?").get(table) !== undefined;
  const ideas = has('ideas') ? 'UNION SELECT picture_sha256 FROM ideas WHERE picture_sha256 IS NOT NULL' : '';
  const logo = has('profile') ? 'UNION SELECT logo_sha256 FROM profile WHERE logo_sha256 IS NOT NULL' : '';
  const reports = has('reports')
    ? "UNION SELECT p.value FROM reports, json_each(reports.figures, '$.pictures') AS p"
    : '';
  const rows = stmt<[], { sha: string }>(
    db,
    `SELECT sha256 AS sha FROM attachments
     UNION SELECT thumb_sha256 FROM attachments WHERE thumb_sha256 IS NOT NULL ${ideas} ${logo} ${reports}`,
  ).all();
  return new Set(rows.map((r) => r.sha));
}
