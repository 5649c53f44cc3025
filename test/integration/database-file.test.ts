import { randomBytes } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { DatabaseDamagedError, DatabaseTooNewError } from '../../electron/db/errors.ts';
import { LATEST_VERSION } from '../../electron/db/migrations/index.ts';
import { closeDatabase, openDatabase } from '../../electron/db/open.ts';
import { DB_FILE } from '../../electron/db/paths.ts';
import { LOCK_FILE } from '../../electron/services/data-file/data-lock.ts';
import { ownTempDir, startTestCore } from '../support/hosts/fixture.ts';
import { sha256File } from '../support/readers/db-dump.ts';
import { channelInput, clientInput } from '../support/seeds/inputs.ts';

describe('the database file', () => {
  it('is created at the latest version with WAL, synchronous FULL and foreign keys', async () => {
    const core = await startTestCore();
    const db = core.ctx.db;
    expect(existsSync(join(core.dataDir, DB_FILE))).toBe(true);
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST_VERSION);
    expect(LATEST_VERSION).toBeGreaterThan(0);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('synchronous', { simple: true })).toBe(2);
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    const info = await core.call('app.info', undefined);
    expect(info).toMatchObject({
      dataDir: core.dataDir,
      dbPath: join(core.dataDir, DB_FILE),
      schemaVersion: LATEST_VERSION,
      host: 'web',
    });
  });

  it('keeps the data across a close and a reopen', async () => {
    const first = await startTestCore();
    const client = await first.call('clients.create', clientInput({ notes: 'Ouvert le dimanche' }));
    const channel = await first.call('channels.create', channelInput(client.id));
    await first.close();

    const again = await startTestCore({ dataDir: first.dataDir });
    expect(await again.call('clients.list', undefined)).toEqual([{ ...client, channelCount: 1 }]);
    expect(await again.call('channels.list', { clientId: client.id })).toEqual([channel]);
  });

  it('refuses a file from a newer Calepin and leaves it byte for byte untouched', async () => {
    const dir = ownTempDir();
    const path = join(dir, DB_FILE);
    const future = new Database(path);
    future.exec("CREATE TABLE future_things (id TEXT PRIMARY KEY); INSERT INTO future_things VALUES ('a');");
    future.pragma('user_version = 9999');
    future.close();
    const before = sha256File(path);
    const filesBefore = readdirSync(dir).sort();

    const opening = openDatabase(dir);
    await expect(opening).rejects.toBeInstanceOf(DatabaseTooNewError);
    await expect(opening).rejects.toMatchObject({ found: 9999, supported: LATEST_VERSION, path });
    await expect(startTestCore({ dataDir: dir })).rejects.toBeInstanceOf(DatabaseTooNewError);

    expect(sha256File(path)).toBe(before);
    expect(existsSync(`${path}-wal`)).toBe(false);
    expect(existsSync(`${path}-shm`)).toBe(false);
    // No backup, no moved-aside copy: the folder is as the newer version left it, but for the
    // lock every Calepin keeps there (an operating-system lock needs a file to hold).
    expect(
      readdirSync(dir)
        .filter((name) => name !== LOCK_FILE)
        .sort(),
    ).toEqual(filesBefore);
  });

  it('moves a file that is not SQLite aside and never overwrites it', async () => {
    const dir = ownTempDir();
    const path = join(dir, DB_FILE);
    const garbage = randomBytes(8192);
    writeFileSync(path, garbage);

    const opening = openDatabase(dir, { now: () => new Date('2026-11-26T10:00:00Z') });
    await expect(opening).rejects.toBeInstanceOf(DatabaseDamagedError);
    const error = (await opening.catch((e: unknown) => e)) as DatabaseDamagedError;
    expect(error.movedTo).not.toBe(path);
    expect(readFileSync(error.movedTo).equals(garbage)).toBe(true);
    expect(existsSync(path)).toBe(false);

    // The next start makes a fresh, empty file; the damaged one is still there, unchanged.
    const core = await startTestCore({ dataDir: dir });
    expect(await core.call('clients.list', undefined)).toEqual([]);
    expect(readFileSync(error.movedTo).equals(garbage)).toBe(true);
  });

  it('names the latest backup when a damaged file is moved aside', async () => {
    const core = await startTestCore();
    await core.call('clients.create', clientInput());
    await core.close();
    const path = join(core.dataDir, DB_FILE);
    for (const suffix of ['-wal', '-shm']) expect(existsSync(path + suffix)).toBe(false);
    writeFileSync(path, Buffer.from('SQLite format 3\u0000 but then nothing of the sort, truncated'));

    const error = (await openDatabase(core.dataDir).catch((e: unknown) => e)) as DatabaseDamagedError;
    expect(error).toBeInstanceOf(DatabaseDamagedError);
    expect(error.latestBackup).toMatch(/backups[/\\]calepin-\d{8}T\d{6}Z\.sqlite$/);
    const backup = new Database(error.latestBackup ?? '', { readonly: true });
    expect(backup.prepare('SELECT name FROM clients').pluck().all()).toEqual(['Boulangerie Martin']);
    backup.close();
  });

  it('opens an empty file as a new database', async () => {
    const dir = ownTempDir();
    writeFileSync(join(dir, DB_FILE), '');
    const { db } = await openDatabase(dir);
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST_VERSION);
    closeDatabase(db);
  });
});
