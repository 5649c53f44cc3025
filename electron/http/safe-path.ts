import { realpathSync } from 'node:fs';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';

const inside = (root: string, full: string): boolean => {
  const rel = relative(root, full);
  return rel !== '' && rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel);
};

/**
 * Resolves a URL path to an existing file inside `root` (or inside its sub-folder `folder`), or
 * null when it would leave it (`..`, encoded separators, backslashes, absolute paths, NUL bytes, a
 * symlink pointing elsewhere) or is not there. Every server of files goes through it: the renderer's
 * files, attachments and exports, on the web host and the app protocol alike. The answer is the
 * real path, so the file read is the one that was checked, whatever links lead to it.
 *
 * Only `root` itself may be a link (a data folder moved elsewhere by its owner); `folder` and what
 * is in it are the app's own, so a link there — `exports/` replaced by a link to `/etc` — is refused.
 */
export function safeJoin(root: string, urlPath: string, folder = ''): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  // A backslash is a separator on Windows and never part of a file name we ship: refused everywhere alike.
  if (decoded.includes('\0') || decoded.includes('\\')) return null;
  const base = resolve(root, folder);
  const full = resolve(base, `./${decoded.replace(/^\/+/, '')}`);
  if (!inside(base, full)) return null;
  try {
    const real = realpathSync(full);
    return inside(join(realpathSync(root), folder), real) ? real : null;
  } catch {
    return null;
  }
}
