import { existsSync, mkdirSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { latestBackup, preMigrationBackup } from './backups.ts';
import { asStorageError, DatabaseDamagedError, DatabaseTooNewError } from './errors.ts';
import { isShorterThanItsHeader, readHeaderVersion } from './header.ts';
import { checkIntegrity } from './integrity.ts';
import { checkMigrations, migrate, schemaVersion } from './migrate.ts';
import { LATEST_VERSION, MIGRATIONS } from './migrations/index.ts';
import type { Migration } from './migrations/types.ts';
import { DB_FILE } from './paths.ts';
import type { Db } from './types.ts';

export interface OpenOptions {
  migrations?: readonly Migration[];
  now?: () => Date;
  /**
   * The caller checks the whole file itself once it is open (the session does, on a thread of its
   * own, after the first screen). Without it the check runs here, before opening.
   */
  checkLater?: boolean;
}

export interface Opened {
  db: Db;
  path: string;
  migrated: number[];
  preMigrationBackup: string | null;
  /** The whole-file check is still owed: the file was at the current version and `checkLater` was asked. */
  unchecked: boolean;
}

const SIDE_FILES = ['-wal', '-shm'] as const;

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

/** Moves a damaged file (and its journal) aside, untouched, and names the latest backup. */
export function setAside(
  dataDir: string,
  path: string,
  at: Date,
  detail: string,
  reason: 'damaged' | 'orphanWal' = 'damaged',
): DatabaseDamagedError {
  const movedTo = join(dataDir, `calepin.damaged-${at.getTime()}.sqlite`);
  try {
    if (existsSync(path)) renameSync(path, movedTo);
    for (const suffix of SIDE_FILES)
      if (existsSync(path + suffix)) renameSync(path + suffix, movedTo + suffix);
  } catch (error) {
    throw asStorageError(dataDir, error);
  }
  const backup = latestBackup(dataDir);
  return new DatabaseDamagedError(
    path,
    movedTo,
    backup ? join(dataDir, 'backups', backup.name) : null,
    detail,
    reason,
  );
}

function moveAside(...args: Parameters<typeof setAside>): never {
  throw setAside(...args);
}

/** SQLite's whole-file check (read-only: see integrity.ts); damage moves the file aside. */
function probe(dataDir: string, path: string, at: Date): void {
  let verdict: ReturnType<typeof checkIntegrity>;
  try {
    verdict = checkIntegrity(path);
  } catch (error) {
    throw asStorageError(dataDir, error);
  }
  if (verdict.damaged) moveAside(dataDir, path, at, verdict.detail);
}

/**
 * Opens (or creates) the data file: refuses a file from a newer version untouched, moves a
 * damaged file aside, backs up before migrating, then applies pending migrations atomically.
 * Throws `MigrationListError` first of all if `migrations` is not in strictly increasing order.
 */
export async function openDatabase(dataDir: string, options: OpenOptions = {}): Promise<Opened> {
  const migrations = options.migrations ?? MIGRATIONS;
  // A list out of order is the code's mistake: refused before the folder or the file is touched.
  checkMigrations(migrations);
  const latest = migrations.at(-1)?.version ?? LATEST_VERSION;
  const now = options.now ?? (() => new Date());
  try {
    mkdirSync(dataDir, { recursive: true });
  } catch (error) {
    throw asStorageError(dataDir, error);
  }
  const path = join(dataDir, DB_FILE);

  let unchecked = false;
  if (existsSync(path)) {
    const version = readHeaderVersion(path);
    if (version === null) moveAside(dataDir, path, now(), 'not an SQLite database');
    if (version > latest) throw new DatabaseTooNewError(path, version, latest);
    if (version > 0 && isShorterThanItsHeader(path))
      moveAside(dataDir, path, now(), 'the file ends before its last page');
    // A file about to be migrated is checked first, so that neither the migration nor the backup
    // taken before it works on damaged pages; migrations are rare, and their start waits anyway.
    if (version > 0 && (version < latest || !options.checkLater)) probe(dataDir, path, now());
    else unchecked = version > 0;
  } else if (existsSync(`${path}-wal`)) {
    moveAside(dataDir, path, now(), 'the data file is missing but its journal is still there', 'orphanWal');
  }

  let db: Db | null = null;
  try {
    db = new Database(path);
    // Another process holding the file for a moment is not damage.
    db.pragma('busy_timeout = 5000');
    applyPragmas(db);
  } catch (error) {
    db?.close();
    throw asStorageError(dataDir, error);
  }

  const from = schemaVersion(db);
  if (from > latest) {
    db.close();
    throw new DatabaseTooNewError(path, from, latest);
  }
  try {
    const backup = from > 0 && from < latest ? await preMigrationBackup(db, dataDir, from, now()) : null;
    const migrated = migrate(db, migrations);
    return { db, path, migrated, preMigrationBackup: backup, unchecked };
  } catch (error) {
    db.close();
    throw asStorageError(dataDir, error);
  }
}

export function closeDatabase(db: Db): void {
  if (!db.open) return;
  try {
    db.pragma('optimize');
  } catch {
    // On a full disk even the statistics cannot be written; closing matters more.
  } finally {
    db.close();
  }
}
