import { statSync } from 'node:fs';
import { EXPORT_NAME, EXPORTS_FOLDER } from '../services/transfers/exports.ts';
import { contentType } from './content-type.ts';
import { safeJoin } from './safe-path.ts';

// How both hosts hand an export to the browser: as a download (below) with its own name and type.
// An approval page is never shown inside the app's origin: it is a file for the client.

export const downloadHeaders = (file: { name: string; size: number }): Record<string, string> => ({
  'content-disposition': `attachment; filename="${file.name}"`,
  'content-length': String(file.size),
});

/** Workspace exports are served under this path by the app protocol and the web host alike. */
export const EXPORTS_PREFIX = '/exports/';

/** The file an `/exports/<name>` path names, or null: anything but an export's own name is not found. */
export function exportFile(
  dataDir: string,
  pathname: string,
): { path: string; size: number; name: string; type: string } | null {
  if (!pathname.startsWith(EXPORTS_PREFIX)) return null;
  const name = pathname.slice(EXPORTS_PREFIX.length);
  if (!EXPORT_NAME.test(name)) return null;
  // Its real path, checked inside exports/: a link planted there must not serve another file.
  const path = safeJoin(dataDir, name, EXPORTS_FOLDER);
  if (!path) return null;
  return { path, size: statSync(path).size, name, type: contentType(name) };
}
