import { stmt } from './statements.ts';
import type { Db } from './types.ts';

/** What SQLite can bind: booleans are not among them (store 0 or 1), nor `undefined`. */
export type SqlValue = string | number | bigint | null | Uint8Array;

/**
 * A piece of SQL and the values bound to its `?`s, in order. Only `sql` and `join` make one, so
 * its text never holds anything a caller passed as a value: values always travel as parameters.
 */
/** Held by this module only: no other code can make an `Sql` out of a string. */
const MADE_HERE = Symbol('sql');

export class Sql {
  readonly text: string;
  readonly params: readonly SqlValue[];

  /** Not for callers (they cannot pass the token): use the `sql` tag and `join`. */
  constructor(token: typeof MADE_HERE, text: string, params: readonly SqlValue[]) {
    if (token !== MADE_HERE) throw new TypeError('Sql is made by the sql tag only');
    this.text = text;
    this.params = params;
  }
}

function isBindable(value: unknown): value is SqlValue {
  return (
    value === null ||
    typeof value === 'string' ||
    typeof value === 'number' ||
    typeof value === 'bigint' ||
    value instanceof Uint8Array
  );
}

/**
 * sql`SELECT * FROM posts WHERE client_id = ${id} ${order}`: each plain value becomes a `?` and a
 * parameter; each interpolated `Sql` is spliced in whole, its parameters in their place. Column
 * names, sort directions and the like are therefore `Sql` fragments picked from fixed maps, never
 * strings: a string is always a value.
 */
export function sql(strings: TemplateStringsArray, ...values: readonly (Sql | SqlValue)[]): Sql {
  // A real template literal carries `raw`; an array of strings built at run time does not.
  if (!Array.isArray((strings as { raw?: unknown }).raw))
    throw new TypeError('sql is a template tag: write sql`…`, not sql(text)');
  let text = strings[0] ?? '';
  const params: SqlValue[] = [];
  values.forEach((value, i) => {
    if (value instanceof Sql) {
      text += value.text;
      params.push(...value.params);
    } else if (isBindable(value)) {
      text += '?';
      params.push(value);
    } else {
      throw new TypeError(
        `sql: cannot bind ${value === undefined ? 'undefined' : typeof value} (value ${i + 1})`,
      );
    }
    text += strings[i + 1] ?? '';
  });
  return new Sql(MADE_HERE, text, params);
}

/** The fragments one after another with `separator` between them; an empty list gives empty SQL. */
export function join(fragments: readonly Sql[], separator: Sql = sql`, `): Sql {
  let text = '';
  const params: SqlValue[] = [];
  fragments.forEach((fragment, i) => {
    if (i > 0) {
      text += separator.text;
      params.push(...separator.params);
    }
    text += fragment.text;
    params.push(...fragment.params);
  });
  return new Sql(MADE_HERE, text, params);
}

export const EMPTY: Sql = sql``;

// Running a query: its statement is prepared once per connection and SQL text (`stmt`), so a
// query composed on every call costs a Map lookup, not a prepare.

export function all<R>(db: Db, query: Sql): R[] {
  return stmt<SqlValue[], R>(db, query.text).all(...query.params);
}

export function get<R>(db: Db, query: Sql): R | undefined {
  return stmt<SqlValue[], R>(db, query.text).get(...query.params);
}

export function run(db: Db, query: Sql): { changes: number } {
  return stmt<SqlValue[]>(db, query.text).run(...query.params);
}
