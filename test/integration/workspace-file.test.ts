import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { backupDir } from '../../electron/db/backups.ts';
import { testClock } from '../support/hosts/clock.ts';
import { startTestCore, type TestCore } from '../support/hosts/fixture.ts';
import { dumpTables } from '../support/readers/db-dump.ts';
import { exportedPath, fileBytes, importFile, readWorkspaceFile } from '../support/readers/workspace-file.ts';
import { seedCalendar } from '../support/seeds/calendar-seed.ts';
import { channelInput, clientInput, postInput } from '../support/seeds/inputs.ts';
import {
  filesUnder,
  jpegFile,
  pngFile,
  sendFile,
  storedFiles,
  storedPath,
} from '../support/seeds/media-files.ts';

const NOW = '2026-11-26T09:00:00.000Z';

async function exportOf(core: TestCore): Promise<Buffer> {
  return fileBytes(exportedPath(core, await core.call('workspace.export', undefined)));
}

describe('the workspace file', () => {
  it('carries every client, post and attachment to a fresh install', async () => {
    const clock = testClock(NOW);
    const source = await startTestCore({ clock });
    const seed = await seedCalendar(source);
    const post = await seed.create({ caption: 'Galette des rois 👑 à la frangipane' });
    const photo = await sendFile(source, post.id, jpegFile(300_000));
    await seed.createOther({ caption: 'Plateau de fromages' });
    const exported = await source.call('workspace.export', undefined);
    expect(exported).toMatchObject({ name: 'Calepin-2026-11-26.calepin', attachments: 2 });
    const bytes = fileBytes(exportedPath(source, exported));
    expect(bytes.length).toBe(exported.size);

    const fresh = await startTestCore({ clock });
    await fresh.startupBackup;
    const imported = await importFile(fresh, bytes);
    expect(imported).toMatchObject({ clients: 2, posts: 2, attachments: 2 });
    expect(imported.savedCurrentAs?.kind).toBe('beforeImport');
    expect(await fresh.call('clients.list', undefined)).toEqual(await source.call('clients.list', undefined));
    expect(await fresh.call('posts.get', { id: post.id })).toEqual(
      await source.call('posts.get', { id: post.id }),
    );
    expect(storedFiles(fresh.dataDir)).toEqual(storedFiles(source.dataDir));
    expect(fileBytes(storedPath(fresh.dataDir, photo.sha256))).toEqual(
      fileBytes(storedPath(source.dataDir, photo.sha256)),
    );
    // Full-text search is part of the data, not rebuilt by chance.
    expect(
      (await fresh.call('posts.list', { clientId: seed.client.id, search: 'frangipane' })).map((p) => p.id),
    ).toEqual([post.id]);
    // Nothing of the upload is left behind.
    expect(
      existsSync(join(fresh.dataDir, 'uploads')) ? readdirSync(join(fresh.dataDir, 'uploads')) : [],
    ).toEqual([]);
  });

  it('keeps what was there before as a backup, attachments included', async () => {
    const clock = testClock(NOW);
    const source = await startTestCore({ clock });
    await source.call('clients.create', clientInput({ name: 'Importée' }));
    const bytes = await exportOf(source);

    const target = await startTestCore({ clock });
    const seed = await seedCalendar(target);
    const post = await seed.create();
    const picture = await sendFile(target, post.id, pngFile(30, 20, 4));
    const imported = await importFile(target, bytes);
    expect((await target.call('clients.list', undefined)).map((c) => c.name)).toEqual(['Importée']);
    // The picture of the replaced workspace stays on disk while a backup refers to it.
    expect(existsSync(storedPath(target.dataDir, picture.sha256))).toBe(true);
    await target.call('backups.restore', { name: imported.savedCurrentAs?.name ?? '' });
    expect((await target.call('posts.get', { id: post.id })).attachments.map((a) => a.sha256)).toEqual([
      picture.sha256,
    ]);
    await target.close();
    // Even after a restart, whose sweep removes files nothing refers to.
    const again = await startTestCore({ dataDir: target.dataDir, clock });
    expect(existsSync(storedPath(again.dataDir, picture.sha256))).toBe(true);
  });

  it('answers calls from the data in use while the file is checked and prepared, then swaps it in', async () => {
    const clock = testClock(NOW);
    const source = await startTestCore({ clock });
    await source.call('clients.create', clientInput({ name: 'Importée' }));
    const bytes = await exportOf(source);
    const target = await startTestCore({ clock });
    await target.call('clients.create', clientInput({ name: 'En place' }));
    const { uploadId } = await target.call('workspace.importBegin', {
      name: 'Calepin.calepin',
      size: bytes.length,
    });
    await target.call('workspace.importChunk', { uploadId, offset: 0, base64: bytes.toString('base64') });

    const importing = target.call('workspace.import', { uploadId });
    const meanwhile = target.call('clients.list', undefined);
    expect((await meanwhile).map((c) => c.name)).toEqual(['En place']);
    expect(await importing).toMatchObject({ clients: 1 });
    expect((await target.call('clients.list', undefined)).map((c) => c.name)).toEqual(['Importée']);
    // The same upload sent twice is refused, never imported a second time.
    expect(await target.dispatch('workspace.import', { uploadId })).toMatchObject({
      ok: false,
      error: { code: 'not_found' },
    });
  });

  it('refuses a file that is not a workspace file, a truncated one, and one whose attachment was altered — and changes nothing', async () => {
    const clock = testClock(NOW);
    const source = await startTestCore({ clock });
    const seed = await seedCalendar(source);
    const post = await seed.create();
    await sendFile(source, post.id, jpegFile(40_000));
    const exported = exportedPath(source, await source.call('workspace.export', undefined));
    const bytes = fileBytes(exported);

    const tamperedPath = join(source.dataDir, 'tampered.calepin');
    writeFileSync(tamperedPath, bytes);
    const tampered = new Database(tamperedPath);
    tampered.prepare('UPDATE calepin_export_files SET bytes = zeroblob(length(bytes)) WHERE part = 0').run();
    tampered.close();
    const backupOnly = await source.call('backups.create', undefined);

    const target = await startTestCore({ clock });
    await target.call('clients.create', clientInput({ name: 'À garder' }));
    await target.startupBackup;
    const before = { tables: dumpTables(target.ctx.db), files: filesUnder(target.dataDir) };
    const attempts: [string, Buffer, string][] = [
      ['text', Buffer.from('Ceci n’est pas un fichier Calepin\n'.repeat(50)), 'notCalepinFile'],
      ['truncated', bytes.subarray(0, Math.floor(bytes.length / 2)), 'damagedFile'],
      ['altered attachment', fileBytes(tamperedPath), 'damagedFile'],
      [
        'a backup, not an export',
        fileBytes(join(backupDir(source.dataDir), backupOnly.name)),
        'notCalepinFile',
      ],
    ];
    for (const [what, file, code] of attempts) {
      const failed = await importFile(target, file).catch((e: { error?: unknown }) => e.error);
      expect(failed, what).toMatchObject({ code: 'invalid_input', issues: [{ code }] });
    }
    expect(dumpTables(target.ctx.db)).toEqual(before.tables);
    expect(filesUnder(target.dataDir)).toEqual(before.files);
  });

  it('export → import → export gives the same file, for random workspaces', async () => {
    const clock = testClock(NOW);
    const workspace = fc.record({
      clients: fc.array(
        fc.record({
          name: fc.string({ minLength: 1, maxLength: 40 }).filter((s) => s.trim().length > 0),
          notes: fc.string({ maxLength: 200 }),
          posts: fc.array(
            fc.record({
              caption: fc.string({ maxLength: 120 }),
              day: fc.integer({ min: 0, max: 60 }),
              picture: fc.option(fc.integer({ min: 1, max: 1000 }), { nil: null }),
            }),
            { maxLength: 4 },
          ),
          trashed: fc.boolean(),
        }),
        { minLength: 0, maxLength: 3 },
      ),
    });
    let runs = 0;
    await fc.assert(
      fc.asyncProperty(workspace, async ({ clients }) => {
        runs += 1;
        const source = await startTestCore({ clock });
        for (const spec of clients) {
          const client = await source.call(
            'clients.create',
            clientInput({ name: spec.name.trim(), notes: spec.notes }),
          );
          const channel = await source.call('channels.create', channelInput(client.id));
          for (const p of spec.posts) {
            const post = await source.call(
              'posts.create',
              postInput(client.id, channel.id, {
                date: `2026-12-${String(1 + (p.day % 28)).padStart(2, '0')}`,
                caption: p.caption,
              }),
            );
            if (p.picture !== null) await sendFile(source, post.id, pngFile(8, 8, p.picture));
          }
          if (spec.trashed) await source.call('clients.delete', { id: client.id });
        }
        const first = exportedPath(source, await source.call('workspace.export', undefined));
        const target = await startTestCore({ clock });
        await importFile(target, fileBytes(first));
        const second = exportedPath(target, await target.call('workspace.export', undefined));
        const a = readWorkspaceFile(first);
        const b = readWorkspaceFile(second);
        expect(b.tables).toEqual(a.tables);
        expect(b.sha256).toBe(a.sha256);
        await source.close();
        await target.close();
      }),
      { numRuns: 25, seed: 20261126 },
    );
    console.log(`workspace file: ${runs} random workspaces, export → import → export identical`);
  }, 120_000);
});
