import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { backupDir } from '../../electron/db/backups.ts';
import { DatabaseTooNewError } from '../../electron/db/errors.ts';
import { readHeaderVersion } from '../../electron/db/header.ts';
import { schemaVersion } from '../../electron/db/migrate.ts';
import { LATEST_VERSION, MIGRATIONS } from '../../electron/db/migrations/index.ts';
import { closeDatabase, openDatabase } from '../../electron/db/open.ts';
import { DB_FILE } from '../../electron/db/paths.ts';
import type { Db } from '../../electron/db/types.ts';
import { LOCK_FILE } from '../../electron/services/data-file/data-lock.ts';
import { buildFixture, FIXTURES_DIR, fixtureName, NEWER_FIXTURE, NEWER_VERSION } from '../fixtures/build.ts';
import { LAYERS } from '../fixtures/expect/index.ts';
import { folderWithFixture } from '../fixtures/folder.ts';
import { SEEDS } from '../fixtures/seeds/index.ts';
import { ownTempDir, startTestCore } from '../support/hosts/fixture.ts';
import { dumpSchema, sha256File } from '../support/readers/db-dump.ts';

const VERSIONS = MIGRATIONS.map((m) => m.version);
const NOW = new Date('2026-11-26T09:00:00.000Z');
const MAKE = 'run `node test/fixtures/make-fixtures.ts` after adding the seed and checks of the new schema';

const fixtureFiles = () => readdirSync(FIXTURES_DIR).filter((n) => n.includes('.sqlite'));
// Taken before any test runs: the last test proves no test wrote to a committed fixture.
const committed = new Map(fixtureFiles().map((n) => [n, sha256File(join(FIXTURES_DIR, n))]));

/** The columns of every ordinary table (the search index rebuilds its own), as a schema has them. */
function tableColumns(db: Db): Record<string, string[]> {
  const tables = db
    .prepare(
      "SELECT name FROM pragma_table_list WHERE schema = 'main' AND type = 'table' AND name NOT LIKE 'sqlite_%'",
    )
    .pluck()
    .all() as string[];
  return Object.fromEntries(
    tables.map((t) => [t, db.prepare('SELECT name FROM pragma_table_info(?)').pluck().all(t) as string[]]),
  );
}

/** The given columns of every row, sorted: equal means every row and every value is still there. */
function rowsIn(db: Db, tables: Record<string, string[]>): Record<string, string[]> {
  return Object.fromEntries(
    Object.entries(tables).map(([table, columns]) => {
      const select = db.prepare(`SELECT ${columns.map((c) => `"${c}"`).join(', ')} FROM "${table}"`);
      return [table, (select.raw().all() as unknown[][]).map((r) => JSON.stringify(r)).sort()];
    }),
  );
}

function readFixture(path: string) {
  const db = new Database(path, { readonly: true });
  try {
    const columns = tableColumns(db);
    return { version: schemaVersion(db), schema: dumpSchema(db), columns, rows: rowsIn(db, columns) };
  } finally {
    db.close();
  }
}

describe('the migration ladder', () => {
  it('has a fixture, a seed and read-back checks for every released schema', () => {
    const ladder = fixtureFiles().filter((n) => /^schema-v\d+\.sqlite$/.test(n));
    expect(ladder.sort(), MAKE).toEqual(VERSIONS.map(fixtureName).sort());
    for (const version of VERSIONS)
      expect(readHeaderVersion(join(FIXTURES_DIR, fixtureName(version)))).toBe(version);
    expect(Object.keys(SEEDS).map(Number), MAKE).toEqual(VERSIONS);
    expect(
      LAYERS.map((l) => l.since),
      'add test/fixtures/expect/v<version>.ts for the new schema',
    ).toEqual(VERSIONS);
  });

  for (const version of VERSIONS) {
    const name = fixtureName(version);
    describe(name, () => {
      it('migrates to the latest schema after a backup of the file as it was, keeping every row', async () => {
        const dir = folderWithFixture(name);
        const before = readFixture(join(dir, DB_FILE));
        const opened = await openDatabase(dir, { now: () => NOW });
        try {
          expect(opened.migrated).toEqual(VERSIONS.filter((v) => v > version));
          expect(schemaVersion(opened.db)).toBe(LATEST_VERSION);
          expect(opened.db.pragma('integrity_check', { simple: true })).toBe('ok');
          expect(opened.db.pragma('foreign_key_check')).toEqual([]);
          // FTS5 compares its index with the posts it points at, and throws if they disagree.
          expect(() =>
            opened.db.exec("INSERT INTO posts_fts (posts_fts) VALUES ('integrity-check')"),
          ).not.toThrow();
          expect(rowsIn(opened.db, before.columns)).toEqual(before.rows);
        } finally {
          closeDatabase(opened.db);
        }
        if (version < LATEST_VERSION) {
          expect(opened.preMigrationBackup).toBe(
            join(backupDir(dir), `pre-migration-v${version}-20261126T090000Z.sqlite`),
          );
          const backup = readFixture(opened.preMigrationBackup ?? '');
          expect(backup.version).toBe(version);
          expect(backup.rows).toEqual(before.rows);
        } else {
          // Already at the latest schema: nothing to migrate, so nothing to back up first.
          expect(opened.preMigrationBackup).toBeNull();
        }
      });

      it('is still what make-fixtures.ts makes: no shipped migration or seed was edited', () => {
        const rebuilt = join(ownTempDir(), name);
        buildFixture(version, rebuilt);
        const fresh = readFixture(rebuilt);
        const kept = readFixture(join(folderWithFixture(name), DB_FILE));
        const why = 'a shipped migration or seed changed: add a new migration and seed instead';
        expect(fresh.version).toBe(kept.version);
        expect(fresh.schema, why).toEqual(kept.schema);
        expect(fresh.rows, why).toEqual(kept.rows);
      });

      for (const layer of LAYERS.filter((l) => l.since <= version))
        for (const check of layer.checks)
          it(check.title, async () => {
            const core = await startTestCore({ dataDir: folderWithFixture(name) });
            expect((await core.call('app.info', undefined)).schemaVersion).toBe(LATEST_VERSION);
            await check.run(core);
          });
    });
  }

  it('refuses a file from a newer Calepin, saying so, and leaves it byte for byte as it was', async () => {
    const dir = folderWithFixture(NEWER_FIXTURE);
    const path = join(dir, DB_FILE);
    const before = sha256File(path);

    const opening = openDatabase(dir, { now: () => NOW });
    await expect(opening).rejects.toBeInstanceOf(DatabaseTooNewError);
    await expect(opening).rejects.toMatchObject({ found: NEWER_VERSION, supported: LATEST_VERSION, path });
    await expect(opening).rejects.toThrow(/newer version of Calepin.*the file has not been changed/);
    await expect(startTestCore({ dataDir: dir })).rejects.toBeInstanceOf(DatabaseTooNewError);

    expect(sha256File(path)).toBe(before);
    // No -wal, no -shm, no backups folder, no lock left behind: only the file, as it came.
    // Nothing beside it but the lock every Calepin keeps in its folder (an OS lock needs a file).
    expect(readdirSync(dir).sort()).toEqual([LOCK_FILE, DB_FILE].sort());
  });

  it('leaves the committed fixtures untouched, with nothing beside them', () => {
    expect(fixtureFiles().sort()).toEqual([...committed.keys()].sort());
    for (const [name, hash] of committed) expect(sha256File(join(FIXTURES_DIR, name)), name).toBe(hash);
    expect(fixtureFiles().filter((n) => !n.endsWith('.sqlite'))).toEqual([]);
  });
});
