import { readFileSync } from 'node:fs';
import { isSha256, sniffMedia } from '../../shared/media/sniff.ts';
import { MEDIA_FOLDER } from '../services/media/media-store.ts';
import { safeJoin } from './safe-path.ts';

/** Attachments are served under this path by the app protocol and the web host alike. */
export const MEDIA_PREFIX = '/media/';

/** A link planted in the store must not lead out of it (the app itself never makes one). */
function readMedia(dataDir: string, sha256: string): Buffer | null {
  if (!isSha256(sha256)) return null;
  const path = safeJoin(dataDir, `${sha256.slice(0, 2)}/${sha256}`, MEDIA_FOLDER);
  return path ? readFileSync(path) : null;
}

/**
 * The stored file a `/media/<sha256>` path names, with its sniffed type. Anything that is not a
 * 64-hex name (a `..`, a slash, another file of the data folder) is simply not found.
 */
export function mediaResponse(
  dataDir: string,
  pathname: string,
): { body: Buffer; type: string; headers: Record<string, string> } | null {
  if (!pathname.startsWith(MEDIA_PREFIX)) return null;
  const body = readMedia(dataDir, pathname.slice(MEDIA_PREFIX.length));
  if (!body) return null;
  const type = sniffMedia(body.subarray(0, 16));
  if (!type) return null;
  // Named by their content: a file under one name never changes.
  return { body, type, headers: { 'cache-control': 'private, max-age=31536000, immutable' } };
}
