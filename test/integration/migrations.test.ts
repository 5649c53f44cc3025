import { existsSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { init } from '../../electron/db/migrations/0010-init.ts';
import { MIGRATIONS } from '../../electron/db/migrations/index.ts';
import type { Migration } from '../../electron/db/migrations/types.ts';
import { closeDatabase, openDatabase } from '../../electron/db/open.ts';
import { DB_FILE } from '../../electron/db/paths.ts';
import { fixtureName } from '../fixtures/build.ts';
import { folderWithFixture } from '../fixtures/folder.ts';
import { V10, V20 } from '../fixtures/ids.ts';
import { ownTempDir, startTestCore } from '../support/hosts/fixture.ts';
import { dumpSchema, dumpTables } from '../support/readers/db-dump.ts';
import { postInput } from '../support/seeds/inputs.ts';

// What every released schema does to the data users already have is the ladder's job
// (migration-ladder.test.ts, over the committed fixtures); here, how migrating behaves.

const broken: Migration = {
  version: 20,
  name: 'broken',
  sql: 'CREATE TABLE half_done (id TEXT); ALTER TABLE clients ADD COLUMN extra TEXT; ALTER TABL oops',
};

function readBack(dir: string) {
  const db = new Database(join(dir, DB_FILE), { readonly: true });
  try {
    return {
      version: db.pragma('user_version', { simple: true }),
      schema: dumpSchema(db),
      tables: dumpTables(db),
    };
  } finally {
    db.close();
  }
}

describe('migrations', () => {
  it('lists migrations in strictly increasing order', () => {
    const versions = MIGRATIONS.map((m) => m.version);
    expect(versions).toEqual([...versions].sort((a, b) => a - b));
    expect(new Set(versions).size).toBe(versions.length);
  });

  it('rolls a failing migration back completely', async () => {
    const dir = folderWithFixture(fixtureName(10));
    const before = readBack(dir);
    await expect(openDatabase(dir, { migrations: [init, broken] })).rejects.toThrow(/syntax error/);

    expect(readBack(dir)).toEqual(before);
    expect(before.version).toBe(10);
    // And the app still opens it with the migrations it knows.
    const core = await startTestCore({ dataDir: dir });
    expect((await core.call('clients.list', undefined)).map((c) => c.name)).toEqual([
      'Boulangerie Martin',
      'Café Ébène',
    ]);
  });

  it('lets go of the file when a migration fails', async () => {
    const dir = folderWithFixture(fixtureName(10));
    await expect(openDatabase(dir, { migrations: [init, broken] })).rejects.toThrow(/syntax error/);
    // An open connection keeps a -wal file (and, on Windows, a lock the user cannot move past).
    expect(existsSync(join(dir, `${DB_FILE}-wal`))).toBe(false);
  });

  it('takes no pre-migration backup for a brand new file', async () => {
    const dir = ownTempDir();
    const opened = await openDatabase(dir);
    expect(opened.migrated).toEqual(MIGRATIONS.map((m) => m.version));
    expect(opened.preMigrationBackup).toBeNull();
    closeDatabase(opened.db);
  });

  it('lets a version 10 channel take pillars, posts and searches, and migrates only once', async () => {
    const dir = folderWithFixture(fixtureName(10));
    const core = await startTestCore({ dataDir: dir });
    const pillar = await core.call('pillars.create', {
      clientId: V10.martin,
      name: 'Recettes',
      color: '#29A36A',
    });
    await core.call('posts.create', postInput(V10.martin, V10.martinInstagram, { pillarId: pillar.id }));
    const found = await core.call('posts.list', { clientId: V10.martin, search: 'croissant' });
    expect(found.map((p) => [p.channelId, p.pillarId])).toEqual([[V10.martinInstagram, pillar.id]]);
    await core.close();

    const again = await openDatabase(dir);
    expect(again.migrated).toEqual([]);
    expect(again.preMigrationBackup).toBeNull();
    closeDatabase(again.db);
  });

  it('lets version 20 posts take segments and numbers once version 30 lands', async () => {
    const core = await startTestCore({ dataDir: folderWithFixture(fixtureName(20)) });
    expect(await core.call('segments.list', { clientId: V10.martin })).toEqual([]);
    const segment = await core.call('segments.create', { clientId: V10.martin, name: 'Familles' });
    await core.call('posts.update', { id: V20.fournil, segmentIds: [segment.id] });
    expect(
      (await core.call('posts.list', { clientId: V10.martin, segmentIds: [segment.id] })).map((p) => p.id),
    ).toEqual([V20.fournil]);

    await core.call('metrics.save', {
      on: '2026-03-03',
      cells: [{ postId: V20.brioche, metric: 'spend', value: 1800 }],
    });
    const grid = await core.call('metrics.grid', {
      clientId: V10.martin,
      from: '2026-03-01',
      to: '2026-04-01',
    });
    expect(grid.map((r) => [r.postId, r.date, r.time, r.values.spend, r.takenOn])).toEqual([
      [V20.brioche, '2026-03-02', '09:30', 1800, '2026-03-03'],
    ]);
  });
});
