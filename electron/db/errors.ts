/** The file was written by a newer Calepin: we refuse to open it rather than risk damaging it. */
export class DatabaseTooNewError extends Error {
  readonly found: number;
  readonly supported: number;
  readonly path: string;
  constructor(path: string, found: number, supported: number) {
    super(
      `The data file ${path} was written by a newer version of Calepin (schema ${found}; this version understands up to ${supported}). Update Calepin to open it; the file has not been changed.`,
    );
    this.name = 'DatabaseTooNewError';
    this.path = path;
    this.found = found;
    this.supported = supported;
  }
}

/**
 * The data file cannot be used and has been moved aside, never overwritten: it is not a readable
 * SQLite database (`damaged`), or it is gone while its write-ahead log is still there (`orphanWal`:
 * replaying that log into a new file would mix someone else's pages into it).
 */
export class DatabaseDamagedError extends Error {
  readonly reason: 'damaged' | 'orphanWal';
  readonly movedTo: string;
  readonly latestBackup: string | null;
  readonly detail: string;
  constructor(
    path: string,
    movedTo: string,
    latestBackup: string | null,
    detail: string,
    reason: 'damaged' | 'orphanWal' = 'damaged',
  ) {
    super(
      `The data file ${path} could not be read (${detail}). It was moved to ${movedTo}.${latestBackup ? ` The latest backup is ${latestBackup}.` : ''}`,
    );
    this.name = 'DatabaseDamagedError';
    this.reason = reason;
    this.movedTo = movedTo;
    this.latestBackup = latestBackup;
    this.detail = detail;
  }
}

export type StorageProblem = 'unwritable' | 'diskFull';

const UNWRITABLE = new Set([
  'EACCES',
  'EPERM',
  'EROFS',
  'SQLITE_READONLY',
  'SQLITE_CANTOPEN',
  'SQLITE_PERM',
  'SQLITE_AUTH',
]);
const FULL = new Set(['ENOSPC', 'EDQUOT', 'SQLITE_FULL']);

/**
 * What the disk said, when it refused: a folder Calepin may not write to, or no room left.
 * SQLite's extended codes (SQLITE_READONLY_DBMOVED, SQLITE_IOERR_WRITE on ENOSPC…) count as their family.
 */
export function storageProblem(error: unknown): StorageProblem | null {
  const code = String((error as { code?: unknown } | null)?.code ?? '');
  const family = code.startsWith('SQLITE_') ? code.split('_').slice(0, 2).join('_') : code;
  if (FULL.has(family) || FULL.has(code)) return 'diskFull';
  if (UNWRITABLE.has(family) || UNWRITABLE.has(code)) return 'unwritable';
  // SQLite reports a full disk during a write as an I/O error; the message names the cause.
  if (family === 'SQLITE_IOERR' && /full|space/i.test(String((error as Error).message))) return 'diskFull';
  return null;
}

/** The data folder or file cannot be written, or the disk is full: nothing was changed. */
export class StorageError extends Error {
  readonly problem: StorageProblem;
  readonly path: string;
  constructor(path: string, problem: StorageProblem, cause: unknown) {
    super(
      problem === 'diskFull'
        ? `The disk holding ${path} is full.`
        : `Calepin may not write to ${path} (${(cause as Error)?.message ?? String(cause)}).`,
    );
    this.name = 'StorageError';
    this.problem = problem;
    this.path = path;
  }
}

/** Turns a refusal of the disk into a StorageError; anything else is rethrown as it came. */
export function asStorageError(path: string, error: unknown): unknown {
  const problem = storageProblem(error);
  return problem ? new StorageError(path, problem, error) : error;
}
