import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { backupDir } from '../../electron/db/backups.ts';
import { init } from '../../electron/db/migrations/0010-init.ts';
import { MIGRATIONS } from '../../electron/db/migrations/index.ts';
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

  it('brings a version 10 folder to the calendar schema (20), keeping its rows, budgets in euros', async () => {
    const { dir, tables } = await folderAtVersion10();
    const core = await startTestCore({ dataDir: dir });
    expect((await core.call('app.info', undefined)).schemaVersion).toBe(20);
    expect(preMigrationBackups(dir)).toHaveLength(1);

    const migrated = dumpTables(core.ctx.db);
    expect(migrated.clients).toEqual(tables.clients?.map((row) => ({ ...(row as object), currency: 'EUR' })));
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
