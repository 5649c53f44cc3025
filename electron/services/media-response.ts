import { sniffMedia } from '../../shared/media/sniff.ts';
import { readMedia } from './media-store.ts';

/** Attachments are served under this path by the app protocol and the web host alike. */
export const MEDIA_PREFIX = '/media/';

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
