import { randomBytes } from 'node:crypto';
import { closeSync, openSync, writeSync } from 'node:fs';
import Database from 'better-sqlite3';

/**
 * Damage inside a data file's pages, where only a whole-file check finds it: the root page of
 * `table` is overwritten with random bytes, while the header (page 1) and the file's size stay as
 * they were — it still opens, and reads that never reach `table` still work.
 */
export function damageTable(path: string, table: string): void {
  const reader = new Database(path, { readonly: true, fileMustExist: true });
  const pageSize = reader.pragma('page_size', { simple: true }) as number;
  const root = reader
    .prepare('SELECT rootpage FROM sqlite_master WHERE name = ?')
    .pluck()
    .get(table) as number;
  reader.close();
  if (!(root > 1)) throw new Error(`no table ${table} beyond the first page`);
  const fd = openSync(path, 'r+');
  try {
    writeSync(fd, randomBytes(pageSize), 0, pageSize, (root - 1) * pageSize);
  } finally {
    closeSync(fd);
  }
}
