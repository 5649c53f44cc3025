import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { exportsDir } from '../../../electron/services/transfers/exports.ts';
import type { WorkspaceExport, WorkspaceImported } from '../../../shared/domain/workspace-file.ts';
import type { TestCore } from '../hosts/core.ts';
import { dumpTables } from './db-dump.ts';

export const exportedPath = (core: TestCore, exported: WorkspaceExport): string =>
  join(exportsDir(core.dataDir), exported.name);

/** Sends a workspace file as the page does: begin, chunks in order, import. */
export async function importFile(
  core: TestCore,
  bytes: Buffer,
  chunkBytes = 64 * 1024,
): Promise<WorkspaceImported> {
  const { uploadId } = await core.call('workspace.importBegin', {
    name: 'Calepin.calepin',
    size: bytes.length,
  });
  for (let offset = 0; offset < bytes.length; offset += chunkBytes)
    await core.call('workspace.importChunk', {
      uploadId,
      offset,
      base64: bytes.subarray(offset, offset + chunkBytes).toString('base64'),
    });
  return core.call('workspace.import', { uploadId });
}

/**
 * Everything a workspace file holds, table by table (attachments' bytes included), and the hash of
 * its bytes but for the schema cookie (header bytes 40–43): SQLite bumps that counter at each schema
 * change, and an imported file has been through more of them than the exported one.
 */
export function readWorkspaceFile(path: string): { tables: Record<string, unknown[]>; sha256: string } {
  const db = new Database(path, { readonly: true, fileMustExist: true });
  try {
    const bytes = Buffer.from(readFileSync(path));
    bytes.fill(0, 40, 44);
    return { tables: dumpTables(db), sha256: createHash('sha256').update(bytes).digest('hex') };
  } finally {
    db.close();
  }
}

export const fileBytes = (path: string): Buffer => readFileSync(path);
