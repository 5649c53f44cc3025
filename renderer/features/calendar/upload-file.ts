import type { Attachment, UploadStarted } from '../../../shared/domain/attachment.ts';
import { call } from '../../api/call.ts';
import { fileToBase64 } from './download.ts';
import { makeThumbnail } from './make-thumbnail.ts';

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

/** Adds an image or a video to a post, with the thumbnail the page made of it. */
export async function uploadFile(
  postId: string,
  file: File,
  onProgress: (fraction: number) => void,
): Promise<Attachment> {
  const thumbnail = await makeThumbnail(file);
  return sendInChunks(
    file,
    {
      begin: () => call('attachments.begin', { postId, name: file.name, size: file.size }),
      chunk: (chunk) => call('attachments.chunk', chunk),
      finish: async (uploadId) =>
        call('attachments.finish', {
          uploadId,
          width: thumbnail?.width ?? null,
          height: thumbnail?.height ?? null,
          thumbnail: thumbnail?.blob ? await fileToBase64(thumbnail.blob) : null,
        }),
      cancel: (uploadId) => call('attachments.cancel', { uploadId }),
    },
    { onProgress },
  );
}
