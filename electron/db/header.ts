import { closeSync, existsSync, fstatSync, openSync, readSync, statSync } from 'node:fs';

const MAGIC = 'SQLite format 3\u0000';

/**
 * Reads user_version straight from the file header (offset 60, big-endian) without opening
 * the database, so a file from a newer Calepin can be refused without a single byte changing.
 * Returns null when the file is not an SQLite database.
 */
export function readHeaderVersion(path: string): number | null {
  const fd = openSync(path, 'r');
  try {
    const header = Buffer.alloc(100);
    const read = readSync(fd, header, 0, 100, 0);
    if (read === 0) return 0;
    if (read < 100 || header.toString('latin1', 0, 16) !== MAGIC) return null;
    return header.readInt32BE(60);
  } finally {
    closeSync(fd);
  }
}

/**
 * The file ends before the last page its header counts: cut short by a copy or a disk, and no
 * journal left to complete it. Read from the header alone (the database size at offset 28 is only
 * SQLite's when the change counters at 24 and 92 agree), so the cheapest damage is found before
 * opening, as a file that is not SQLite is; damage inside the pages waits for the full check.
 */
export function isShorterThanItsHeader(path: string): boolean {
  if (existsSync(`${path}-wal`) && statSync(`${path}-wal`).size > 0) return false;
  const fd = openSync(path, 'r');
  try {
    const header = Buffer.alloc(100);
    if (readSync(fd, header, 0, 100, 0) < 100) return false;
    const raw = header.readUInt16BE(16);
    const pageSize = raw === 1 ? 65536 : raw;
    const pages = header.readUInt32BE(28);
    const sizeIsValid = pages > 0 && header.readUInt32BE(24) === header.readUInt32BE(92);
    return sizeIsValid && fstatSync(fd).size < pages * pageSize;
  } finally {
    closeSync(fd);
  }
}
