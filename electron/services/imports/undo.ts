import { AppError } from '../../../shared/errors.ts';
import { stmt } from '../../db/statements.ts';
import type { Db } from '../../db/types.ts';

type Row = Record<string, unknown>;

/**
 * What an import changed, as it was before: the posts it found (their status and network place),
 * every reading of those posts, the channel's follower counts over the series' days, and the posts
 * it created. Undo puts exactly this back; kept in memory, like every undo of the app.
 */
export interface ImportSnapshot {
  /** The connection written to: after a restore, the import it undid is not this data's. */
  db: Db;
  clientId: string;
  /** When the import wrote: anything changed after it is the user's, and blocks the undo. */
  stamp: string;
  created: string[];
  posts: Row[];
  readings: Row[];
  followers: { channelId: string; from: string; to: string; rows: Row[] } | null;
}

const KEPT = 8;
const snapshots = new Map<string, ImportSnapshot>();

const ids = (list: readonly string[]) => JSON.stringify(list);

/** Taken inside the commit's transaction, before its first write. */
export function takeSnapshot(
  db: Db,
  base: { db: Db; clientId: string; stamp: string },
  postIds: readonly string[],
  followers: { channelId: string; from: string; to: string } | null,
): ImportSnapshot {
  return {
    ...base,
    created: [],
    posts: stmt<[string], Row>(
      db,
      `SELECT id, status, published_at, network_post_id, permalink, updated_at FROM posts
       WHERE id IN (SELECT value FROM json_each(?))`,
    ).all(ids(postIds)),
    readings: stmt<[string], Row>(
      db,
      'SELECT * FROM post_metrics WHERE post_id IN (SELECT value FROM json_each(?))',
    ).all(ids(postIds)),
    followers: followers && {
      ...followers,
      rows: stmt<[string, string, string], Row>(
        db,
        'SELECT * FROM follower_counts WHERE channel_id = ? AND taken_on >= ? AND taken_on <= ?',
      ).all(followers.channelId, followers.from, followers.to),
    },
  };
}

export function keepSnapshot(importId: string, snapshot: ImportSnapshot): void {
  snapshots.set(importId, snapshot);
  for (const id of [...snapshots.keys()].slice(0, Math.max(0, snapshots.size - KEPT))) snapshots.delete(id);
}

function insertAll(db: Db, table: string, rows: readonly Row[]): void {
  const first = rows[0];
  if (!first) return;
  const columns = Object.keys(first);
  const insert = stmt(
    db,
    `INSERT INTO ${table} (${columns.join(', ')}) VALUES (${columns.map((c) => `@${c}`).join(', ')})`,
  );
  for (const row of rows) insert.run(row);
}

/**
 * True when something the import wrote was changed since (a post edited, a number typed, a later
 * import): putting the old rows back would lose that work, so the undo is refused instead.
 */
function changedSince(db: Db, snapshot: ImportSnapshot): boolean {
  const posts = ids([...snapshot.created, ...snapshot.posts.map((p) => String(p.id))]);
  const later = (sql: string, ...params: unknown[]) =>
    stmt<unknown[], { n: number }>(db, sql).get(...params)?.n === 1;
  if (
    later(
      'SELECT EXISTS (SELECT 1 FROM posts WHERE id IN (SELECT value FROM json_each(?)) AND updated_at > ?) AS n',
      posts,
      snapshot.stamp,
    )
  )
    return true;
  if (
    later(
      'SELECT EXISTS (SELECT 1 FROM post_metrics WHERE post_id IN (SELECT value FROM json_each(?)) AND updated_at > ?) AS n',
      posts,
      snapshot.stamp,
    )
  )
    return true;
  const f = snapshot.followers;
  return (
    f !== null &&
    later(
      'SELECT EXISTS (SELECT 1 FROM follower_counts WHERE channel_id = ? AND taken_on >= ? AND taken_on <= ? AND updated_at > ?) AS n',
      f.channelId,
      f.from,
      f.to,
      snapshot.stamp,
    )
  );
}

/** Puts back what the import changed; once. Run in the dispatch's transaction: all of it or nothing. */
export function undoImport(db: Db, importId: string): { posts: number } {
  const snapshot = snapshots.get(importId);
  if (!snapshot || snapshot.db !== db) throw new AppError('not_found', 'This import can no longer be undone');
  if (changedSince(db, snapshot))
    throw new AppError('conflict', 'Posts or numbers of this import were changed since', [
      { path: ['importId'], code: 'importEdited' },
    ]);
  const postIds = ids(snapshot.posts.map((p) => String(p.id)));
  stmt(db, 'DELETE FROM posts WHERE id IN (SELECT value FROM json_each(?))').run(ids(snapshot.created));
  stmt(db, 'DELETE FROM post_metrics WHERE post_id IN (SELECT value FROM json_each(?))').run(postIds);
  insertAll(db, 'post_metrics', snapshot.readings);
  const restore = stmt(
    db,
    `UPDATE posts SET status = @status, published_at = @published_at, network_post_id = @network_post_id,
       permalink = @permalink, updated_at = @updated_at WHERE id = @id`,
  );
  for (const post of snapshot.posts) restore.run(post);
  const f = snapshot.followers;
  if (f) {
    stmt(db, 'DELETE FROM follower_counts WHERE channel_id = ? AND taken_on >= ? AND taken_on <= ?').run(
      f.channelId,
      f.from,
      f.to,
    );
    insertAll(db, 'follower_counts', f.rows);
  }
  snapshots.delete(importId);
  return { posts: snapshot.created.length + snapshot.posts.length };
}
