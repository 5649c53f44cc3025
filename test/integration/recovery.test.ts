import { randomBytes } from 'node:crypto';
import {
  copyFileSync,
  cpSync,
  existsSync,
  readdirSync,
  readFileSync,
  renameSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { backupDir } from '../../electron/db/backups.ts';
import { DB_FILE } from '../../electron/db/paths.ts';
import { readOnlyFolder } from '../support/files/read-only-folder.ts';
import { smallDisk } from '../support/files/small-disk.ts';
import { ownTempDir, startTestCore, type TestCore } from '../support/hosts/fixture.ts';
import { sha256File } from '../support/readers/db-dump.ts';
import { seedCalendar } from '../support/seeds/calendar-seed.ts';
import { clientInput } from '../support/seeds/inputs.ts';
import { pngFile, sendFile, storedPath } from '../support/seeds/media-files.ts';

/** A folder with a workspace holding one client, a backup of it, and nothing open. */
async function folderWithBackup(name = 'Boulangerie Martin'): Promise<string> {
  const core = await startTestCore();
  await core.call('clients.create', clientInput({ name }));
  await core.call('backups.create', undefined);
  await core.close();
  return core.dataDir;
}

const names = async (core: TestCore) => (await core.call('clients.list', undefined)).map((c) => c.name);

describe('a data file that cannot be opened', () => {
  it('is moved aside, explained, and the latest backup brings the data back', async () => {
    const dir = await folderWithBackup();
    const garbage = randomBytes(20_000);
    writeFileSync(join(dir, DB_FILE), garbage);

    const core = await startTestCore({ dataDir: dir, recover: true });
    const info = await core.call('app.info', undefined);
    expect(info.problem).toMatchObject({ kind: 'damaged' });
    expect(info.schemaVersion).toBeNull();
    const movedTo = info.problem?.kind === 'damaged' ? info.problem.movedTo : '';
    expect(readFileSync(movedTo).equals(garbage)).toBe(true);
    // Nothing pretends to work meanwhile; the language and theme still do.
    expect(await core.dispatch('clients.list', undefined)).toMatchObject({
      ok: false,
      error: { code: 'unavailable' },
    });
    expect((await core.call('prefs.set', { language: 'fr' })).language).toBe('fr');

    const [latest] = (await core.call('backups.list', undefined)).items;
    const restored = await core.call('backups.restore', { name: latest?.name ?? '' });
    // There was no current data to keep: the damaged file is already aside.
    expect(restored.savedCurrentAs).toBeNull();
    expect(await names(core)).toEqual(['Boulangerie Martin']);
    expect((await core.call('app.info', undefined)).problem).toBeNull();
    expect(readFileSync(movedTo).equals(garbage)).toBe(true);
  });

  it('a truncated file is moved aside too, and the user may start empty instead', async () => {
    const dir = await folderWithBackup();
    const path = join(dir, DB_FILE);
    const whole = readFileSync(path);
    writeFileSync(path, whole.subarray(0, whole.length - 4096 * 3));

    const core = await startTestCore({ dataDir: dir, recover: true });
    expect(core.problem?.kind).toBe('damaged');
    await core.call('recovery.startEmpty', undefined);
    expect(await names(core)).toEqual([]);
    const aside = readdirSync(dir).filter((n) => /^calepin\.damaged-\d+\.sqlite$/.test(n));
    expect(aside).toHaveLength(1);
    expect(readFileSync(join(dir, aside[0] ?? '')).equals(whole.subarray(0, whole.length - 4096 * 3))).toBe(
      true,
    );
  });

  it('a file from a newer Calepin is explained and stays byte for byte untouched: no restore, no empty start', async () => {
    const dir = await folderWithBackup();
    const path = join(dir, DB_FILE);
    const future = new Database(path);
    future.pragma('user_version = 9990');
    future.close();
    const before = sha256File(path);

    const core = await startTestCore({ dataDir: dir, recover: true });
    expect(core.problem).toMatchObject({ kind: 'tooNew', found: 9990 });
    const [latest] = (await core.call('backups.list', undefined)).items;
    expect(await core.dispatch('backups.restore', { name: latest?.name ?? '' })).toMatchObject({
      ok: false,
      error: { code: 'conflict' },
    });
    expect(await core.dispatch('recovery.startEmpty', undefined)).toMatchObject({
      ok: false,
      error: { code: 'conflict' },
    });
    expect(sha256File(path)).toBe(before);
  });

  it('a journal whose data file is gone is moved aside, never replayed into a new file', async () => {
    const source = ownTempDir();
    const live = new Database(join(source, 'other.sqlite'));
    live.pragma('journal_mode = WAL');
    live.exec("CREATE TABLE clients (name TEXT); INSERT INTO clients VALUES ('Pas à nous');");
    const dir = ownTempDir();
    // Copied while the other database is open: its journal holds committed pages.
    copyFileSync(join(source, 'other.sqlite-wal'), join(dir, `${DB_FILE}-wal`));
    live.close();
    const wal = readFileSync(join(dir, `${DB_FILE}-wal`));

    const core = await startTestCore({ dataDir: dir, recover: true });
    expect(core.problem?.kind).toBe('orphanWal');
    const movedTo = core.problem?.kind === 'orphanWal' ? core.problem.movedTo : '';
    expect(readFileSync(`${movedTo}-wal`).equals(wal)).toBe(true);
    await core.call('recovery.startEmpty', undefined);
    expect(await names(core)).toEqual([]);
  });

  it('a data file copied without its journal opens with what had reached it', async () => {
    const first = await startTestCore();
    await first.call('clients.create', clientInput({ name: 'Écrite dans le fichier' }));
    first.ctx.db.pragma('wal_checkpoint(TRUNCATE)');
    await first.call('clients.create', clientInput({ name: 'Encore dans le journal' }));
    const dir = ownTempDir();
    copyFileSync(join(first.dataDir, DB_FILE), join(dir, DB_FILE));
    await first.close();

    const core = await startTestCore({ dataDir: dir, recover: true });
    expect(core.problem).toBeNull();
    expect(await names(core)).toEqual(['Écrite dans le fichier']);
    expect(core.ctx.db.pragma('integrity_check', { simple: true })).toBe('ok');
  });

  it('a read-only folder is explained, nothing is moved, and trying again works once it can be written', async () => {
    const seeded = await folderWithBackup('Sur la clé USB');
    const dir = join(ownTempDir(), 'usb');
    const folder = readOnlyFolder(dir, (target) => {
      for (const name of [DB_FILE, 'backups'])
        cpSync(join(seeded, name), join(target, name), { recursive: true });
    });
    try {
      const before = sha256File(join(dir, DB_FILE));
      const core = await startTestCore({ dataDir: dir, recover: true });
      expect(core.problem).toMatchObject({ kind: 'unwritable', path: dir });
      expect(sha256File(join(dir, DB_FILE))).toBe(before);
      expect(readdirSync(dir).filter((n) => n.startsWith('calepin.damaged'))).toEqual([]);

      folder.makeWritable();
      const info = await core.call('recovery.retry', undefined);
      expect(info.problem).toBeNull();
      expect(await names(core)).toEqual(['Sur la clé USB']);
      await core.close();
    } finally {
      folder.release();
    }
  });

  it('another Calepin on the same folder is named, and trying again works once it is closed', async () => {
    const first = await startTestCore();
    const second = await startTestCore({ dataDir: first.dataDir, recover: true });
    expect(second.problem).toMatchObject({ kind: 'inUse', pid: process.pid });
    await first.close();
    expect((await second.call('recovery.retry', undefined)).problem).toBeNull();
  });
});

describe('a disk that fills up while the user works', () => {
  it('refuses the edit with a clear error, keeps everything saved before, and works again once there is room', async () => {
    const core = await startTestCore();
    await core.startupBackup;
    await core.call('clients.create', clientInput({ name: 'Déjà enregistrée' }));
    const db = core.ctx.db;
    // SQLite's own limit stands in for the disk: the write fails exactly as on a full disk (SQLITE_FULL).
    const pages = db.pragma('page_count', { simple: true }) as number;
    db.pragma(`max_page_count = ${pages}`);
    const long = 'x'.repeat(4000);
    let refused: unknown = null;
    for (let i = 0; i < 50 && !refused; i++) {
      const envelope = await core.dispatch(
        'clients.create',
        clientInput({ name: `Client ${i}`, notes: long }),
      );
      if (!envelope.ok) refused = envelope.error;
    }
    expect(refused).toMatchObject({ code: 'disk_full' });
    const saved = await names(core);
    expect(saved[0]).toBe('Déjà enregistrée');

    db.pragma('max_page_count = 1073741823');
    await core.call('clients.create', clientInput({ name: 'Après avoir fait de la place' }));
    expect(await names(core)).toContain('Après avoir fait de la place');
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
  });
});

describe('what a crash or a full disk in the middle of a restore leaves', () => {
  it('a crash after the current file stepped aside and before the new one got in: the next start puts it back', async () => {
    const dir = await folderWithBackup('Avant la restauration');
    renameSync(join(dir, DB_FILE), join(dir, `${DB_FILE}.replaced`));
    writeFileSync(join(dir, `${DB_FILE}.incoming`), 'à moitié copié');
    const core = await startTestCore({ dataDir: dir });
    expect(await names(core)).toEqual(['Avant la restauration']);
    expect(readdirSync(dir).filter((n) => n.endsWith('.replaced') || n.endsWith('.incoming'))).toEqual([]);
  });

  it('a crash after the current file became its safety backup and before the new one got in: the next start finishes the swap', async () => {
    const dir = await folderWithBackup('Remplacée');
    const incoming = await folderWithBackup('Restaurée');
    renameSync(join(dir, DB_FILE), join(backupDir(dir), 'before-restore-20261126T100000Z.sqlite'));
    // `.incoming` only ever names a whole, checked file.
    copyFileSync(join(incoming, DB_FILE), join(dir, `${DB_FILE}.incoming`));
    const core = await startTestCore({ dataDir: dir });
    expect(await names(core)).toEqual(['Restaurée']);
    expect(readdirSync(dir).filter((n) => n.endsWith('.incoming'))).toEqual([]);
    const safety = (await core.call('backups.list', undefined)).items.find((b) => b.kind === 'beforeRestore');
    await core.call('backups.restore', { name: safety?.name ?? '' });
    expect(await names(core)).toEqual(['Remplacée']);
  });

  it('a copy of a backup cut short before it was checked goes at the next start, and the data stays', async () => {
    const dir = await folderWithBackup('Toujours là');
    writeFileSync(join(dir, `${DB_FILE}.staged`), 'à moitié copié');
    const core = await startTestCore({ dataDir: dir });
    expect(await names(core)).toEqual(['Toujours là']);
    expect(readdirSync(dir).filter((n) => n.endsWith('.staged'))).toEqual([]);
  });

  it('a crash after the new file got in: it stays, and the leftover of the old one goes', async () => {
    const dir = await folderWithBackup('Restaurée');
    writeFileSync(join(dir, `${DB_FILE}.replaced`), 'ancienne version');
    const core = await startTestCore({ dataDir: dir });
    expect(await names(core)).toEqual(['Restaurée']);
    expect(readdirSync(dir).filter((n) => n.endsWith('.replaced'))).toEqual([]);
  });

  it('a backup cut short is never listed, and its part is cleared at the next start', async () => {
    const dir = await folderWithBackup();
    writeFileSync(join(backupDir(dir), 'calepin-20261126T100000Z.sqlite.part'), randomBytes(5000));
    const core = await startTestCore({ dataDir: dir });
    await core.startupBackup;
    const listed = (await core.call('backups.list', undefined)).items.map((b) => b.name);
    expect(listed.some((n) => n.includes('part'))).toBe(false);
    expect(readdirSync(backupDir(dir)).filter((n) => n.includes('.part'))).toEqual([]);
  });

  it('trying again after a damaged file does not quietly start empty: that is the user’s choice', async () => {
    const dir = await folderWithBackup();
    writeFileSync(join(dir, DB_FILE), randomBytes(9000));
    const core = await startTestCore({ dataDir: dir, recover: true });
    expect(await core.dispatch('recovery.retry', undefined)).toMatchObject({
      ok: false,
      error: { code: 'conflict' },
    });
    expect(core.problem?.kind).toBe('damaged');
    expect(readdirSync(dir)).not.toContain(DB_FILE);
  });

  it('the pictures of a damaged file stay on disk after an empty start, for a repair by hand', async () => {
    const first = await startTestCore();
    const seed = await seedCalendar(first);
    const post = await seed.create();
    const picture = await sendFile(first, post.id, pngFile(12, 12, 7));
    await first.close();
    writeFileSync(join(first.dataDir, DB_FILE), randomBytes(9000));
    const core = await startTestCore({ dataDir: first.dataDir, recover: true });
    await core.call('recovery.startEmpty', undefined);
    expect(existsSync(storedPath(core.dataDir, picture.sha256))).toBe(true);
  });

  it('a restore on a full disk says the disk is full and keeps the data in use', async () => {
    const dir = join(ownTempDir(), 'disk');
    const disk = smallDisk(dir, 4);
    try {
      const core = await startTestCore({ dataDir: dir });
      await core.call('clients.create', clientInput({ name: 'En cours' }));
      const backup = await core.call('backups.create', undefined);
      await core.startupBackup;
      disk.fill();
      expect(await core.dispatch('backups.restore', { name: backup.name })).toMatchObject({
        ok: false,
        error: { code: 'disk_full' },
      });
      disk.free();
      expect(await names(core)).toEqual(['En cours']);
      await core.close();
    } finally {
      disk.release();
    }
  });
});
