import { readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Dispatch } from '../electron/api/dispatch.ts';
import { exportsDir } from '../electron/services/transfers/exports.ts';
import { heavyFolder } from './heavy-folder.ts';
import { callsMeanwhile, worst } from './meanwhile.ts';
import { toSamples } from './measure.ts';
import { formatTable, formatTimings } from './table.ts';
import { type BenchCore, startBenchCore } from './temp-core.ts';

export const name =
  'Backups and the workspace file on the heavy-freelancer data file: a backup, a restore, a full export and its import';

const since = (start: number) => (performance.now() - start) * 1000;

async function timed(run: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await run();
  return since(start);
}

async function ok<T>(dispatch: Dispatch, method: string, input: unknown): Promise<T> {
  const envelope = await dispatch(method, input);
  if (!envelope.ok) throw new Error(`${method}: ${envelope.error.message}`);
  return envelope.value as T;
}

/** Every file under the data folder, backups and uploads included, in bytes. */
function folderBytes(dir: string): number {
  let total = 0;
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    try {
      total += statSync(join(entry.parentPath, entry.name)).size;
    } catch {
      // Gone between the listing and the look (a part renamed, a journal deleted).
    }
  }
  return total;
}

const MB = 1024 ** 2;

interface Imported {
  micros: number;
  /** The worst wait of a clients.list made every 10 ms meanwhile, in ms. */
  worstWaitMs: number;
  /** The data folder's largest growth over its size before the upload began, in bytes. */
  peakBytes: number;
  /** Its growth once the import's background work (the check and the backup of the new data) is done. */
  settledBytes: number;
}

/** Sends the file as the page does (begin, 4 MB chunks, import) while a "user" keeps calling. */
async function importWhileUsed(target: BenchCore, bytes: Buffer): Promise<Imported> {
  const before = folderBytes(target.dataDir);
  let peak = before;
  const sampler = setInterval(() => {
    peak = Math.max(peak, folderBytes(target.dataDir));
  }, 10);
  const start = performance.now();
  const importing = (async () => {
    const { uploadId } = await ok<{ uploadId: string; chunkBytes: number }>(
      target.dispatch,
      'workspace.importBegin',
      { name: 'heavy.calepin', size: bytes.length },
    );
    const step = 4 * 1024 * 1024;
    for (let offset = 0; offset < bytes.length; offset += step) {
      // Each chunk is a message of its own (IPC or HTTP): other calls get their turn between two.
      await new Promise((resolve) => setImmediate(resolve));
      await ok(target.dispatch, 'workspace.importChunk', {
        uploadId,
        offset,
        base64: bytes.subarray(offset, offset + step).toString('base64'),
      });
    }
    await ok(target.dispatch, 'workspace.import', { uploadId });
  })();
  try {
    const meanwhile = await callsMeanwhile(
      importing,
      () => ok(target.dispatch, 'clients.list', undefined),
      10,
    );
    await importing;
    const micros = since(start);
    clearInterval(sampler);
    peak = Math.max(peak, folderBytes(target.dataDir));
    await target.session.startupBackup();
    const settledBytes = folderBytes(target.dataDir) - before;
    return { micros, worstWaitMs: worst(meanwhile.waits), peakBytes: peak - before, settledBytes };
  } finally {
    clearInterval(sampler);
  }
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
  const exported = { ours: [] as number[], raw: [] as number[] };
  const imports: Imported[] = [];
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
      imports.push(await importWhileUsed(target, bytes));
    }
    const rawVacuum = toSamples(exported.raw);
    const table = formatTable(`${name} (file ${(size / 1024 ** 2).toFixed(0)} MB)`, [
      {
        operation: 'backups.create (VACUUM INTO on a worker thread)',
        ours: toSamples(rows.backup),
        raw: toSamples(rows.rawBackup),
      },
      {
        operation: 'backups.restore (copy, check, swap, reopen)',
        ours: toSamples(rows.restore),
        raw: toSamples(rows.rawBackup),
      },
      { operation: 'workspace.export', ours: toSamples(exported.ours), raw: rawVacuum },
      {
        operation: 'workspace.import (upload in 4 MB chunks, check, swap)',
        ours: toSamples(imports.map((i) => i.micros)),
        raw: rawVacuum,
        budget: { ratio: 3 },
      },
    ]);
    const sizeMb = size / MB;
    const fileSize = toSamples(imports.map(() => sizeMb));
    const disk = formatTable(
      `Disk used in the data folder by workspace.import, over its size before (raw: the file's size, ${sizeMb.toFixed(0)} MB)`,
      [
        {
          operation: 'peak growth while it runs',
          ours: toSamples(imports.map((i) => i.peakBytes / MB)),
          raw: fileSize,
          // The worst round (p95 of three) as well as the usual one.
          budget: { p95: 2 * sizeMb, ratio: 2 },
        },
        {
          operation: 'growth once its background backup is done',
          ours: toSamples(imports.map((i) => i.settledBytes / MB)),
          raw: fileSize,
        },
      ],
      'MB',
    );
    const waits = formatTimings('Calls made while workspace.import runs (one figure per import)', [
      {
        operation: 'clients.list every 10 ms: worst wait',
        ms: toSamples(imports.map((i) => i.worstWaitMs)),
        budget: 100,
      },
    ]);
    return [table, disk, waits].join('\n\n');
  } finally {
    await core.dispose();
    await target.dispose();
  }
}
