import type { Attachment } from '../../../shared/domain/attachment.ts';
import { call } from '../../api/call.ts';
import { fileToBase64 } from '../../common/files/download.ts';
import { sendInChunks } from '../../common/files/send-in-chunks.ts';
import { makeThumbnail } from './make-thumbnail.ts';

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
