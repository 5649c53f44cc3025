import { chmodSync, existsSync } from 'node:fs';
import { join } from 'node:path';

/**
 * A freelancer's clients, numbers and pictures are theirs alone, even on a shared computer: on
 * Linux and macOS everything Calepin creates is readable by its user only (folders 0700, files
 * 0600). The mask is the process's, so it also covers what SQLite (its -wal and -shm), backups,
 * exports, attachments and preferences create. Windows keeps each user's profile private already.
 */
export function keepFilesPrivate(platform: NodeJS.Platform = process.platform): void {
  if (platform !== 'win32') process.umask(0o077);
}

/** A folder made by an earlier Calepin (or by hand) with looser rights is closed at start. */
export function closeDataFolder(dataDir: string, dbFile: string, platform = process.platform): void {
  if (platform === 'win32') return;
  try {
    chmodSync(dataDir, 0o700);
    const db = join(dataDir, dbFile);
    if (existsSync(db)) chmodSync(db, 0o600);
  } catch (error) {
    // A folder owned by someone else (shared by hand) still opens; its owner decides its rights.
    console.error('Could not make the data folder private:', error);
  }
}
