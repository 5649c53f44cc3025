import type { Statement } from 'better-sqlite3';
import type { Db } from './types.ts';

const cache = new WeakMap<Db, Map<string, Statement>>();

/** Prepares each SQL text once per connection and reuses it. */
export function stmt<P extends unknown[] | object = unknown[], R = unknown>(
  db: Db,
  sql: string,
): Statement<P, R> {
  let byText = cache.get(db);
  if (!byText) {
    byText = new Map();
    cache.set(db, byText);
  }
  let prepared = byText.get(sql);
  if (!prepared) {
    prepared = db.prepare(sql);
    byText.set(sql, prepared);
  }
  return prepared as unknown as Statement<P, R>;
}
