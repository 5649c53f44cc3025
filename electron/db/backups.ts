import { constants, copyFileSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { readHeaderVersion } from './header.ts';
import { DB_FILE } from './paths.ts';
import type { Db } from './types.ts';

export const BACKUPS_KEPT = 10;
const ROTATING = /^calepin-\d{8}T\d{6}(-\d+)?Z\.sqlite$/;

export interface BackupFile {
  name: string;
  path: string;
  size: number;
  takenAt: Date;
}

export const backupDir = (dataDir: string): string => join(dataDir, 'backups');

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

/** Copies the live database with SQLite's online backup API (consistent even while in use). */
export async function backupTo(db: Db, dir: string, base: string): Promise<string> {
  mkdirSync(dir, { recursive: true });
  const path = join(dir, freeName(dir, base));
  await db.backup(path);
  return path;
}

// calepin-<stamp>[-n]Z: the stamp, then the counter zero-padded, so -10 sorts after -9 and after the base.
const sortKey = (name: string): string => {
  const m = /^calepin-(\d{8}T\d{6})(?:-(\d+))?Z/.exec(name);
  return `${m?.[1] ?? ''}-${(m?.[2] ?? '0').padStart(6, '0')}`;
};

export function listRotatingBackups(dataDir: string): BackupFile[] {
  const dir = backupDir(dataDir);
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  return names
    .filter((n) => ROTATING.test(n))
    .sort((a, b) => sortKey(b).localeCompare(sortKey(a)))
    .map((name) => {
      const stat = statSync(join(dir, name));
      return { name, path: join(dir, name), size: stat.size, takenAt: stat.mtime };
    });
}

/** Takes a rotating backup and keeps only the newest BACKUPS_KEPT of them. */
export async function rotateBackup(db: Db, dataDir: string, at: Date): Promise<string> {
  const path = await backupTo(db, backupDir(dataDir), `calepin-${stamp(at)}`);
  for (const old of listRotatingBackups(dataDir).slice(BACKUPS_KEPT)) rmSync(old.path, { force: true });
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

/**
 * Puts a backup back as the data file. Only into an empty place: the damaged file was moved
 * aside first, and a live data file is never overwritten.
 */
export function restoreBackup(dataDir: string, backupPath: string): string {
  const target = join(dataDir, DB_FILE);
  const version = readHeaderVersion(backupPath);
  if (version === null || version === 0) throw new Error(`${backupPath} is not a Calepin backup.`);
  copyFileSync(backupPath, target, constants.COPYFILE_EXCL);
  return target;
}
