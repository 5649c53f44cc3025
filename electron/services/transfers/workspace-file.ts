import { createHash, randomUUID } from 'node:crypto';
import { closeSync, mkdirSync, openSync, readSync, renameSync, rmSync, statSync, writeSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { WorkspaceExport, WorkspaceImported } from '../../../shared/domain/workspace-file.ts';
import { AppError } from '../../../shared/errors.ts';
import { isSha256 } from '../../../shared/media/sniff.ts';
import { referencedFiles } from '../../db/attachments.ts';
import { schemaVersion } from '../../db/migrate.ts';
import { offThread } from '../../db/off-thread.ts';
import type { Db } from '../../db/types.ts';
import {
  createExportTables,
  filePartReader,
  filePartWriter,
  inAsyncTransaction,
  isWorkspaceFile,
  markAsWorkspaceFile,
  openCopy,
  openWorkspaceFile,
  oversizedParts,
  readManifestEntries,
  storedFileNames,
  vacuumInto,
  writeManifest,
} from '../../db/workspace-file.ts';
import type { Session } from '../data-file/session.ts';
import { mediaPath, storeFile } from '../media/media-store.ts';
import { UPLOADS_FOLDER } from './chunked-upload.ts';
import { exportName, prepareExportsDir } from './exports.ts';

/**
 * A workspace file is an SQLite database: a copy of the data file plus two tables, a manifest and
 * the attachments' bytes in 1 MB parts. SQLite checks it whole on the way in, and any SQLite tool can
 * open it. `application_id` marks it as ours (its SQL is electron/db/workspace-file.ts's).
 */
const FORMAT = '1';
const PART_BYTES = 1024 * 1024;

const yieldToOthers = () => new Promise<void>((resolve) => setImmediate(resolve));

const notOurs = () =>
  new AppError('invalid_input', 'Not a Calepin workspace file', [{ path: ['file'], code: 'notCalepinFile' }]);
const damaged = (why: string) =>
  new AppError('invalid_input', `The workspace file is damaged: ${why}`, [
    { path: ['file'], code: 'damagedFile' },
  ]);

async function copyFileInto(out: Db, sha256: string, path: string): Promise<void> {
  const insert = filePartWriter(out);
  const fd = openSync(path, 'r');
  try {
    const buffer = Buffer.allocUnsafe(PART_BYTES);
    for (let part = 0; ; part++) {
      const read = readSync(fd, buffer, 0, PART_BYTES, null);
      if (read === 0) break;
      insert(sha256, part, buffer.subarray(0, read));
      // A video is many parts: other calls may run between them.
      if (part % 16 === 15) await yieldToOthers();
    }
  } finally {
    closeSync(fd);
  }
}

/** Writes the whole workspace (data and attachments) to one file under exports/. */
export async function exportWorkspace(
  db: Db,
  dataDir: string,
  at: Date,
  appVersion: string,
): Promise<WorkspaceExport> {
  const dir = prepareExportsDir(dataDir);
  const name = exportName(at);
  const part = join(dir, `${name}.part`);
  try {
    return await writeExport(db, dataDir, at, appVersion, part, join(dir, name));
  } catch (error) {
    // A full disk half-way must not leave a file as big as the workspace behind.
    rmSync(part, { force: true });
    rmSync(`${part}-journal`, { force: true });
    throw error;
  }
}

async function writeExport(
  db: Db,
  dataDir: string,
  at: Date,
  appVersion: string,
  part: string,
  path: string,
): Promise<WorkspaceExport> {
  // A consistent copy at one instant, compacted; the live file is only read.
  vacuumInto(db, part);
  const out = openCopy(part);
  let attachments = 0;
  let missing = 0;
  try {
    createExportTables(out);
    for (const sha of [...referencedFiles(db)].sort()) {
      const path = mediaPath(dataDir, sha);
      if (!path || !fileExists(path)) {
        missing += 1;
        continue;
      }
      await inAsyncTransaction(out, () => copyFileInto(out, sha, path));
      attachments += 1;
    }
    const manifest = {
      format: FORMAT,
      app: 'Calepin',
      appVersion,
      schemaVersion: String(schemaVersion(db)),
      exportedAt: at.toISOString(),
      attachments: String(attachments),
      missingAttachments: String(missing),
    };
    writeManifest(out, manifest);
    markAsWorkspaceFile(out);
  } finally {
    out.close();
  }
  renameSync(part, path);
  return { name: basename(path), size: statSync(path).size, attachments, missingAttachments: missing };
}

function fileExists(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

function readManifest(reader: Db): Record<string, string> {
  if (!isWorkspaceFile(reader)) throw notOurs();
  const manifest = readManifestEntries(reader);
  if (manifest.app !== 'Calepin') throw notOurs();
  if (manifest.format !== FORMAT)
    throw new AppError('invalid_input', 'Made by a newer version of Calepin', [
      { path: ['file'], code: 'fileTooNew' },
    ]);
  return manifest;
}

/**
 * Rebuilds each attachment from its parts into uploads/, checking that its bytes hash to its name.
 * Returns the extracted files; nothing is stored until the whole file has been checked.
 */
async function extractFiles(reader: Db, dataDir: string): Promise<Map<string, string>> {
  const folder = join(dataDir, UPLOADS_FOLDER, `import-${Date.now()}`);
  mkdirSync(folder, { recursive: true });
  const extracted = new Map<string, string>();
  try {
    // Asked of SQLite before any row is read: a forged part of a gigabyte never reaches memory.
    const oversized = oversizedParts(reader, PART_BYTES);
    if (oversized > 0) throw damaged(`${oversized} part(s) are larger than ${PART_BYTES} bytes`);
    const names = storedFileNames(reader);
    const parts = filePartReader(reader);
    for (const sha of names) {
      if (!isSha256(sha)) throw damaged(`an attachment is named ${JSON.stringify(sha).slice(0, 80)}`);
      const path = join(folder, sha);
      const hash = createHash('sha256');
      const fd = openSync(path, 'w');
      try {
        let expected = 0;
        for (const row of parts(sha)) {
          if (row.part !== expected || !Buffer.isBuffer(row.bytes))
            throw damaged(`a part of ${sha} is missing`);
          hash.update(row.bytes);
          writeSync(fd, row.bytes);
          expected += 1;
          // A video is many parts: other calls may run between them (the reader is this loop's own).
          if (expected % 16 === 0) await yieldToOthers();
        }
      } finally {
        closeSync(fd);
      }
      if (hash.digest('hex') !== sha) throw damaged(`the bytes of ${sha} do not match their name`);
      extracted.set(sha, path);
      await yieldToOthers();
    }
    return extracted;
  } catch (error) {
    rmSync(folder, { recursive: true, force: true });
    throw error;
  }
}

/**
 * Replaces the workspace with a workspace file's: checked whole first (SQLite's own check, the
 * manifest, every attachment's hash), then the current data becomes a backup and the new file takes
 * its place. `file` is the upload, ours to change. The whole-file steps run on a thread of their own
 * and only the swap makes other calls wait: until then they are answered from the data in use.
 */
export async function importWorkspace(session: Session, file: string): Promise<WorkspaceImported> {
  await offThread({ kind: 'checkCandidate', path: file, workspaceFile: true }).result;
  const dataDir = session.dataDir;
  const compacted = join(dataDir, UPLOADS_FOLDER, `import-${randomUUID()}.sqlite`);
  let extracted = new Map<string, string>();
  try {
    const reader = openWorkspaceFile(file);
    let manifest: Record<string, string>;
    try {
      manifest = readManifest(reader);
      extracted = await extractFiles(reader, dataDir);
    } finally {
      reader.close();
    }
    const prepared = await offThread({ kind: 'prepareImport', source: file, compactTo: compacted }).result;
    const missing = prepared.referenced.filter(
      (sha) => !extracted.has(sha) && !mediaPathExists(dataDir, sha),
    );
    // Files already missing when it was exported are said so in its manifest; any more is damage.
    if (missing.length > Number(manifest.missingAttachments ?? 0))
      throw damaged(`${missing.length} attachment(s) are missing`);
    // The upload's room is given back before the swap when a compact copy took its place.
    if (prepared.file !== file) rmSync(file, { force: true });
    // The check or a backup of the data in use may still be reading it: waited for here, where
    // calls go on, so that the swap itself is short.
    await session.settled();
    const savedCurrentAs = await session.exclusive(() =>
      session.replaceData(prepared.file, 'beforeImport', () => {
        // Files first: they are named by their content, so storing them changes nothing that exists.
        for (const [sha, path] of extracted) storeFile(dataDir, path, sha);
      }),
    );
    return { clients: prepared.clients, posts: prepared.posts, attachments: extracted.size, savedCurrentAs };
  } finally {
    rmSync(compacted, { force: true });
    for (const path of extracted.values()) rmSync(join(path, '..'), { recursive: true, force: true });
  }
}

function mediaPathExists(dataDir: string, sha: string): boolean {
  const path = mediaPath(dataDir, sha);
  return path !== null && fileExists(path);
}
