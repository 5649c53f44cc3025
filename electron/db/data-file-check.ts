import Database from 'better-sqlite3';
import { AppError } from '../../shared/errors.ts';
import { readHeaderVersion } from './header.ts';
import { LATEST_VERSION } from './migrations/index.ts';
import type { Db } from './types.ts';

const refuse = (
  code: 'notCalepinFile' | 'damagedFile' | 'fileTooNew',
  message: string,
  params?: Record<string, number>,
) => new AppError('invalid_input', message, [{ path: ['file'], code, ...(params ? { params } : {}) }]);

/**
 * Checks a file before it may take the place of the data file (a backup, an imported workspace):
 * a Calepin database this version can read, whole. Read-only: the file is not changed.
 * Returns its schema version.
 */
export function checkDataFile(
  path: string,
  expectTables: readonly string[] = ['clients', 'channels'],
): number {
  let version: number | null;
  try {
    version = readHeaderVersion(path);
  } catch {
    version = null;
  }
  if (version === null || version === 0) throw refuse('notCalepinFile', 'Not a Calepin data file');
  if (version > LATEST_VERSION)
    throw refuse('fileTooNew', 'Made by a newer version of Calepin', {
      found: version,
      supported: LATEST_VERSION,
    });
  let reader: Db | null = null;
  try {
    reader = new Database(path, { readonly: true, fileMustExist: true });
    const check = String(reader.pragma('quick_check', { simple: true }));
    if (check !== 'ok') throw refuse('damagedFile', `The file is damaged: ${check}`);
    const tables = new Set(
      reader.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").pluck().all() as string[],
    );
    if (!expectTables.every((t) => tables.has(t))) throw refuse('notCalepinFile', 'Not a Calepin data file');
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw refuse('damagedFile', `The file cannot be read: ${(error as Error).message}`);
  } finally {
    reader?.close();
  }
  return version;
}
