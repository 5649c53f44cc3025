import {
  closeSync,
  copyFileSync,
  existsSync,
  fsyncSync,
  openSync,
  readdirSync,
  renameSync,
  rmSync,
} from 'node:fs';

/**
 * Putting another file in place of the data file: the new one waits beside it as `.incoming`,
 * the current one steps aside as `.replaced` until the new one has opened. A crash in between
 * leaves names the next start understands (`finishInterruptedSwap`).
 */
export const INCOMING = '.incoming';
export const REPLACED = '.replaced';
const SIDE_FILES = ['-wal', '-shm', '-journal'] as const;
const MOVED_ASIDE = /^calepin\.damaged-\d+\.sqlite$/;

/** A copy that is on the disk, not only in its cache, before anything is renamed onto it. */
export function copyDurably(from: string, to: string): void {
  copyFileSync(from, to);
  const fd = openSync(to, 'r+');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
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
 * After a crash in the middle of a swap: a data file gone while the replaced one is still there
 * means the new one never got in, so the old one comes back; a new one in place means the swap
 * was done (its content was checked before), and the leftovers go.
 */
export function finishInterruptedSwap(path: string): void {
  const replaced = path + REPLACED;
  if (!existsSync(path) && existsSync(replaced)) moveWithSideFiles(replaced, path);
  else if (existsSync(replaced)) removeWithSideFiles(replaced);
  rmSync(path + INCOMING, { force: true });
}

/** A damaged file was moved aside in this folder: its attachments must not be swept yet. */
export const hasMovedAside = (dataDir: string): boolean =>
  readdirSync(dataDir).some((name) => MOVED_ASIDE.test(name));
