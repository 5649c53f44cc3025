import type { UploadStarted } from '../../../shared/domain/attachment.ts';
import { fileToBase64 } from './download.ts';

export interface Chunk {
  uploadId: string;
  offset: number;
  base64: string;
}

/** The calls one kind of upload makes: an attachment and a workspace file differ only in these. */
export interface ChunkedUpload<T> {
  begin: () => Promise<UploadStarted>;
  chunk: (chunk: Chunk) => Promise<unknown>;
  finish: (uploadId: string) => Promise<T>;
  cancel: (uploadId: string) => Promise<unknown>;
}

export interface SendOptions {
  onProgress: (fraction: number) => void;
  /** Stops between two chunks; the upload is then cancelled and the promise rejects with an AbortError. */
  signal?: AbortSignal;
}

/**
 * Sends a file in the chunks the main process asks for, reporting progress; a failure part-way
 * (or the user stopping it) cancels the upload so no part file is left behind.
 */
export async function sendInChunks<T>(
  file: Blob,
  upload: ChunkedUpload<T>,
  options: SendOptions,
): Promise<T> {
  options.signal?.throwIfAborted();
  const { uploadId, chunkBytes } = await upload.begin();
  try {
    for (let offset = 0; offset < file.size; offset += chunkBytes) {
      options.signal?.throwIfAborted();
      const base64 = await fileToBase64(file.slice(offset, offset + chunkBytes));
      await upload.chunk({ uploadId, offset, base64 });
      options.onProgress(Math.min(1, (offset + chunkBytes) / file.size));
    }
    options.signal?.throwIfAborted();
    return await upload.finish(uploadId);
  } catch (error) {
    await upload.cancel(uploadId).catch(() => {});
    throw error;
  }
}
