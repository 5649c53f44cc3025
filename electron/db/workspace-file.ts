import Database from 'better-sqlite3';
import type { Db } from './types.ts';

/**
 * The SQL of a workspace file: a copy of the data file plus two tables, a manifest and the
 * attachments' bytes in parts. `application_id` marks it as ours. What goes in them, and the checks
 * on the way in, are electron/services/transfers/workspace-file.ts's.
 */
const APPLICATION_ID = 0x43616c70; // "Calp"
export const EXPORT_TABLES = ['calepin_export', 'calepin_export_files'] as const;

/** A consistent copy of `db` at one instant, compacted, written to `path`; `db` is only read. */
export function vacuumInto(db: Db, path: string): void {
  db.prepare('VACUUM INTO ?').run(path);
}

/** A copy being turned into a workspace file (or back into a data file), opened for writing. */
export const openCopy = (path: string): Db => new Database(path);

/** A workspace file to import, opened read-only: it must exist. */
export const openWorkspaceFile = (path: string): Db =>
  new Database(path, { readonly: true, fileMustExist: true });

export function createExportTables(out: Db): void {
  out.pragma('journal_mode = DELETE');
  out.exec(`CREATE TABLE calepin_export (key TEXT PRIMARY KEY, value TEXT NOT NULL);
      CREATE TABLE calepin_export_files (sha256 TEXT NOT NULL, part INTEGER NOT NULL, bytes BLOB NOT NULL,
        PRIMARY KEY (sha256, part)) WITHOUT ROWID;`);
}

/** Writes one part of a file's bytes. */
export function filePartWriter(out: Db): (sha256: string, part: number, bytes: Buffer) => void {
  const insert = out.prepare('INSERT INTO calepin_export_files (sha256, part, bytes) VALUES (?, ?, ?)');
  return (sha256, part, bytes) => {
    insert.run(sha256, part, bytes);
  };
}

/** One transaction around work that awaits (better-sqlite3's own cannot): all of it, or none. */
export async function inAsyncTransaction(out: Db, work: () => Promise<void>): Promise<void> {
  out.exec('BEGIN');
  try {
    await work();
    out.exec('COMMIT');
  } catch (error) {
    out.exec('ROLLBACK');
    throw error;
  }
}

export function writeManifest(out: Db, manifest: Record<string, string>): void {
  const put = out.prepare('INSERT INTO calepin_export (key, value) VALUES (?, ?)');
  out.transaction(() => {
    for (const [key, value] of Object.entries(manifest)) put.run(key, value);
  })();
}

export function markAsWorkspaceFile(out: Db): void {
  out.pragma(`application_id = ${APPLICATION_ID}`);
}

export const isWorkspaceFile = (reader: Db): boolean =>
  reader.pragma('application_id', { simple: true }) === APPLICATION_ID;

export function readManifestEntries(reader: Db): Record<string, string> {
  const rows = reader.prepare('SELECT key, value FROM calepin_export').all() as {
    key: string;
    value: string;
  }[];
  return Object.fromEntries(rows.map((r) => [r.key, r.value]));
}

/** How many parts are larger than `maxBytes`, counted by SQLite without reading their bytes. */
export const oversizedParts = (reader: Db, maxBytes: number): number =>
  reader
    .prepare('SELECT count(*) FROM calepin_export_files WHERE length(bytes) > ?')
    .pluck()
    .get(maxBytes) as number;

/** The names (SHA-256, unchecked) of the files a workspace file holds, in order. */
export const storedFileNames = (reader: Db): string[] =>
  reader
    .prepare('SELECT DISTINCT sha256 FROM calepin_export_files ORDER BY sha256')
    .pluck()
    .all() as string[];

/** Reads one file's parts in order. */
export function filePartReader(reader: Db): (sha256: string) => Iterable<{ part: number; bytes: Buffer }> {
  const parts = reader.prepare('SELECT part, bytes FROM calepin_export_files WHERE sha256 = ? ORDER BY part');
  return (sha256) => parts.iterate(sha256) as Iterable<{ part: number; bytes: Buffer }>;
}

/**
 * Turns a workspace file into a plain data file, in place: the pages the attachments took are left
 * free (see `freeShare`), for a `VACUUM INTO` to leave out when they are many.
 */
export function dropExportTables(data: Db): void {
  data.pragma('journal_mode = DELETE');
  data.exec(EXPORT_TABLES.map((t) => `DROP TABLE ${t};`).join(''));
  data.pragma('application_id = 0');
}

/** The share of the file's pages that hold nothing. */
export function freeShare(db: Db): number {
  const free = db.pragma('freelist_count', { simple: true }) as number;
  const pages = db.pragma('page_count', { simple: true }) as number;
  return pages > 0 ? free / pages : 0;
}

/** The rows of a table that are not in the trash. */
export const liveCount = (db: Db, table: 'clients' | 'posts'): number =>
  db.prepare(`SELECT count(*) FROM ${table} WHERE deleted_at IS NULL`).pluck().get() as number;
