import { createHash } from 'node:crypto';
import {
  closeSync,
  existsSync,
  mkdirSync,
  openSync,
  readdirSync,
  readSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { isSha256, SNIFF_BYTES } from '../../../shared/media/sniff.ts';

/**
 * Attachments live in the data folder under their SHA-256 (`attachments/ab/abcd…`): a file added
 * twice, or shared by a post and its copies, is stored once. Nothing outside this folder is ever read.
 */
export const MEDIA_FOLDER = 'attachments';

export function mediaPath(dataDir: string, sha256: string): string | null {
  if (!isSha256(sha256)) return null;
  return join(dataDir, MEDIA_FOLDER, sha256.slice(0, 2), sha256);
}

export function fileSha256(path: string): string {
  const hash = createHash('sha256');
  const fd = openSync(path, 'r');
  try {
    const buffer = Buffer.allocUnsafe(1024 * 1024);
    for (let read = readSync(fd, buffer); read > 0; read = readSync(fd, buffer))
      hash.update(buffer.subarray(0, read));
  } finally {
    closeSync(fd);
  }
  return hash.digest('hex');
}

export function readHead(path: string): Uint8Array {
  const fd = openSync(path, 'r');
  try {
    const head = Buffer.alloc(SNIFF_BYTES);
    const read = readSync(fd, head, 0, SNIFF_BYTES, 0);
    return head.subarray(0, read);
  } finally {
    closeSync(fd);
  }
}

/** Moves a finished file into the store (or drops it when the same bytes are already there). */
export function storeFile(dataDir: string, tempPath: string, sha256: string): void {
  const target = mediaPath(dataDir, sha256);
  if (!target) throw new Error('not a SHA-256');
  if (existsSync(target)) {
    rmSync(tempPath, { force: true });
    return;
  }
  mkdirSync(join(target, '..'), { recursive: true });
  renameSync(tempPath, target);
}

export function storeBytes(dataDir: string, bytes: Uint8Array): string {
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const target = mediaPath(dataDir, sha256);
  if (target && !existsSync(target)) {
    mkdirSync(join(target, '..'), { recursive: true });
    writeFileSync(target, bytes, { flush: true });
  }
  return sha256;
}

/** Removes stored files no attachment refers to any more (after a purge, and at start). */
export function sweepMedia(dataDir: string, keep: ReadonlySet<string>): number {
  const root = join(dataDir, MEDIA_FOLDER);
  if (!existsSync(root)) return 0;
  let removed = 0;
  // Only the two-hex buckets: a file the system leaves here (Finder's .DS_Store) must not stop the sweep.
  for (const bucket of readdirSync(root, { withFileTypes: true })) {
    if (!bucket.isDirectory()) continue;
    for (const name of readdirSync(join(root, bucket.name))) {
      if (isSha256(name) && !keep.has(name)) {
        rmSync(join(root, bucket.name, name), { force: true });
        removed += 1;
      }
    }
  }
  return removed;
}
