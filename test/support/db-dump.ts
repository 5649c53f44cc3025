import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { Db } from '../../electron/db/types.ts';

/** Every row of every table, in storage order: equal dumps mean nothing was written. */
export function dumpTables(db: Db): Record<string, unknown[]> {
  const names = db
    .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
    .pluck()
    .all() as string[];
  return Object.fromEntries(
    names.map((name) => [name, db.prepare(`SELECT * FROM "${name}" ORDER BY rowid`).all()]),
  );
}

/** The schema as SQLite stores it (tables, indexes), for "the schema did not change" checks. */
export function dumpSchema(db: Db): unknown[] {
  return db.prepare('SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY type, name').all();
}

export const countRows = (db: Db, sql: string, ...params: unknown[]): number =>
  db
    .prepare(sql)
    .pluck()
    .get(...params) as number;

export const sha256File = (path: string): string =>
  createHash('sha256').update(readFileSync(path)).digest('hex');
