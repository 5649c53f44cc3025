import { copyFileSync, existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { DB_FILE } from '../../electron/db/paths.ts';
import { damageTable } from '../support/files/damage-pages.ts';
import { ownTempDir, startTestCore, type TestCore } from '../support/hosts/fixture.ts';
import { seedCalendar } from '../support/seeds/calendar-seed.ts';
import { clientInput } from '../support/seeds/inputs.ts';

const names = async (core: TestCore) => (await core.call('clients.list', undefined)).map((c) => c.name);

const movedToOf = (problem: TestCore['problem']): string =>
  problem?.kind === 'damaged' ? problem.movedTo : '';

describe('the whole-file check that runs after the first screen', () => {
  it('finds damage inside the pages of a file that opened: calls are answered meanwhile, then the file is moved aside untouched and the latest backup brings the data back', async () => {
    const first = await startTestCore();
    const seed = await seedCalendar(first);
    for (let i = 0; i < 5; i++) await seed.create({ caption: `Pain au levain n°${i}` });
    await first.call('backups.create', undefined);
    await first.close();
    const path = join(first.dataDir, DB_FILE);
    damageTable(path, 'posts');
    const damaged = readFileSync(path);

    const core = await startTestCore({ dataDir: first.dataDir, recover: true });
    // Its header is sound: it opens, and what does not read the damaged pages is answered.
    expect(core.problem).toBeNull();
    expect(await names(core)).toEqual(['Boulangerie Martin', 'Fromagerie Dupont']);

    const info = await core.call('app.dataChecked', undefined);
    expect(info.problem).toMatchObject({ kind: 'damaged' });
    expect(info.schemaVersion).toBeNull();
    expect(existsSync(path)).toBe(false);
    expect(readFileSync(movedToOf(info.problem)).equals(damaged)).toBe(true);
    // From now on the data is refused with its own reason, which brings the recovery screen.
    expect(await core.dispatch('clients.list', undefined)).toMatchObject({
      ok: false,
      error: { code: 'damaged' },
    });
    // No backup is taken of a damaged file: the latest one is still a sound one.
    expect(await core.startupBackup).toBeNull();
    const [latest] = (await core.call('backups.list', undefined)).items;
    const restored = await core.call('backups.restore', { name: latest?.name ?? '' });
    expect(restored.savedCurrentAs).toBeNull();
    expect((await core.call('app.info', undefined)).problem).toBeNull();
    expect(await names(core)).toEqual(['Boulangerie Martin', 'Fromagerie Dupont']);
    expect((await core.call('posts.list', { clientId: seed.client.id })).length).toBe(5);
    expect(readFileSync(movedToOf(info.problem)).equals(damaged)).toBe(true);
  });

  it('leaves the journal of a damaged file as found: closing it folds nothing into the file', async () => {
    const source = await startTestCore();
    const seed = await seedCalendar(source);
    await seed.create({ caption: 'Croissants du dimanche' });
    source.ctx.db.pragma('wal_checkpoint(TRUNCATE)');
    // Committed, but only in the journal: the copy below takes it as it is.
    await source.call('clients.create', clientInput({ name: 'Dans le journal' }));
    const dir = ownTempDir();
    const path = join(dir, DB_FILE);
    copyFileSync(join(source.dataDir, DB_FILE), path);
    copyFileSync(join(source.dataDir, `${DB_FILE}-wal`), `${path}-wal`);
    await source.close();
    damageTable(path, 'posts');
    const file = readFileSync(path);
    const journal = readFileSync(`${path}-wal`);
    expect(journal.length).toBeGreaterThan(0);

    const core = await startTestCore({ dataDir: dir, recover: true });
    expect(await names(core)).toContain('Dans le journal');
    const { problem } = await core.call('app.dataChecked', undefined);
    const movedTo = movedToOf(problem);
    expect(readFileSync(movedTo).equals(file)).toBe(true);
    expect(readFileSync(`${movedTo}-wal`).equals(journal)).toBe(true);
  });

  it('finds a sound file sound: the backup and the calls go on', async () => {
    const core = await startTestCore();
    await core.call('clients.create', clientInput({ name: 'Saine' }));
    const info = await core.call('app.dataChecked', undefined);
    expect(info.problem).toBeNull();
    expect(await core.startupBackup).toMatch(/calepin-\d{8}T\d{6}Z\.sqlite$/);
    expect(await names(core)).toEqual(['Saine']);
  });

  it('quitting while a backup reads the file waits for it: the file left behind is whole on its own', async () => {
    const core = await startTestCore();
    for (let i = 0; i < 40; i++) await core.call('clients.create', clientInput({ name: `Boutique ${i}` }));
    // Big enough that the copy is still reading when the quit comes (past what a form would take).
    core.ctx.db
      .prepare('UPDATE clients SET notes = ?')
      .run('Pain, viennoiseries et gâteaux. '.repeat(40_000));
    await core.startupBackup;
    const copying = core.call('backups.create', undefined);
    const backups = join(core.dataDir, 'backups');
    await vi.waitFor(() => expect(readdirSync(backups).some((n) => n.endsWith('.part'))).toBe(true), {
      interval: 1,
    });
    await core.close();
    await copying;

    const path = join(core.dataDir, DB_FILE);
    // SQLite folds its log into the file only when the last connection closes.
    expect(existsSync(`${path}-wal`)).toBe(false);
    const alone = ownTempDir();
    copyFileSync(path, join(alone, DB_FILE));
    const copy = await startTestCore({ dataDir: alone });
    expect((await names(copy)).length).toBe(40);
  });
});
