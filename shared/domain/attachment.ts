import { z } from 'zod';
import { MEDIA_MAX_BYTES } from '../media/sniff.ts';
import { Id, type RowMeta } from './fields.ts';

/** An image or video of a post, stored once in the data folder under its SHA-256. */
export interface Attachment extends RowMeta {
  postId: string;
  sha256: string;
  /** The file name the user chose, for display only. */
  name: string;
  /** Sniffed from the bytes, never taken from the file name or the browser. */
  mime: string;
  size: number;
  width: number | null;
  height: number | null;
  /** A small image made when the file was added (a video's first frame, a photo scaled down). */
  thumbSha256: string | null;
  position: number;
}

/** One call carries at most this many bytes: several calls make a large video. */
export const CHUNK_BYTES = 4 * 1024 * 1024;
export const THUMBNAIL_MAX_BYTES = 512 * 1024;
/** Images and videos one post may carry (Instagram's carousel takes 10; some room above). */
export const ATTACHMENTS_PER_POST = 20;

/**
 * Base64 with its padding, as `^[A-Za-z0-9+/]*={0,2}$` says, but found by one scan for a character
 * that does not belong: that anchored pattern took a tenth of a second over a 4 MB chunk, time the
 * main process answers no other call.
 */
function isBase64(v: string): boolean {
  if (v.length % 4 !== 0 || /[^A-Za-z0-9+/=]/.test(v)) return false;
  const padding = v.indexOf('=');
  return padding < 0 || (padding >= v.length - 2 && /^={1,2}$/.test(v.slice(padding)));
}

export const base64Of = (maxBytes: number) =>
  z
    .string()
    .refine((v) => v.length <= Math.ceil(maxBytes / 3) * 4, { message: 'mediaTooBig', abort: true })
    .refine(isBase64, { message: 'invalid' });

export const AttachmentBegin = z.strictObject({
  postId: Id,
  name: z.string().trim().min(1, { message: 'required' }).max(255),
  // In bytes: the message says "200 MB", not a count of bytes.
  size: z
    .number()
    .int()
    .min(1)
    .refine((v) => v <= MEDIA_MAX_BYTES, { message: 'mediaTooBig' }),
});
export type AttachmentBegin = z.input<typeof AttachmentBegin>;

export const AttachmentChunk = z.strictObject({
  uploadId: Id,
  /** Where these bytes go: the bytes received so far. */
  offset: z.number().int().min(0).max(MEDIA_MAX_BYTES),
  base64: base64Of(CHUNK_BYTES).refine((v) => v.length > 0, { message: 'required' }),
});
export type AttachmentChunk = z.input<typeof AttachmentChunk>;

export const AttachmentFinish = z.strictObject({
  uploadId: Id,
  width: z.number().int().min(1).max(100_000).nullable().default(null),
  height: z.number().int().min(1).max(100_000).nullable().default(null),
  thumbnail: base64Of(THUMBNAIL_MAX_BYTES).nullable().default(null),
});
export type AttachmentFinish = z.input<typeof AttachmentFinish>;

export interface UploadStarted {
  uploadId: string;
  chunkBytes: number;
}
