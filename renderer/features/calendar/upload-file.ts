import type { Attachment } from '../../../shared/domain/attachment.ts';
import { call } from '../../api/call.ts';
import { fileToBase64 } from './download.ts';
import { makeThumbnail } from './make-thumbnail.ts';

/**
 * Sends a file in the chunks the main process asks for, reporting progress; a failure part-way
 * cancels the upload so no part file is left behind.
 */
export async function uploadFile(
  postId: string,
  file: File,
  onProgress: (fraction: number) => void,
): Promise<Attachment> {
  const thumbnail = await makeThumbnail(file);
  const { uploadId, chunkBytes } = await call('attachments.begin', {
    postId,
    name: file.name,
    size: file.size,
  });
  try {
    for (let offset = 0; offset < file.size; offset += chunkBytes) {
      const base64 = await fileToBase64(file.slice(offset, offset + chunkBytes));
      await call('attachments.chunk', { uploadId, offset, base64 });
      onProgress(Math.min(1, (offset + chunkBytes) / file.size));
    }
    return await call('attachments.finish', {
      uploadId,
      width: thumbnail?.width ?? null,
      height: thumbnail?.height ?? null,
      thumbnail: thumbnail?.blob ? await fileToBase64(thumbnail.blob) : null,
    });
  } catch (error) {
    await call('attachments.cancel', { uploadId }).catch(() => {});
    throw error;
  }
}
