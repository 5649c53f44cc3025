import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { BACKUPS_KEPT, backupDir, listBackups } from '../../electron/db/backups.ts';
import { testClock } from '../support/hosts/clock.ts';
import { startTestCore } from '../support/hosts/fixture.ts';
import { clientInput } from '../support/seeds/inputs.ts';

const listRotatingBackups = (dir: string) => listBackups(dir).filter((b) => b.kind === 'auto');

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
    const path = (await second.startupBackup) ?? '';
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
      names.push(((await core.startupBackup) ?? '').split(/[/\\]/).pop() ?? '');
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
      names.push(((await core.startupBackup) ?? '').split(/[/\\]/).pop() ?? '');
      await core.close();
    }
    if (!dataDir) throw new Error('no start');
    const kept = listRotatingBackups(dataDir).map((b) => b.name);
    expect(kept).toHaveLength(10);
    expect(kept[0]).toBe(names[11]);
    expect(kept.sort()).toEqual(names.slice(2).sort());
  });
});

describe('backups the user can see', () => {
  it('lists the backups newest first, makes one now and says which kind each is', async () => {
    const clock = testClock('2026-11-26T09:00:00.000Z');
    const core = await startTestCore({ clock });
    await core.startupBackup;
    await core.call('clients.create', clientInput({ name: 'Avant la copie' }));
    clock.advance(90_000);
    const made = await core.call('backups.create', undefined);
    expect(made).toMatchObject({
      name: 'manual-20261126T090130Z.sqlite',
      kind: 'manual',
      takenAt: '2026-11-26T09:01:30.000Z',
    });
    expect(made.size).toBeGreaterThan(4096);

    const list = await core.call('backups.list', undefined);
    expect(list.keep).toBe(10);
    expect(list.folder).toBe(backupDir(core.dataDir));
    expect(list.items.map((b) => [b.name, b.kind])).toEqual([
      ['manual-20261126T090130Z.sqlite', 'manual'],
      ['calepin-20261126T090000Z.sqlite', 'auto'],
    ]);
    const copy = new Database(join(backupDir(core.dataDir), made.name), { readonly: true });
    expect(copy.prepare('SELECT name FROM clients').pluck().all()).toEqual(['Avant la copie']);
    // One self-contained file: no journal beside it, whatever opens it.
    expect(copy.pragma('journal_mode', { simple: true })).toBe('delete');
    copy.close();
  });

  it('keeps as many automatic backups as the user chose, and never prunes the ones made by hand', async () => {
    const clock = testClock('2026-11-26T09:00:00.000Z');
    let dataDir: string | undefined;
    for (let start = 0; start < 5; start++) {
      const core = await startTestCore(dataDir ? { dataDir, clock } : { clock });
      dataDir = core.dataDir;
      await core.startupBackup;
      if (start === 0) await core.call('backups.create', undefined);
      await core.close();
      clock.advance(24 * 60 * 60 * 1000);
    }
    const core = await startTestCore({ dataDir, clock });
    await core.startupBackup;
    const list = await core.call('backups.setKeep', { keep: 2 });
    expect(list.keep).toBe(2);
    expect(list.items.map((b) => b.kind)).toEqual(['auto', 'auto', 'manual']);
    expect((await core.call('prefs.get', undefined)).backupsKept).toBe(2);
    // The choice holds for the next automatic backup too.
    await core.close();
    clock.advance(24 * 60 * 60 * 1000);
    const again = await startTestCore({ dataDir, clock });
    await again.startupBackup;
    expect((await again.call('backups.list', undefined)).items.map((b) => b.kind)).toEqual([
      'auto',
      'auto',
      'manual',
    ]);
  });

  it('refuses a keep count outside 1–100 and a backup name that is not one', async () => {
    const core = await startTestCore();
    await core.startupBackup;
    for (const keep of [0, 101, 2.5, '3'])
      expect((await core.dispatch('backups.setKeep', { keep })).ok).toBe(false);
    for (const name of [
      '../calepin.sqlite',
      'calepin.sqlite',
      '/etc/passwd',
      'calepin-20261126T090000Z.sqlite/..',
    ])
      expect(await core.dispatch('backups.restore', { name })).toMatchObject({
        ok: false,
        error: { code: 'invalid_input' },
      });
    expect(await core.dispatch('backups.restore', { name: 'manual-20200101T000000Z.sqlite' })).toMatchObject({
      ok: false,
      error: { code: 'not_found', issues: [{ path: ['name'], code: 'noBackup' }] },
    });
    expect((await core.call('prefs.get', undefined)).backupsKept).toBe(10);
  });

  it('deletes a backup the user no longer wants', async () => {
    const core = await startTestCore();
    await core.startupBackup;
    const made = await core.call('backups.create', undefined);
    const list = await core.call('backups.delete', { name: made.name });
    expect(list.items.map((b) => b.name)).not.toContain(made.name);
    expect(existsSync(join(backupDir(core.dataDir), made.name))).toBe(false);
  });
});

describe('restoring a backup', () => {
  it('brings back the data of the backup, after saving the current data as a backup', async () => {
    const clock = testClock('2026-11-26T09:00:00.000Z');
    const core = await startTestCore({ clock });
    await core.startupBackup;
    await core.call('clients.create', clientInput({ name: 'Sauvée' }));
    const backup = await core.call('backups.create', undefined);
    clock.advance(60_000);
    await core.call('clients.create', clientInput({ name: 'Après la sauvegarde' }));

    const restored = await core.call('backups.restore', { name: backup.name });
    expect(restored.name).toBe(backup.name);
    expect(restored.savedCurrentAs).toMatchObject({
      kind: 'beforeRestore',
      takenAt: '2026-11-26T09:01:00.000Z',
    });
    expect((await core.call('clients.list', undefined)).map((c) => c.name)).toEqual(['Sauvée']);
    // The live file is the restored one: the next start sees the same.
    expect((await core.call('clients.list', undefined)).length).toBe(1);
    await core.close();
    const reopened = await startTestCore({ dataDir: core.dataDir, clock });
    expect((await reopened.call('clients.list', undefined)).map((c) => c.name)).toEqual(['Sauvée']);

    // And the data from before the restore is one restore away.
    await reopened.call('backups.restore', { name: restored.savedCurrentAs?.name ?? '' });
    expect((await reopened.call('clients.list', undefined)).map((c) => c.name).sort()).toEqual([
      'Après la sauvegarde',
      'Sauvée',
    ]);
  });

  it('refuses a damaged backup and changes nothing', async () => {
    const core = await startTestCore();
    await core.startupBackup;
    await core.call('clients.create', clientInput({ name: 'Intacte' }));
    const backup = await core.call('backups.create', undefined);
    const path = join(backupDir(core.dataDir), backup.name);
    const bytes = readFileSync(path);
    writeFileSync(path, bytes.subarray(0, 4096 * 2));
    const before = readdirSync(core.dataDir).sort();

    expect(await core.dispatch('backups.restore', { name: backup.name })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', issues: [{ code: 'damagedFile' }] },
    });
    expect((await core.call('clients.list', undefined)).map((c) => c.name)).toEqual(['Intacte']);
    expect(readdirSync(core.dataDir).sort()).toEqual(before);
    expect(readdirSync(backupDir(core.dataDir))).not.toContainEqual(
      expect.stringMatching(/^before-restore-/),
    );
  });

  it('lets calls made during a restore wait and then see the restored data', async () => {
    const core = await startTestCore();
    await core.startupBackup;
    await core.call('clients.create', clientInput({ name: 'Dans la sauvegarde' }));
    const backup = await core.call('backups.create', undefined);
    await core.call('clients.create', clientInput({ name: 'Effacée par la restauration' }));
    const restoring = core.dispatch('backups.restore', { name: backup.name });
    const listing = core.dispatch('clients.list', undefined);
    expect((await restoring).ok).toBe(true);
    expect(await listing).toMatchObject({ ok: true, value: [{ name: 'Dans la sauvegarde' }] });
  });
});

describe('looking through old backups', () => {
  it('restoring one never costs the oldest automatic backup', async () => {
    const clock = testClock('2026-11-26T09:00:00.000Z');
    let dataDir: string | undefined;
    for (let start = 0; start < 2; start++) {
      const core = await startTestCore(dataDir ? { dataDir, clock } : { clock });
      dataDir = core.dataDir;
      await core.startupBackup;
      await core.close();
      clock.advance(24 * 60 * 60 * 1000);
    }
    const core = await startTestCore({ dataDir, clock });
    await core.startupBackup;
    const { items } = await core.call('backups.setKeep', { keep: 3 });
    const oldest = items.at(-1)?.name ?? '';
    await core.call('backups.restore', { name: items[1]?.name ?? '' });
    await core.startupBackup;
    await core.call('backups.restore', { name: items[2]?.name ?? '' });
    const after = (await core.call('backups.list', undefined)).items.map((b) => b.name);
    expect(after).toContain(oldest);
  });
});
