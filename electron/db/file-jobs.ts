import { closeSync, fsyncSync, openSync } from 'node:fs';
import Database from 'better-sqlite3';
import { referencedFiles } from './attachments.ts';
import { checkDataFile } from './data-file-check.ts';
import { checkIntegrity, type Verdict } from './integrity.ts';
import {
  dropExportTables,
  EXPORT_TABLES,
  freeShare,
  liveCount,
  openCopy,
  openWorkspaceFile,
  vacuumInto,
} from './workspace-file.ts';

/**
 * Work that reads or writes a whole file: seconds on a large workspace, so it runs on a thread of
 * its own (`off-thread.ts`) and the main process keeps answering meanwhile. Each job opens its own
 * connections; none touches the data file's connection.
 */
export type FileJob =
  /** The data file in use, after the first screen: SQLite's whole-file check, read-only. */
  | { kind: 'checkData'; path: string }
  /** A file about to take the data file's place (a backup, an uploaded workspace file). */
  | { kind: 'checkCandidate'; path: string; workspaceFile: boolean }
  /** A checked workspace file made into a data file: see `prepareImport`. */
  | { kind: 'prepareImport'; source: string; compactTo: string }
  /** A consistent copy of the data file in use, for backups/: see `copyForBackup`. */
  | { kind: 'backup'; source: string; dest: string };

export interface PreparedImport {
  /** The data file to put in place: `source` itself, or its compacted copy. */
  file: string;
  referenced: string[];
  clients: number;
  posts: number;
}

export interface FileJobResults {
  checkData: Verdict;
  checkCandidate: number;
  prepareImport: PreparedImport;
  backup: null;
}

export type FileJobResult<J extends FileJob> = FileJobResults[J['kind']];

/** Above this share of free pages, a copy without them is worth a pass over the file. */
const COMPACT_ABOVE = 1 / 8;

/** On the disk, not only in its cache, before anything is renamed onto the data file. */
export function syncFile(path: string): void {
  const fd = openSync(path, 'r+');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/**
 * The upload is ours (a copy in uploads/): its two export tables are dropped in place. When the
 * attachments left many pages free, `VACUUM INTO` writes a compact copy; otherwise the upload itself
 * becomes the data file, and no second copy of a large file is written.
 */
export function prepareImport(source: string, compactTo: string): PreparedImport {
  const data = openCopy(source);
  let file = source;
  try {
    dropExportTables(data);
    if (freeShare(data) > COMPACT_ABOVE) {
      vacuumInto(data, compactTo);
      file = compactTo;
    }
  } finally {
    data.close();
  }
  const reader = openWorkspaceFile(file);
  try {
    const prepared = {
      file,
      referenced: [...referencedFiles(reader)],
      clients: liveCount(reader, 'clients'),
      posts: liveCount(reader, 'posts'),
    };
    syncFile(file);
    return prepared;
  } finally {
    reader.close();
  }
}

/**
 * A backup taken on a connection of its own, while the main one goes on writing: `VACUUM INTO` reads
 * the whole file in one read transaction (the online backup API would start over at every write
 * made meanwhile by another connection), and writes a compact, synced copy. As a rollback-journal
 * file it is one self-contained file that can be checked, copied or restored without side files.
 */
export function copyForBackup(source: string, dest: string): null {
  const reader = new Database(source, { readonly: true, fileMustExist: true });
  try {
    reader.pragma('busy_timeout = 5000');
    vacuumInto(reader, dest);
  } finally {
    reader.close();
  }
  const copy = new Database(dest, { fileMustExist: true });
  try {
    copy.pragma('journal_mode = DELETE');
  } finally {
    copy.close();
  }
  return null;
}

export function runFileJob<J extends FileJob>(job: J): FileJobResult<J>;
export function runFileJob(job: FileJob): FileJobResults[FileJob['kind']] {
  switch (job.kind) {
    case 'checkData':
      return checkIntegrity(job.path);
    case 'checkCandidate':
      return checkDataFile(
        job.path,
        job.workspaceFile ? ['clients', 'channels', ...EXPORT_TABLES] : undefined,
      );
    case 'prepareImport':
      return prepareImport(job.source, job.compactTo);
    case 'backup':
      return copyForBackup(job.source, job.dest);
  }
}
