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

/** The file is not a readable SQLite database; it has been moved aside, never overwritten. */
export class DatabaseDamagedError extends Error {
  readonly movedTo: string;
  readonly latestBackup: string | null;
  constructor(path: string, movedTo: string, latestBackup: string | null, cause: string) {
    super(
      `The data file ${path} could not be read (${cause}). It was moved to ${movedTo}.${latestBackup ? ` The latest backup is ${latestBackup}.` : ''}`,
    );
    this.name = 'DatabaseDamagedError';
    this.movedTo = movedTo;
    this.latestBackup = latestBackup;
  }
}
