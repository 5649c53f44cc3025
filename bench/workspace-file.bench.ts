import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Dispatch } from '../electron/api/dispatch.ts';
import { exportsDir } from '../electron/services/transfers/exports.ts';
import { heavyFolder } from './heavy-folder.ts';
import { toSamples } from './measure.ts';
import { formatTable } from './table.ts';
import { startBenchCore } from './temp-core.ts';

export const name =
  'Backups and the workspace file on the heavy-freelancer data file: a backup, a restore, a full export and its import';

const micros = (start: number) => (performance.now() - start) * 1000;

async function timed(run: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await run();
  return micros(start);
}

async function ok<T>(dispatch: Dispatch, method: string, input: unknown): Promise<T> {
  const envelope = await dispatch(method, input);
  if (!envelope.ok) throw new Error(`${method}: ${envelope.error.message}`);
  return envelope.value as T;
}

/**
 * Whole-file operations, a few rounds each (each moves the whole file). Raw: better-sqlite3's own
 * backup and VACUUM INTO on the same connection, the floor under ours.
 */
export async function run(): Promise<string> {
  const heavy = await heavyFolder();
  const core = await startBenchCore(heavy.dataDir);
  const target = await startBenchCore();
  const rounds = 3;
  const rows = { backup: [] as number[], rawBackup: [] as number[], restore: [] as number[] };
  const exported = { ours: [] as number[], raw: [] as number[], import: [] as number[] };
  let size = 0;
  try {
    for (let i = 0; i < rounds; i++) {
      let made = '';
      rows.backup.push(
        await timed(async () => {
          made = (await ok<{ name: string }>(core.dispatch, 'backups.create', undefined)).name;
        }),
      );
      const rawPath = join(core.dataDir, `raw-${i}.sqlite`);
      rows.rawBackup.push(await timed(() => core.ctx.db.backup(rawPath)));
      rmSync(rawPath, { force: true });
      rows.restore.push(await timed(() => ok(core.dispatch, 'backups.restore', { name: made })));

      let file = '';
      exported.ours.push(
        await timed(async () => {
          const out = await ok<{ name: string; size: number }>(core.dispatch, 'workspace.export', undefined);
          file = join(exportsDir(core.dataDir), out.name);
          size = out.size;
        }),
      );
      const vacuumed = join(core.dataDir, `vacuum-${i}.sqlite`);
      exported.raw.push(await timed(async () => core.ctx.db.prepare('VACUUM INTO ?').run(vacuumed)));
      rmSync(vacuumed, { force: true });
      const bytes = readFileSync(file);
      exported.import.push(
        await timed(async () => {
          const { uploadId } = await ok<{ uploadId: string; chunkBytes: number }>(
            target.dispatch,
            'workspace.importBegin',
            { name: 'heavy.calepin', size: bytes.length },
          );
          const step = 4 * 1024 * 1024;
          for (let offset = 0; offset < bytes.length; offset += step)
            await ok(target.dispatch, 'workspace.importChunk', {
              uploadId,
              offset,
              base64: bytes.subarray(offset, offset + step).toString('base64'),
            });
          await ok(target.dispatch, 'workspace.import', { uploadId });
        }),
      );
    }
    const rawVacuum = toSamples(exported.raw);
    return formatTable(`${name} (file ${(size / 1024 ** 2).toFixed(0)} MB)`, [
      {
        operation: 'backups.create (online backup API)',
        ours: toSamples(rows.backup),
        raw: toSamples(rows.rawBackup),
      },
      {
        operation: 'backups.restore (safety copy, swap, reopen)',
        ours: toSamples(rows.restore),
        raw: toSamples(rows.rawBackup),
      },
      { operation: 'workspace.export', ours: toSamples(exported.ours), raw: rawVacuum },
      {
        operation: 'workspace.import (upload in 4 MB chunks, check, swap)',
        ours: toSamples(exported.import),
        raw: rawVacuum,
      },
    ]);
  } finally {
    await core.dispose();
    await target.dispose();
  }
}
