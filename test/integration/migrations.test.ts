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
import { channelInput, clientInput } from '../support/inputs.ts';

const addExtra: Migration = { version: 20, name: 'x', sql: 'ALTER TABLE clients ADD COLUMN extra TEXT' };
const broken: Migration = {
  version: 20,
  name: 'broken',
  sql: 'CREATE TABLE half_done (id TEXT); ALTER TABLE clients ADD COLUMN extra TEXT; ALTER TABL oops',
};

/** A folder at schema 10 with a client and a channel, written through the real dispatch. */
async function folderAtVersion10() {
  expect(MIGRATIONS.map((m) => m.version)).toEqual([10]);
  const core = await startTestCore();
  const client = await core.call('clients.create', clientInput({ notes: 'avant migration' }));
  await core.call('channels.create', channelInput(client.id));
  await core.close();
  // Read back after close: closing runs PRAGMA optimize, which may add sqlite_stat tables.
  const db = new Database(join(core.dataDir, DB_FILE), { readonly: true });
  const tables = dumpTables(db);
  const schema = dumpSchema(db);
  db.close();
  return { dir: core.dataDir, client, tables, schema };
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
    expect(opened.migrated).toEqual([10]);
    expect(opened.preMigrationBackup).toBeNull();
    closeDatabase(opened.db);
  });
});
