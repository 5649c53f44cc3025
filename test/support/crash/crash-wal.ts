import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { DB_FILE } from '../../../electron/db/paths.ts';
import { makeTempDir, removeDir } from '../files/temp-dir.ts';

/**
 * Is this post missing from the main database file read on its own, without the -wal file the
 * dead process left? Then only the -wal held it, and a reopening that finds it recovered it from
 * there. null when the main file alone cannot be read (killed in the middle of a checkpoint).
 */
export function onlyInWal(dataDir: string, postId: string): boolean | null {
  const scratch = makeTempDir();
  try {
    copyFileSync(join(dataDir, DB_FILE), join(scratch, DB_FILE));
    const db = new Database(join(scratch, DB_FILE));
    try {
      // Before the first checkpoint even the tables are only in the -wal.
      if (!db.prepare("SELECT 1 FROM sqlite_master WHERE name = 'posts'").get()) return true;
      return db.prepare('SELECT count(*) FROM posts WHERE id = ?').pluck().get(postId) === 0;
    } finally {
      db.close();
    }
  } catch {
    return null;
  } finally {
    removeDir(scratch);
  }
}
