import { isAbsolute, relative, resolve } from 'node:path';

/**
 * Resolves a URL path inside `root`, or null when it would leave it (`..`, encoded separators,
 * absolute paths, NUL bytes). Used by every server of files: the web host and the app protocol.
 */
export function safeJoin(root: string, urlPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return null;
  const full = resolve(root, `./${decoded.replace(/^[/\\]+/, '')}`);
  const rel = relative(resolve(root), full);
  if (rel.startsWith('..') || isAbsolute(rel)) return null;
  return full;
}
