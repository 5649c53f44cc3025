import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { BACKUPS_KEPT, backupDir, listRotatingBackups, restoreBackup } from '../../electron/db/backups.ts';
import { DB_FILE } from '../../electron/db/paths.ts';
import { testClock } from '../support/clock.ts';
import { startTestCore } from '../support/fixture.ts';
import { clientInput } from '../support/inputs.ts';
import { makeTempDir, removeDir } from '../support/temp-dir.ts';

const rotating = (dir: string) =>
  readdirSync(backupDir(dir))
    .filter((n) => /^calepin-.*\.sqlite$/.test(n))
    .sort();

describe('rotating backups', () => {
  it('takes a backup at every start, a valid SQLite file holding the data', async () => {
    const clock = testClock('2026-11-26T09:00:00.000Z');
    const first = await startTestCore({ clock });
    await first.call('clients.create', clientInput({ name: 'Avant redémarrage' }));
    await first.close();

    clock.advance(60_000);
    const second = await startTestCore({ dataDir: first.dataDir, clock });
    const path = await second.startupBackup;
    expect(rotating(first.dataDir)).toEqual([
      'calepin-20261126T090000Z.sqlite',
      'calepin-20261126T090100Z.sqlite',
    ]);
    expect(path.endsWith('calepin-20261126T090100Z.sqlite')).toBe(true);

    const backup = new Database(path, { readonly: true });
    expect(backup.pragma('quick_check', { simple: true })).toBe('ok');
    expect(backup.prepare('SELECT name FROM clients').pluck().all()).toEqual(['Avant redémarrage']);
    backup.close();
    expect((await second.call('app.info', undefined)).lastBackup).toBe('calepin-20261126T090100Z.sqlite');
  });

  it('keeps only the newest 10 after 12 starts', async () => {
    expect(BACKUPS_KEPT).toBe(10);
    const clock = testClock('2026-11-26T09:00:00.000Z');
    let dataDir: string | undefined;
    const names: string[] = [];
    for (let start = 0; start < 12; start++) {
      const core = await startTestCore(dataDir ? { dataDir, clock } : { clock });
      dataDir = core.dataDir;
      names.push((await core.startupBackup).split(/[/\\]/).pop() ?? '');
      await core.close();
      clock.advance(24 * 60 * 60 * 1000);
    }
    if (!dataDir) throw new Error('no start');
    expect(rotating(dataDir)).toEqual(names.slice(2).sort());
    expect(listRotatingBackups(dataDir).map((b) => b.name)).toEqual(names.slice(2).reverse());
  });

  it('keeps the newest backups first when restarts fall in the same second', async () => {
    // A quick restart (or a crash loop) gives several backups the same timestamp.
    const clock = testClock('2026-11-26T09:00:00.000Z');
    let dataDir: string | undefined;
    const names: string[] = [];
    for (let start = 0; start < 12; start++) {
      const core = await startTestCore(dataDir ? { dataDir, clock } : { clock });
      dataDir = core.dataDir;
      names.push((await core.startupBackup).split(/[/\\]/).pop() ?? '');
      await core.close();
    }
    if (!dataDir) throw new Error('no start');
    const kept = listRotatingBackups(dataDir).map((b) => b.name);
    expect(kept).toHaveLength(10);
    expect(kept[0]).toBe(names[11]);
    expect(kept.sort()).toEqual(names.slice(2).sort());
  });
});

describe('restoring a backup', () => {
  it('puts the backup back as the data file, and the app opens it with its data', async () => {
    const first = await startTestCore();
    await first.call('clients.create', clientInput({ name: 'Sauvée' }));
    await first.close();
    const backup = await startTestCore({ dataDir: first.dataDir });
    const path = await backup.startupBackup;
    await backup.close();

    const fresh = makeTempDir();
    restoreBackup(fresh, path);
    const reopened = await startTestCore({ dataDir: fresh });
    expect((await reopened.call('clients.list', undefined)).map((c) => c.name)).toEqual(['Sauvée']);
    await reopened.close();
    removeDir(fresh);
  });

  it('never overwrites an existing data file, nor restores something that is not a backup', async () => {
    const core = await startTestCore();
    const path = await core.startupBackup;
    await core.close();
    const before = readFileSync(join(core.dataDir, DB_FILE));
    expect(() => restoreBackup(core.dataDir, path)).toThrow(/EEXIST/);
    expect(readFileSync(join(core.dataDir, DB_FILE)).equals(before)).toBe(true);

    const fresh = makeTempDir();
    const notABackup = join(fresh, 'notes.txt');
    writeFileSync(notABackup, 'pas une base');
    expect(() => restoreBackup(fresh, notABackup)).toThrow(/not a Calepin backup/);
    expect(existsSync(join(fresh, DB_FILE))).toBe(false);
    removeDir(fresh);
  });
});
