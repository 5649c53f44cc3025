import { closeSync, openSync, readSync } from 'node:fs';

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
