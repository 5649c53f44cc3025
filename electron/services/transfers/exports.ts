import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SavedFile } from '../../../shared/domain/report.ts';

/**
 * An export (the workspace file, a report's PDF, a plan to approve) waits in `exports/` until the
 * page downloads it (the browser's or Electron's own save dialog then puts it where the user
 * wants). Only the latest one is kept, and none past a restart.
 */
export const EXPORTS_FOLDER = 'exports';
/** The only names `exportName` and `documentName` give: what the hosts agree to serve from `exports/`. */
export const EXPORT_NAME =
  /^(?:Calepin-\d{4}-\d{2}-\d{2}\.calepin|calepin-(?:plan|report)-[a-z0-9-]{1,40}-\d{4}-\d{2}-\d{2}\.(?:html|pdf))$/;

export const exportsDir = (dataDir: string): string => join(dataDir, EXPORTS_FOLDER);

/** Named for the user's own day (the app runs in their time zone), not UTC's. */
export function exportName(at: Date): string {
  const two = (n: number) => String(n).padStart(2, '0');
  return `Calepin-${at.getFullYear()}-${two(at.getMonth() + 1)}-${two(at.getDate())}.calepin`;
}

export function clearExports(dataDir: string): void {
  rmSync(exportsDir(dataDir), { recursive: true, force: true });
}

export function prepareExportsDir(dataDir: string): string {
  clearExports(dataDir);
  const dir = exportsDir(dataDir);
  mkdirSync(dir, { recursive: true });
  return dir;
}

/** A document for a client, named for what it is, whose client and from when (`slug` from `fileSlug`). */
export const documentName = (
  kind: 'plan' | 'report',
  slug: string,
  from: string,
  extension: 'html' | 'pdf',
): string => `calepin-${kind}-${slug}-${from}.${extension}`;

/** Writes one document as the only export, ready for the page to download. */
export function writeExport(dataDir: string, name: string, data: string | Uint8Array): SavedFile {
  if (!EXPORT_NAME.test(name)) throw new Error(`Not an export's name: ${name}`);
  const path = join(prepareExportsDir(dataDir), name);
  writeFileSync(path, data);
  return { name, size: typeof data === 'string' ? Buffer.byteLength(data) : data.byteLength };
}
