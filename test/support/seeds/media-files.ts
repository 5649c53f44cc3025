import { createHash } from 'node:crypto';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { crc32, deflateSync } from 'node:zlib';
import type { Attachment } from '../../../shared/domain/attachment.ts';
import type { TestCore } from '../hosts/core.ts';

/** Bytes that look random but are the same on every run, so a file's SHA-256 never changes. */
function noise(length: number, seed: number): Buffer {
  const bytes = Buffer.alloc(length);
  let state = seed >>> 0 || 1;
  for (let i = 0; i < length; i += 1) {
    state = (Math.imul(state, 1_103_515_245) + 12_345) >>> 0;
    bytes[i] = state >>> 24;
  }
  return bytes;
}

function pngChunk(type: string, data: Buffer): Buffer {
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** A real RGB PNG of noisy pixels: a few kilobytes, so it takes several small chunks. */
export function pngFile(width: number, height: number, seed = 1): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bits per channel
  header[9] = 2; // RGB
  const rows = noise(height * (1 + width * 3), seed);
  for (let y = 0; y < height; y += 1) rows[y * (1 + width * 3)] = 0; // filter "none" on every row
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    pngChunk('IHDR', header),
    pngChunk('IDAT', deflateSync(rows)),
    pngChunk('IEND', Buffer.alloc(0)),
  ]);
}

/** A JPEG as a camera writes it begins with SOI and a JFIF segment; the rest is opaque here. */
export function jpegFile(length: number, seed = 2): Buffer {
  const head = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01]);
  return Buffer.concat([head, noise(length - head.length - 2, seed), Buffer.from([0xff, 0xd9])]);
}

export const pdfFile = (): Buffer =>
  Buffer.concat([Buffer.from('%PDF-1.7\n%âãÏÓ\n1 0 obj\n<< /Type /Catalog >>\nendobj\n'), noise(600, 3)]);

export const textFile = (): Buffer =>
  Buffer.from('Liste de courses : farine, beurre, sucre, œufs.\n'.repeat(20), 'utf8');

export const sha256 = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

/** Where the store keeps a file: `attachments/<first two hex>/<sha256>`. */
export const storedPath = (dataDir: string, sha: string): string =>
  join(dataDir, 'attachments', sha.slice(0, 2), sha);

/** Every file under a folder, relative and sorted, each attachment or part with its size. */
export function filesUnder(dir: string): string[] {
  return (readdirSync(dir, { recursive: true }) as string[])
    .filter((name) => statSync(join(dir, name)).isFile())
    .map((name) => name.replaceAll('\\', '/'))
    .map((name) =>
      /^(attachments|uploads)\//.test(name) ? `${name} (${statSync(join(dir, name)).size} B)` : name,
    )
    .sort();
}

/** Stored files only (originals and thumbnails), by SHA-256. */
export const storedFiles = (dataDir: string): string[] =>
  filesUnder(dataDir)
    .filter((f) => f.startsWith('attachments/'))
    .map((f) => f.split('/')[2]?.split(' ')[0] ?? '')
    .filter((name) => /^[0-9a-f]{64}$/.test(name))
    .sort();

export interface SendOptions {
  name?: string;
  /** Bytes per `attachments.chunk` call. */
  chunkBytes?: number;
  width?: number | null;
  height?: number | null;
  thumbnail?: Buffer | null;
}

/** Adds a file to a post as the composer does: begin, chunks in order, finish. */
export async function sendFile(
  core: TestCore,
  postId: string,
  bytes: Buffer,
  options: SendOptions = {},
): Promise<Attachment> {
  const { uploadId } = await core.call('attachments.begin', {
    postId,
    name: options.name ?? 'photo.jpg',
    size: bytes.length,
  });
  const step = options.chunkBytes ?? 1000;
  for (let offset = 0; offset < bytes.length; offset += step) {
    await core.call('attachments.chunk', {
      uploadId,
      offset,
      base64: bytes.subarray(offset, offset + step).toString('base64'),
    });
  }
  const thumbnail = options.thumbnail === undefined ? pngFile(4, 3, 9) : options.thumbnail;
  return core.call('attachments.finish', {
    uploadId,
    width: options.width ?? null,
    height: options.height ?? null,
    thumbnail: thumbnail ? thumbnail.toString('base64') : null,
  });
}

/** The sweep runs once the call's transaction has committed, on the next turn of the event loop. */
export const afterSweep = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));
