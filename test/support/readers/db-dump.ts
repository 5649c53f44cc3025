import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { Db } from '../../../electron/db/types.ts';

/** Every row of every table, in storage order: equal dumps mean nothing was written. */
export function dumpTables(db: Db): Record<string, unknown[]> {
  const tables = db
    .prepare(
      "SELECT name, wr FROM pragma_table_list WHERE schema = 'main' AND name NOT LIKE 'sqlite_%' ORDER BY name",
    )
    .all() as { name: string; wr: number }[];
  // The FTS index keeps some of its shadow tables WITHOUT ROWID: those are ordered by every column.
  return Object.fromEntries(
    tables.map(({ name, wr }) => {
      const order = wr ? columnList(db, name) : 'rowid';
      return [name, db.prepare(`SELECT * FROM "${name}" ORDER BY ${order}`).all()];
    }),
  );
}

const columnList = (db: Db, table: string): string =>
  (db.prepare(`SELECT name FROM pragma_table_info(?)`).pluck().all(table) as string[])
    .map((c) => `"${c}"`)
    .join(', ');

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
