import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import {
  BACKUP_NAME,
  BACKUPS_KEEP_DEFAULT,
  type BackupInfo,
  type BackupKind,
} from '../../shared/domain/backup.ts';
import { offThread } from './off-thread.ts';
import type { Db } from './types.ts';

/** Before the keep-count was a setting; still the default. */
export const BACKUPS_KEPT = BACKUPS_KEEP_DEFAULT;

export const backupDir = (dataDir: string): string => join(dataDir, 'backups');

const PREFIX: Record<Exclude<BackupKind, 'beforeMigration'>, string> = {
  auto: 'calepin',
  manual: 'manual',
  beforeRestore: 'before-restore',
  beforeImport: 'before-import',
};

function kindOf(prefix: string): BackupKind {
  if (prefix.startsWith('pre-migration-')) return 'beforeMigration';
  const found = Object.entries(PREFIX).find(([, p]) => p === prefix);
  return (found?.[0] as BackupKind | undefined) ?? 'auto';
}

function stamp(at: Date): string {
  return at
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}Z$/, 'Z');
}

function freeName(dir: string, base: string): string {
  const stem = base.replace(/Z$/, '');
  // Counters only go up within one stamp, even after rotation deleted the older ones.
  let highest = -1;
  for (const name of readdirSync(dir)) {
    if (name === `${base}.sqlite`) highest = Math.max(highest, 0);
    const m = name.startsWith(`${stem}-`) ? /-(\d+)Z\.sqlite$/.exec(name) : null;
    if (m) highest = Math.max(highest, Number(m[1]));
  }
  return highest < 0 ? `${base}.sqlite` : `${stem}-${highest + 1}Z.sqlite`;
}

/**
 * Copies the live database on a thread of its own (`copyForBackup`: consistent even while in use),
 * so that neither the copy nor the sync of a large file holds up the calls of the main process.
 */
async function backupTo(db: Db, dir: string, base: string): Promise<string> {
  mkdirSync(dir, { recursive: true });
  const path = join(dir, freeName(dir, base));
  // Written under another name and renamed when whole: a kill or a full disk half-way leaves a
  // `.part` (cleared at the next start), never something that looks like a backup.
  const part = `${path}${PART}`;
  try {
    await offThread({ kind: 'backup', source: db.name, dest: part }).result;
    renameSync(part, path);
  } catch (error) {
    for (const suffix of ['', '-journal', '-wal', '-shm']) rmSync(part + suffix, { force: true });
    throw error;
  }
  return path;
}

const PART = '.part';

/** What a backup cut short left behind. */
export function clearPartialBackups(dataDir: string): void {
  let names: string[];
  try {
    names = readdirSync(backupDir(dataDir));
  } catch {
    return;
  }
  for (const name of names)
    if (/\.part(-journal|-wal|-shm)?$/.test(name)) rmSync(join(backupDir(dataDir), name), { force: true });
}

/** Newest first: the stamp, then the counter zero-padded, so -10 sorts after -9 and after the base. */
const sortKey = (m: RegExpExecArray): string => `${m[2]}-${(m[3] ?? '0').padStart(6, '0')}`;

const takenAt = (compact: string): string =>
  `${compact.slice(0, 4)}-${compact.slice(4, 6)}-${compact.slice(6, 8)}T${compact.slice(9, 11)}:${compact.slice(11, 13)}:${compact.slice(13, 15)}.000Z`;

export function listBackups(dataDir: string): BackupInfo[] {
  const dir = backupDir(dataDir);
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  return names
    .map((name) => BACKUP_NAME.exec(name))
    .filter((m): m is RegExpExecArray => m !== null)
    .sort((a, b) => sortKey(b).localeCompare(sortKey(a)) || (b[1] ?? '').localeCompare(a[1] ?? ''))
    .flatMap((m) => {
      try {
        const size = statSync(join(dir, m[0])).size;
        return [{ name: m[0], kind: kindOf(m[1] ?? ''), takenAt: takenAt(m[2] ?? ''), size }];
      } catch {
        return [];
      }
    });
}

/** The file of a backup named by the user; the name was checked against BACKUP_NAME, so no path escapes. */
export function backupFile(dataDir: string, name: string): string | null {
  const path = join(backupDir(dataDir), name);
  return BACKUP_NAME.test(name) && existsSync(path) ? path : null;
}

export async function takeBackup(
  db: Db,
  dataDir: string,
  kind: Exclude<BackupKind, 'beforeMigration'>,
  at: Date,
): Promise<string> {
  return backupTo(db, backupDir(dataDir), `${PREFIX[kind]}-${stamp(at)}`);
}

/**
 * The data file just replaced becomes the safety backup of `kind`: moved into backups/, not copied,
 * after its journal is folded in (one self-contained file, like every backup). `file` is closed.
 */
export function adoptAsBackup(
  dataDir: string,
  file: string,
  kind: 'beforeRestore' | 'beforeImport',
  at: Date,
): string {
  const dir = backupDir(dataDir);
  mkdirSync(dir, { recursive: true });
  const db = new Database(file, { fileMustExist: true });
  try {
    db.pragma('journal_mode = DELETE');
  } finally {
    db.close();
  }
  const path = join(dir, freeName(dir, `${PREFIX[kind]}-${stamp(at)}`));
  renameSync(file, path);
  return path;
}

/** The automatic backups beyond the newest `keep`; the ones made by hand or before a change stay. */
const beyond = (dataDir: string, keep: number): string[] =>
  listBackups(dataDir)
    .filter((b) => b.kind === 'auto')
    .slice(keep)
    .map((old) => join(backupDir(dataDir), old.name));

/** Automatic backups beyond the newest `keep` go; the ones made by hand or before a change stay. */
export function pruneAutomatic(dataDir: string, keep: number): void {
  for (const path of beyond(dataDir, keep)) rmSync(path, { force: true });
}

/**
 * Takes an automatic backup and keeps only the newest `keep` of them. Removed off the main thread:
 * unlinking a file of a hundred megabytes takes the file system a tenth of a second or more.
 */
export async function rotateBackup(db: Db, dataDir: string, at: Date, keep = BACKUPS_KEPT): Promise<string> {
  const path = await takeBackup(db, dataDir, 'auto', at);
  const automatic = listBackups(dataDir).filter((b) => b.kind === 'auto');
  await Promise.all(
    automatic.slice(keep).map((old) => rm(join(backupDir(dataDir), old.name), { force: true })),
  );
  return path;
}

export async function preMigrationBackup(
  db: Db,
  dataDir: string,
  fromVersion: number,
  at: Date,
): Promise<string> {
  return backupTo(db, backupDir(dataDir), `pre-migration-v${fromVersion}-${stamp(at)}`);
}

/** The newest backup that could stand in for the data file (any kind: all are full copies). */
export const latestBackup = (dataDir: string): BackupInfo | null => listBackups(dataDir)[0] ?? null;
