import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { checkMigrations, MigrationListError, migrate, schemaVersion } from '../../electron/db/migrate.ts';
import { init } from '../../electron/db/migrations/0010-init.ts';
import { calendar } from '../../electron/db/migrations/0020-calendar.ts';
import { MIGRATIONS } from '../../electron/db/migrations/index.ts';
import type { Migration } from '../../electron/db/migrations/types.ts';
import { closeDatabase, openDatabase } from '../../electron/db/open.ts';
import { DB_FILE } from '../../electron/db/paths.ts';
import type { Db } from '../../electron/db/types.ts';
import { fixtureName } from '../fixtures/build.ts';
import { folderWithFixture } from '../fixtures/folder.ts';
import { ownTempDir } from '../support/hosts/fixture.ts';
import { dumpSchema, dumpTables } from '../support/readers/db-dump.ts';

// How `migrate` checks the list it is given and runs a data transform written as a function.
// No real migration is invented here: the lists are made up for the test and passed in.

/** Everything a test could see changed in a data folder: its files, and the file's contents. */
function snapshot(dir: string) {
  const files = readdirSync(dir)
    .sort()
    .map((name) => [name, statSync(join(dir, name)).size]);
  const db = new Database(join(dir, DB_FILE), { readonly: true });
  try {
    return { files, version: schemaVersion(db), schema: dumpSchema(db), tables: dumpTables(db) };
  } finally {
    db.close();
  }
}

const step = (version: number, sql = 'SELECT 1'): Migration => ({ version, name: `step ${version}`, sql });

describe('checkMigrations', () => {
  it("accepts the app's own list, and gaps between versions", () => {
    expect(() => checkMigrations(MIGRATIONS)).not.toThrow();
    expect(() => checkMigrations([step(10), step(40), step(45)])).not.toThrow();
    expect(() => checkMigrations([])).not.toThrow();
  });

  it.each([
    ['out of order', [step(20), step(10)], /versions must strictly increase, and 10 comes after 20/],
    ['a version twice', [step(10), step(20), step(20)], /versions must strictly increase/],
    ['version 0', [step(0), step(10)], /whole number above 0/],
    ['a negative version', [step(-10)], /whole number above 0/],
    ['a fractional version', [step(10), step(15.5)], /whole number above 0/],
    [
      'neither sql nor up',
      [{ version: 10, name: 'empty' } as Migration],
      /either sql text or an up\(db\) function/,
    ],
    [
      'both sql and up',
      [{ version: 10, name: 'both', sql: 'SELECT 1', up: () => {} } as unknown as Migration],
      /either sql text or an up\(db\) function/,
    ],
  ] as const)('refuses %s with a developer error naming the step', (_, list, message) => {
    expect(() => checkMigrations(list)).toThrow(MigrationListError);
    expect(() => checkMigrations(list)).toThrow(message);
  });
});

describe('a bad list is refused before anything is touched', () => {
  it('leaves a version 10 file and its folder exactly as they were', async () => {
    const dir = folderWithFixture(fixtureName(10));
    const before = snapshot(dir);
    // Would have moved it to 20 (with a backup beside it) had the list been checked later.
    await expect(openDatabase(dir, { migrations: [calendar, init] })).rejects.toThrow(MigrationListError);
    expect(snapshot(dir)).toEqual(before);
  });

  it('creates no file in an empty folder', async () => {
    const dir = ownTempDir();
    await expect(openDatabase(dir, { migrations: [init, step(10)] })).rejects.toThrow(MigrationListError);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('is refused by migrate itself, the database untouched', () => {
    const db = new Database(':memory:');
    try {
      expect(() => migrate(db, [init, calendar, step(15, 'CREATE TABLE never (id TEXT)')])).toThrow(
        MigrationListError,
      );
      expect(schemaVersion(db)).toBe(0);
      expect(dumpSchema(db)).toEqual([]);
    } finally {
      db.close();
    }
  });
});

describe('a migration written as a function', () => {
  const LATEST = MIGRATIONS.at(-1)?.version ?? 0;

  /** A data transform after the real list: every client's notes get a line, and each call is counted. */
  function withTransform(calls: { n: number }, up: (db: Db) => void = () => {}): Migration[] {
    return [
      ...MIGRATIONS,
      {
        version: LATEST + 10,
        name: 'notes-signed',
        up: (db) => {
          calls.n += 1;
          db.prepare("UPDATE clients SET notes = notes || ' — relu'").run();
          up(db);
        },
      },
    ];
  }
  const notes = (db: Db) =>
    (db.prepare('SELECT notes FROM clients ORDER BY name').all() as { notes: string }[]).map((r) => r.notes);

  it('runs once, is recorded in user_version, and does not run again on the next open', async () => {
    const dir = folderWithFixture(fixtureName(LATEST));
    const calls = { n: 0 };
    const first = await openDatabase(dir, { migrations: withTransform(calls) });
    expect(first.migrated).toEqual([LATEST + 10]);
    expect(schemaVersion(first.db)).toBe(LATEST + 10);
    const signed = notes(first.db);
    expect(signed.length).toBeGreaterThan(0);
    for (const n of signed) expect(n).toMatch(/ — relu$/);
    closeDatabase(first.db);

    const again = await openDatabase(dir, { migrations: withTransform(calls) });
    expect(again.migrated).toEqual([]);
    expect(calls.n).toBe(1);
    expect(notes(again.db)).toEqual(signed);
    closeDatabase(again.db);
  });

  it('runs after the SQL steps before it, in the same transaction, on a new file', async () => {
    const calls = { n: 0 };
    const opened = await openDatabase(ownTempDir(), { migrations: withTransform(calls) });
    expect(opened.migrated).toEqual([...MIGRATIONS.map((m) => m.version), LATEST + 10]);
    expect(calls.n).toBe(1);
    closeDatabase(opened.db);
  });

  it('rolls back with the SQL steps of the same batch when it throws', async () => {
    const dir = folderWithFixture(fixtureName(10));
    const before = snapshot(dir);
    const failing = withTransform({ n: 0 }, () => {
      throw new Error('transform failed');
    });
    await expect(openDatabase(dir, { migrations: failing })).rejects.toThrow(/transform failed/);
    const after = snapshot(dir);
    expect(after.version).toBe(10);
    expect(after.schema).toEqual(before.schema);
    expect(after.tables).toEqual(before.tables);
  });

  it('is refused if asynchronous, its batch rolled back', () => {
    const db = new Database(':memory:');
    try {
      const later: Migration = {
        version: 20,
        name: 'async',
        up: (async () => {}) as unknown as (db: Db) => void,
      };
      expect(() => migrate(db, [init, later])).toThrow(/must be synchronous/);
      expect(schemaVersion(db)).toBe(0);
      expect(dumpSchema(db)).toEqual([]);
    } finally {
      db.close();
    }
  });
});
