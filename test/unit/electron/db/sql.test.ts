import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { all, EMPTY, get, join, run, Sql, type SqlValue, sql } from '../../../../electron/db/sql.ts';
import { stmt } from '../../../../electron/db/statements.ts';

const HOSTILE = "'; DROP TABLE posts; --";

const open: Database.Database[] = [];
function memory() {
  const db = new Database(':memory:');
  open.push(db);
  db.exec('CREATE TABLE posts (id TEXT PRIMARY KEY, caption TEXT NOT NULL, n INTEGER)');
  return db;
}
afterEach(() => {
  for (const db of open.splice(0)) db.close();
});

describe('sql: values are bound, never spliced', () => {
  it('turns each value into a ? and a parameter, in order', () => {
    const q = sql`SELECT * FROM posts WHERE id = ${'a'} AND n > ${3} AND caption IS ${null}`;
    expect(q.text).toBe('SELECT * FROM posts WHERE id = ? AND n > ? AND caption IS ?');
    expect(q.params).toEqual(['a', 3, null]);
  });

  it('keeps a hostile string out of the text, and SQLite reads it as plain text', () => {
    const db = memory();
    run(db, sql`INSERT INTO posts (id, caption) VALUES (${'p1'}, ${HOSTILE})`);
    const q = sql`SELECT caption FROM posts WHERE caption = ${HOSTILE}`;
    expect(q.text).not.toContain('DROP');
    expect(q.params).toEqual([HOSTILE]);
    expect(all<{ caption: string }>(db, q)).toEqual([{ caption: HOSTILE }]);
    expect(get<{ n: number }>(db, sql`SELECT count(*) AS n FROM posts`)).toEqual({ n: 1 });
  });

  it('binds bigints and bytes as they are', () => {
    const bytes = new Uint8Array([1, 2, 3]);
    expect(sql`SELECT ${10n}, ${bytes}`.params).toEqual([10n, bytes]);
  });

  it.each([
    ['undefined', undefined],
    ['a boolean', true],
    ['an object', { id: 'x' }],
    ['an array', ['a', 'b']],
  ])('refuses %s as a value', (_, value) => {
    expect(() => sql`SELECT ${value as unknown as SqlValue}`).toThrow(TypeError);
  });

  it('is a tag only: a string array built at run time is refused', () => {
    const forged = ['SELECT 1; DROP TABLE posts'] as unknown as TemplateStringsArray;
    expect(() => sql(forged)).toThrow(/template tag/);
  });

  it('cannot be made from a string by any other way', () => {
    expect(() => new Sql(Symbol('sql') as never, 'DROP TABLE posts', [])).toThrow(TypeError);
  });
});

describe('sql: fragments compose', () => {
  it('splices a fragment with its parameters in their place', () => {
    const order = sql`ORDER BY n DESC`;
    const filter = sql`n BETWEEN ${1} AND ${9}`;
    const q = sql`SELECT * FROM posts WHERE id > ${'a'} AND ${filter} AND caption <> ${'z'} ${order} LIMIT ${5}`;
    expect(q.text).toBe(
      'SELECT * FROM posts WHERE id > ? AND n BETWEEN ? AND ? AND caption <> ? ORDER BY n DESC LIMIT ?',
    );
    expect(q.params).toEqual(['a', 1, 9, 'z', 5]);
  });

  it('nests fragments in fragments', () => {
    const inner = sql`n = ${1}`;
    const middle = sql`(${inner} OR id = ${'b'})`;
    const q = sql`SELECT ${'x'} FROM posts WHERE ${middle} AND ${inner}`;
    expect(q.text).toBe('SELECT ? FROM posts WHERE (n = ? OR id = ?) AND n = ?');
    expect(q.params).toEqual(['x', 1, 'b', 1]);
  });

  it('gives the same text for the same shape, whatever the values (one prepared statement)', () => {
    const byId = (id: string) => sql`SELECT * FROM posts WHERE id = ${id}`;
    expect(byId('a').text).toBe(byId(HOSTILE).text);
  });
});

describe('join', () => {
  it('puts the separator between fragments, parameters in order', () => {
    const q = join([sql`a = ${1}`, sql`b = ${2}`, sql`c IS NULL`], sql` AND `);
    expect(q.text).toBe('a = ? AND b = ? AND c IS NULL');
    expect(q.params).toEqual([1, 2]);
  });

  it('separates with a comma by default, and a separator may bind values too', () => {
    expect(join([sql`${1}`, sql`${2}`]).text).toBe('?, ?');
    const q = join([sql`x`, sql`y`, sql`z`], sql` || ${'-'} || `);
    expect(q.text).toBe('x || ? || y || ? || z');
    expect(q.params).toEqual(['-', '-']);
  });

  it('gives empty SQL for no fragment, and one fragment unchanged', () => {
    const none = join([], sql` AND `);
    expect(none.text).toBe('');
    expect(none.params).toEqual([]);
    expect(sql`SELECT 1${none}`.text).toBe('SELECT 1');
    expect(EMPTY.text).toBe('');
    const one = join([sql`a = ${1}`], sql` AND `);
    expect([one.text, one.params]).toEqual(['a = ?', [1]]);
  });
});

describe('running a query', () => {
  it('prepares one statement per connection and text, reused across values', () => {
    const db = memory();
    const byId = (id: string) => sql`SELECT id FROM posts WHERE id = ${id}`;
    run(db, sql`INSERT INTO posts (id, caption) VALUES (${'p1'}, ${'a'}), (${'p2'}, ${'b'})`);
    expect(get(db, byId('p1'))).toEqual({ id: 'p1' });
    expect(get(db, byId('p2'))).toEqual({ id: 'p2' });
    expect(get(db, byId('p3'))).toBeUndefined();
    expect(stmt(db, byId('p1').text)).toBe(stmt(db, byId('p2').text));
  });

  it('reports the rows a write changed', () => {
    const db = memory();
    run(db, sql`INSERT INTO posts (id, caption) VALUES (${'p1'}, ${'a'})`);
    expect(run(db, sql`UPDATE posts SET n = ${1} WHERE id = ${'p1'}`).changes).toBe(1);
    expect(run(db, sql`UPDATE posts SET n = ${1} WHERE id = ${'nope'}`).changes).toBe(0);
  });
});
