import { existsSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { copyFile, open } from 'node:fs/promises';
import { join } from 'node:path';
import { offThread } from '../../db/off-thread.ts';
import { DB_FILE } from '../../db/paths.ts';

/**
 * Putting another file in place of the data file. The new one is prepared beside it (a checked copy
 * of a backup as `.staged`, an import in uploads/), then named `.incoming` — a name that only ever
 * holds a whole, checked file. The current one is moved into backups/ as the safety copy, and
 * `.incoming` takes its name. A crash in between leaves names the next start understands
 * (`finishInterruptedSwap`).
 */
export const INCOMING = '.incoming';
export const STAGED = '.staged';
/** Left by versions that set the current file aside under this name during a swap. */
export const REPLACED = '.replaced';
const SIDE_FILES = ['-wal', '-shm', '-journal'] as const;
const MOVED_ASIDE = /^calepin\.damaged-\d+\.sqlite$/;

/** A copy that is on the disk, not only in its cache, before anything is renamed onto it; off the main thread. */
export async function copyDurably(from: string, to: string): Promise<void> {
  await copyFile(from, to);
  const handle = await open(to, 'r+');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/**
 * A backup about to be restored, copied beside the data file and checked whole on a thread of its
 * own: whatever happens to the backup meanwhile, the checked bytes are the ones used.
 */
export async function stageCopy(dataDir: string, source: string): Promise<string> {
  const staged = join(dataDir, DB_FILE) + STAGED;
  try {
    await copyDurably(source, staged);
    await offThread({ kind: 'checkCandidate', path: staged, workspaceFile: false }).result;
    // What a read-only look at a WAL-marked copy leaves beside it holds nothing of the data.
    for (const suffix of ['-wal', '-shm']) rmSync(staged + suffix, { force: true });
    return staged;
  } catch (error) {
    removeWithSideFiles(staged);
    throw error;
  }
}

/** A database moves with its journal: left behind, SQLite would replay it into another file. */
export function moveWithSideFiles(from: string, to: string): void {
  renameSync(from, to);
  for (const suffix of SIDE_FILES) if (existsSync(from + suffix)) renameSync(from + suffix, to + suffix);
}

export function removeWithSideFiles(path: string): void {
  for (const suffix of ['', ...SIDE_FILES]) rmSync(path + suffix, { force: true });
}

/**
 * After a crash in the middle of a swap. With the data file gone: a replaced file left by an older
 * version comes back; otherwise a whole `.incoming` means the current file had already become its
 * safety backup, and the swap is finished. With a data file in place, the leftovers go.
 */
export function finishInterruptedSwap(path: string): void {
  const replaced = path + REPLACED;
  if (!existsSync(path) && existsSync(replaced)) moveWithSideFiles(replaced, path);
  else if (!existsSync(path) && existsSync(path + INCOMING)) renameSync(path + INCOMING, path);
  else if (existsSync(replaced)) removeWithSideFiles(replaced);
  removeWithSideFiles(path + INCOMING);
  removeWithSideFiles(path + STAGED);
}

/** A damaged file was moved aside in this folder: its attachments must not be swept yet. */
export const hasMovedAside = (dataDir: string): boolean =>
  readdirSync(dataDir).some((name) => MOVED_ASIDE.test(name));
