import { realpathSync } from 'node:fs';
import { isAbsolute, relative, resolve, sep } from 'node:path';

const inside = (root: string, full: string): boolean => {
  const rel = relative(root, full);
  return rel !== '' && rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel);
};

/**
 * Resolves a URL path to an existing file inside `root`, or null when it would leave it (`..`,
 * encoded separators, backslashes, absolute paths, NUL bytes, a symlink pointing elsewhere) or is
 * not there. Used by every server of files: the web host and the app protocol. The answer is the
 * real path, so the file read is the one that was checked, whatever links lead to it.
 */
export function safeJoin(root: string, urlPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  // A backslash is a separator on Windows and never part of a file name we ship: refused everywhere alike.
  if (decoded.includes('\0') || decoded.includes('\\')) return null;
  const base = resolve(root);
  const full = resolve(base, `./${decoded.replace(/^\/+/, '')}`);
  if (!inside(base, full)) return null;
  try {
    const real = realpathSync(full);
    return inside(realpathSync(base), real) ? real : null;
  } catch {
    return null;
  }
}
