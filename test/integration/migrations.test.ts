import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { backupDir } from '../../electron/db/backups.ts';
import { init } from '../../electron/db/migrations/0010-init.ts';
import { LATEST_VERSION, MIGRATIONS } from '../../electron/db/migrations/index.ts';
import type { Migration } from '../../electron/db/migrations/types.ts';
import { closeDatabase, openDatabase } from '../../electron/db/open.ts';
import { DB_FILE } from '../../electron/db/paths.ts';
import { dumpSchema, dumpTables } from '../support/db-dump.ts';
import { ownTempDir, startTestCore } from '../support/fixture.ts';
import { postInput } from '../support/inputs.ts';

const addExtra: Migration = { version: 20, name: 'x', sql: 'ALTER TABLE clients ADD COLUMN extra TEXT' };
const broken: Migration = {
  version: 20,
  name: 'broken',
  sql: 'CREATE TABLE half_done (id TEXT); ALTER TABLE clients ADD COLUMN extra TEXT; ALTER TABL oops',
};

const CLIENT_ID = '0190f5a2-7c3e-7000-8000-0000000000c1';
const CHANNEL_ID = '0190f5a2-7c3e-7000-8000-0000000000c2';
const WRITTEN_AT = '2026-01-15T10:00:00.000Z';

/**
 * A folder as version 10 of the app left it, with a client and a channel. The rows are written
 * the way that version's repositories wrote them: today's code would write today's columns.
 */
async function folderAtVersion10() {
  const dir = ownTempDir();
  const opened = await openDatabase(dir, { migrations: [init] });
  opened.db
    .prepare(
      `INSERT INTO clients (id, name, color, time_zone, notes, created_at, updated_at)
       VALUES (?, 'Boulangerie Martin', '#E4572E', 'Europe/Paris', 'avant migration', ?, ?)`,
    )
    .run(CLIENT_ID, WRITTEN_AT, WRITTEN_AT);
  opened.db
    .prepare(
      `INSERT INTO channels (id, client_id, network, kind, handle, url, created_at, updated_at)
       VALUES (?, ?, 'instagram', 'feed', '@boulangerie.martin', 'https://www.instagram.com/boulangerie.martin', ?, ?)`,
    )
    .run(CHANNEL_ID, CLIENT_ID, WRITTEN_AT, WRITTEN_AT);
  closeDatabase(opened.db);
  // Read back after close: closing runs PRAGMA optimize, which may add sqlite_stat tables.
  const db = new Database(join(dir, DB_FILE), { readonly: true });
  expect(db.pragma('user_version', { simple: true })).toBe(10);
  const tables = dumpTables(db);
  const schema = dumpSchema(db);
  db.close();
  return { dir, client: { id: CLIENT_ID, name: 'Boulangerie Martin' }, tables, schema };
}

const PILLAR_ID = '0190f5a2-7c3e-7000-8000-0000000000c3';
const PUBLISHED_ID = '0190f5a2-7c3e-7000-8000-0000000000d1';
const DRAFT_ID = '0190f5a2-7c3e-7000-8000-0000000000d2';

/** A folder as version 20 (the calendar) left it: a client billing in francs, its channel, a pillar and two posts. */
async function folderAtVersion20() {
  const dir = ownTempDir();
  const opened = await openDatabase(dir, { migrations: MIGRATIONS.slice(0, 2) });
  const db = opened.db;
  db.prepare(
    `INSERT INTO clients (id, name, color, time_zone, currency, notes, created_at, updated_at)
     VALUES (?, 'Boulangerie Martin', '#E4572E', 'Europe/Zurich', 'CHF', 'avant les KPI', ?, ?)`,
  ).run(CLIENT_ID, WRITTEN_AT, WRITTEN_AT);
  db.prepare(
    `INSERT INTO channels (id, client_id, network, kind, handle, url, created_at, updated_at)
     VALUES (?, ?, 'instagram', 'feed', '@boulangerie.martin', '', ?, ?)`,
  ).run(CHANNEL_ID, CLIENT_ID, WRITTEN_AT, WRITTEN_AT);
  db.prepare(
    `INSERT INTO pillars (id, client_id, name, color, created_at, updated_at)
     VALUES (?, ?, 'Recettes', '#29A36A', ?, ?)`,
  ).run(PILLAR_ID, CLIENT_ID, WRITTEN_AT, WRITTEN_AT);
  const post = db.prepare(
    `INSERT INTO posts (id, client_id, channel_id, planned_at, time_zone, status, published_at, format, caption,
       pillar_id, paid, budget_cents, created_at, updated_at)
     VALUES (@id, ?, ?, @plannedAt, 'Europe/Zurich', @status, @publishedAt, 'image', @caption, ?, @paid, @budget, ?, ?)`,
  );
  const rest = [CLIENT_ID, CHANNEL_ID, PILLAR_ID, WRITTEN_AT, WRITTEN_AT];
  post.run(
    {
      id: PUBLISHED_ID,
      plannedAt: '2026-01-12T09:00:00.000Z',
      status: 'published',
      publishedAt: '2026-01-12T09:00:00.000Z',
      caption: 'Galette des rois',
      paid: 1,
      budget: 2500,
    },
    ...rest,
  );
  post.run(
    {
      id: DRAFT_ID,
      plannedAt: '2026-01-20T16:30:00.000Z',
      status: 'draft',
      publishedAt: null,
      caption: 'Chandeleur',
      paid: 0,
      budget: null,
    },
    ...rest,
  );
  closeDatabase(db);
  const readBack = new Database(join(dir, DB_FILE), { readonly: true });
  expect(readBack.pragma('user_version', { simple: true })).toBe(20);
  const tables = dumpTables(readBack);
  readBack.close();
  return { dir, tables };
}

const preMigrationBackups = (dir: string) =>
  readdirSync(backupDir(dir)).filter((n) => n.startsWith('pre-migration-v10-'));

describe('migrations', () => {
  it('lists migrations in strictly increasing order', () => {
    const versions = MIGRATIONS.map((m) => m.version);
    expect(versions).toEqual([...versions].sort((a, b) => a - b));
    expect(new Set(versions).size).toBe(versions.length);
  });

  it('keeps the data written at version 10 when version 20 lands, after a backup', async () => {
    const { dir, client, tables } = await folderAtVersion10();
    const opened = await openDatabase(dir, { migrations: [init, addExtra] });
    try {
      expect(opened.migrated).toEqual([20]);
      expect(opened.db.pragma('user_version', { simple: true })).toBe(20);
      const row = opened.db.prepare('SELECT name, notes, extra FROM clients WHERE id = ?').get(client.id);
      expect(row).toEqual({ name: client.name, notes: 'avant migration', extra: null });
      expect(dumpTables(opened.db).channels).toEqual(tables.channels);
    } finally {
      closeDatabase(opened.db);
    }

    const backups = preMigrationBackups(dir);
    expect(backups).toHaveLength(1);
    expect(opened.preMigrationBackup).toBe(join(backupDir(dir), backups[0] ?? ''));
    // The backup is the database as it was before migrating.
    const backup = new Database(opened.preMigrationBackup ?? '', { readonly: true });
    expect(backup.pragma('user_version', { simple: true })).toBe(10);
    expect(dumpTables(backup)).toEqual(tables);
    backup.close();
  });

  it('rolls a failing migration back completely', async () => {
    const { dir, tables, schema } = await folderAtVersion10();
    await expect(openDatabase(dir, { migrations: [init, broken] })).rejects.toThrow(/syntax error/);

    const db = new Database(join(dir, DB_FILE), { readonly: true });
    expect(db.pragma('user_version', { simple: true })).toBe(10);
    expect(dumpSchema(db)).toEqual(schema);
    expect(dumpTables(db)).toEqual(tables);
    db.close();
    // And the app still opens it with the migrations it knows.
    const core = await startTestCore({ dataDir: dir });
    expect((await core.call('clients.list', undefined)).map((c) => c.notes)).toEqual(['avant migration']);
  });

  it('lets go of the file when a migration fails', async () => {
    const { dir } = await folderAtVersion10();
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

  it('brings a version 20 folder to version 30, keeping every row, with no segments and ER by reach', async () => {
    const { dir, tables } = await folderAtVersion20();
    const opened = await openDatabase(dir, { migrations: MIGRATIONS.slice(0, 3) });
    try {
      expect(opened.migrated).toEqual([30]);
      expect(opened.db.pragma('user_version', { simple: true })).toBe(30);
      expect(readdirSync(backupDir(dir)).filter((n) => n.startsWith('pre-migration-v20-'))).toHaveLength(1);
      const migrated = dumpTables(opened.db);
      // Every table version 20 had keeps its rows; clients gain their engagement basis, 'reach'.
      for (const [name, rows] of Object.entries(tables)) {
        if (name === 'clients') continue;
        expect(migrated[name], name).toEqual(rows);
      }
      expect(migrated.clients).toEqual(
        tables.clients?.map((row) => ({ ...(row as object), engagement_basis: 'reach' })),
      );
      expect(tables.posts).toHaveLength(2);
      for (const table of ['segments', 'post_segments', 'post_metrics', 'follower_counts', 'objectives'])
        expect(migrated[table], table).toEqual([]);
    } finally {
      closeDatabase(opened.db);
    }

    // The app reads the old rows the new way, and the old posts take targets and numbers.
    const core = await startTestCore({ dataDir: dir });
    expect(await core.call('clients.get', { id: CLIENT_ID })).toMatchObject({
      currency: 'CHF',
      engagementBasis: 'reach',
      notes: 'avant les KPI',
    });
    expect(await core.call('segments.list', { clientId: CLIENT_ID })).toEqual([]);
    const posts = await core.call('posts.list', { clientId: CLIENT_ID });
    expect(posts.map((p) => [p.id, p.pillarId, p.budgetCents, p.segmentIds])).toEqual([
      [PUBLISHED_ID, PILLAR_ID, 2500, []],
      [DRAFT_ID, PILLAR_ID, null, []],
    ]);
    const segment = await core.call('segments.create', { clientId: CLIENT_ID, name: 'Familles' });
    await core.call('posts.update', { id: DRAFT_ID, segmentIds: [segment.id] });
    await core.call('metrics.save', {
      on: '2026-01-13',
      cells: [{ postId: PUBLISHED_ID, metric: 'spend', value: 1800 }],
    });
    const grid = await core.call('metrics.grid', {
      clientId: CLIENT_ID,
      from: '2026-01-12',
      to: '2026-01-19',
    });
    expect(grid.map((r) => [r.postId, r.date, r.time, r.values.spend])).toEqual([
      [PUBLISHED_ID, '2026-01-12', '10:00', 1800],
    ]);
    expect(
      (await core.call('posts.list', { clientId: CLIENT_ID, segmentIds: [segment.id] })).map((p) => p.id),
    ).toEqual([DRAFT_ID]);
  });

  it('brings a version 10 folder to the latest schema, keeping its rows, budgets in euros', async () => {
    const { dir, tables } = await folderAtVersion10();
    const core = await startTestCore({ dataDir: dir });
    expect((await core.call('app.info', undefined)).schemaVersion).toBe(LATEST_VERSION);
    expect(preMigrationBackups(dir)).toHaveLength(1);

    const migrated = dumpTables(core.ctx.db);
    expect(migrated.clients).toEqual(
      tables.clients?.map((row) => ({ ...(row as object), currency: 'EUR', engagement_basis: 'reach' })),
    );
    expect(migrated.channels).toEqual(tables.channels);
    expect(await core.call('clients.get', { id: CLIENT_ID })).toMatchObject({
      name: 'Boulangerie Martin',
      notes: 'avant migration',
      timeZone: 'Europe/Paris',
      currency: 'EUR',
      channelCount: 1,
      createdAt: WRITTEN_AT,
    });
    // The old channel takes posts, pillars and searches at once.
    const pillar = await core.call('pillars.create', {
      clientId: CLIENT_ID,
      name: 'Recettes',
      color: '#29A36A',
    });
    await core.call('posts.create', postInput(CLIENT_ID, CHANNEL_ID, { pillarId: pillar.id }));
    const found = await core.call('posts.list', { clientId: CLIENT_ID, search: 'croissant' });
    expect(found.map((p) => [p.channelId, p.pillarId])).toEqual([[CHANNEL_ID, pillar.id]]);
    await core.close();

    // Opened again, there is nothing left to migrate.
    const again = await openDatabase(dir);
    expect(again.migrated).toEqual([]);
    expect(again.db.prepare('SELECT currency FROM clients').pluck().all()).toEqual(['EUR']);
    closeDatabase(again.db);
  });
});
