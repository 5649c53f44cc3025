import { existsSync, mkdirSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { listRotatingBackups, preMigrationBackup } from './backups.ts';
import { DatabaseDamagedError, DatabaseTooNewError } from './errors.ts';
import { readHeaderVersion } from './header.ts';
import { migrate, schemaVersion } from './migrate.ts';
import { LATEST_VERSION, MIGRATIONS } from './migrations/index.ts';
import type { Migration } from './migrations/types.ts';
import { DB_FILE } from './paths.ts';
import type { Db } from './types.ts';

export interface OpenOptions {
  migrations?: readonly Migration[];
  now?: () => Date;
}

export interface Opened {
  db: Db;
  path: string;
  migrated: number[];
  preMigrationBackup: string | null;
}

function applyPragmas(db: Db): void {
  db.pragma('journal_mode = WAL');
  // FULL: a saved edit survives a power cut, not only a crash of the app.
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  db.pragma('journal_size_limit = 67108864');
  // 32 MB of page cache instead of SQLite's 2 MB: a year of a busy client's readings (the
  // dashboard) then stays in memory between two looks, for a fraction of the renderer's footprint.
  db.pragma('cache_size = -32000');
}

/** Only SQLite's own verdict moves a file aside; a busy, locked or unreadable file is left where it is. */
function isDamage(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === 'SQLITE_NOTADB' || code === 'SQLITE_CORRUPT';
}

function moveAside(dataDir: string, path: string, at: Date, cause: string): never {
  const movedTo = join(dataDir, `calepin.damaged-${at.getTime()}.sqlite`);
  renameSync(path, movedTo);
  for (const suffix of ['-wal', '-shm'])
    if (existsSync(path + suffix)) renameSync(path + suffix, movedTo + suffix);
  throw new DatabaseDamagedError(path, movedTo, listRotatingBackups(dataDir)[0]?.path ?? null, cause);
}

/**
 * Opens (or creates) the data file: refuses a file from a newer version untouched, moves a
 * damaged file aside, backs up before migrating, then applies pending migrations atomically.
 */
export async function openDatabase(dataDir: string, options: OpenOptions = {}): Promise<Opened> {
  const migrations = options.migrations ?? MIGRATIONS;
  const latest = migrations.at(-1)?.version ?? LATEST_VERSION;
  const now = options.now ?? (() => new Date());
  mkdirSync(dataDir, { recursive: true });
  const path = join(dataDir, DB_FILE);

  if (existsSync(path)) {
    const version = readHeaderVersion(path);
    if (version === null) moveAside(dataDir, path, now(), 'not an SQLite database');
    if (version > latest) throw new DatabaseTooNewError(path, version, latest);
  }

  let db: Db;
  try {
    db = new Database(path);
    // Before anything reads the file: another process holding it for a moment is not damage.
    db.pragma('busy_timeout = 5000');
    const check = db.pragma('quick_check', { simple: true });
    if (check !== 'ok') {
      db.close();
      moveAside(dataDir, path, now(), String(check));
    }
  } catch (error) {
    if (error instanceof DatabaseDamagedError || !isDamage(error)) throw error;
    moveAside(dataDir, path, now(), (error as Error).message);
  }
  applyPragmas(db);

  const from = schemaVersion(db);
  if (from > latest) {
    db.close();
    throw new DatabaseTooNewError(path, from, latest);
  }
  try {
    const backup = from > 0 && from < latest ? await preMigrationBackup(db, dataDir, from, now()) : null;
    const migrated = migrate(db, migrations);
    return { db, path, migrated, preMigrationBackup: backup };
  } catch (error) {
    db.close();
    throw error;
  }
}

export function closeDatabase(db: Db): void {
  if (!db.open) return;
  db.pragma('optimize');
  db.close();
}
