import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { sql } from '../../../../electron/db/sql.ts';
import { type UpdatableTable, updateById, updateSql } from '../../../../electron/db/update.ts';

interface NoteFields {
  title: string;
  body: string;
  pinned: number;
  dueAt: string | null;
  updatedAt: string;
}
const NOTES: UpdatableTable<NoteFields> = {
  name: sql`notes`,
  columns: {
    title: sql`title`,
    body: sql`body`,
    pinned: sql`pinned`,
    dueAt: sql`due_at`,
    updatedAt: sql`updated_at`,
  },
};

const open: Database.Database[] = [];
function memory() {
  const db = new Database(':memory:');
  open.push(db);
  db.exec(`CREATE TABLE notes (id TEXT PRIMARY KEY, title TEXT NOT NULL, body TEXT NOT NULL,
    pinned INTEGER NOT NULL, due_at TEXT, updated_at TEXT NOT NULL, secret TEXT NOT NULL DEFAULT 'kept')`);
  db.prepare(
    `INSERT INTO notes (id, title, body, pinned, due_at, updated_at) VALUES ('n1', 'T', 'B', 0, '2026-01-01', 'then')`,
  ).run();
  return db;
}
afterEach(() => {
  for (const db of open.splice(0)) db.close();
});
const row = (db: Database.Database) => db.prepare("SELECT * FROM notes WHERE id = 'n1'").get();

describe('updateSql: a partial update from a fixed column map', () => {
  it('sets only the fields present, in the column map order, the id last', () => {
    const q = updateSql(NOTES, 'n1', { updatedAt: 'now', title: 'New' });
    expect(q.text).toBe('UPDATE notes SET title = ?, updated_at = ? WHERE id = ?');
    expect(q.params).toEqual(['New', 'now', 'n1']);
  });

  it('leaves out undefined fields and writes null ones', () => {
    const q = updateSql(NOTES, 'n1', { title: undefined, dueAt: null, updatedAt: 'now' });
    expect(q.text).toBe('UPDATE notes SET due_at = ?, updated_at = ? WHERE id = ?');
    expect(q.params).toEqual([null, 'now', 'n1']);
  });

  it('binds values, even hostile ones, never splices them', () => {
    const q = updateSql(NOTES, "n1' OR '1'='1", { title: "'; DROP TABLE notes; --" });
    expect(q.text).toBe('UPDATE notes SET title = ? WHERE id = ?');
  });

  it('refuses a patch with nothing to set', () => {
    expect(() => updateSql(NOTES, 'n1', {})).toThrow(/nothing to set/);
    expect(() => updateSql(NOTES, 'n1', { title: undefined })).toThrow(/nothing to set/);
  });

  it('refuses a field the table does not list, by type and at run time', () => {
    // @ts-expect-error: `secret` is not an updatable field of notes.
    expect(() => updateSql(NOTES, 'n1', { title: 'x', secret: 'leak' })).toThrow(
      /"secret" is not an updatable field/,
    );
    // A patch reached through a wider type (parsed JSON, a cast) is still refused.
    const wide = JSON.parse('{"title":"x","id":"n2"}') as { title: string };
    expect(() => updateSql(NOTES, 'n1', wide)).toThrow(/"id" is not an updatable field/);
    // An inherited name is not a column either.
    expect(() => updateSql(NOTES, 'n1', JSON.parse('{"toString":"x"}'))).toThrow(/not an updatable field/);
  });

  it('refuses a value SQLite cannot bind', () => {
    expect(() => updateSql(NOTES, 'n1', { pinned: true as unknown as number })).toThrow(TypeError);
  });
});

describe('updateById', () => {
  it('changes the present columns only, and says how many rows it changed', () => {
    const db = memory();
    expect(updateById(db, NOTES, 'n1', { body: 'Nouveau', dueAt: null, updatedAt: 'now' })).toBe(1);
    expect(row(db)).toEqual({
      id: 'n1',
      title: 'T',
      body: 'Nouveau',
      pinned: 0,
      due_at: null,
      updated_at: 'now',
      secret: 'kept',
    });
    expect(updateById(db, NOTES, 'missing', { title: 'x' })).toBe(0);
  });

  it('writes nothing when refused', () => {
    const db = memory();
    const before = row(db);
    expect(() => updateById(db, NOTES, 'n1', JSON.parse('{"title":"x","secret":"y"}'))).toThrow();
    expect(row(db)).toEqual(before);
  });
});
