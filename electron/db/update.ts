import { join, run, type Sql, type SqlValue, sql } from './sql.ts';
import type { Db } from './types.ts';

/**
 * A table as partial updates see it: its name and, for each field a caller may change, the
 * column it lives in. Nothing outside this map can be written by `updateById`.
 */
export interface UpdatableTable<F> {
  readonly name: Sql;
  readonly columns: { readonly [K in keyof F]-?: Sql };
}

/** Some of a table's fields: an absent or `undefined` field is left as it is; `null` is written. */
export type Patch<F> = { [K in keyof F]?: F[K] };

/** `T` with any field the table does not know turned into a type error. */
export type Exact<F, T> = T & { [K in Exclude<keyof T, keyof F>]: never };

/**
 * `UPDATE <table> SET a = ?, b = ? WHERE id = ?` over the fields present in `patch`, in the
 * table's column order (so one set of fields is one SQL text, prepared once).
 */
export function updateSql<F extends { [K in keyof F]: SqlValue }, T extends Patch<F>>(
  table: UpdatableTable<F>,
  id: string,
  patch: Exact<F, T>,
): Sql {
  const given = patch as Record<string, SqlValue | undefined>;
  for (const field of Object.keys(given))
    if (!Object.hasOwn(table.columns, field))
      throw new Error(`UPDATE ${table.name.text}: "${field}" is not an updatable field`);
  const sets: Sql[] = [];
  for (const field of Object.keys(table.columns) as (keyof F & string)[]) {
    const value = given[field];
    if (value !== undefined) sets.push(sql`${table.columns[field]} = ${value}`);
  }
  if (sets.length === 0) throw new Error(`UPDATE ${table.name.text}: nothing to set`);
  return sql`UPDATE ${table.name} SET ${join(sets)} WHERE id = ${id}`;
}

/** Runs `updateSql`; returns how many rows it changed (0 when no row has that id). */
export function updateById<F extends { [K in keyof F]: SqlValue }, T extends Patch<F>>(
  db: Db,
  table: UpdatableTable<F>,
  id: string,
  patch: Exact<F, T>,
): number {
  return run(db, updateSql(table, id, patch)).changes;
}

/** The stored value of each field, read from a row by column name (as `SELECT *` gives it). */
const storedIn = (row: object, column: Sql): unknown => (row as Record<string, unknown>)[column.text];

/**
 * The fields of `patch` whose value differs from what `row` holds. An update writes only these:
 * SQLite fires an `AFTER UPDATE OF` trigger for every column in the SET list, changed or not, and
 * a caption's autosave would otherwise rebuild the post's dashboard row each time.
 */
export function changedFields<F extends { [K in keyof F]: SqlValue }, T extends Patch<F>>(
  table: UpdatableTable<F>,
  row: object,
  patch: Exact<F, T>,
): Patch<F> {
  const changed: Record<string, SqlValue> = {};
  for (const [field, value] of Object.entries(patch as Record<string, SqlValue | undefined>)) {
    const column = table.columns[field as keyof F];
    if (value !== undefined && (column === undefined || value !== storedIn(row, column)))
      changed[field] = value;
  }
  return changed as Patch<F>;
}

/** `row` as an update of `patch` leaves it: the answer to an update, without reading it back. */
export function patchedRow<R extends object, F>(table: UpdatableTable<F>, row: R, patch: Patch<F>): R {
  const patched: Record<string, unknown> = { ...(row as Record<string, unknown>) };
  for (const [field, value] of Object.entries(patch as Record<string, unknown>))
    if (value !== undefined) patched[table.columns[field as keyof F].text] = value;
  return patched as R;
}
