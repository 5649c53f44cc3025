import type { Attachment, UploadStarted } from '../../../shared/domain/attachment.ts';
import { ATTACHMENTS_PER_POST } from '../../../shared/domain/attachment.ts';
import { AppError } from '../../../shared/errors.ts';
import { sniffMedia } from '../../../shared/media/sniff.ts';
import { countAttachments, insertAttachment } from '../../db/attachments.ts';
import { getPost } from '../../db/posts.ts';
import type { Db } from '../../db/types.ts';
import { fileSha256, readHead, storeBytes, storeFile } from '../media/media-store.ts';
import { uploadStore } from './chunked-upload.ts';

/** A post's image or video, added in chunks and checked for what it is before it is stored. */

const uploads = uploadStore<{ dataDir: string; postId: string; name: string }>();

const invalid = (path: string, code: 'unsupportedFile' | 'tooMany', message: string) =>
  new AppError('invalid_input', message, [{ path: [path], code }]);

function checkRoom(db: Db, postId: string): void {
  if (countAttachments(db, postId) >= ATTACHMENTS_PER_POST)
    throw invalid('postId', 'tooMany', `A post carries at most ${ATTACHMENTS_PER_POST} files`);
}

// The first bytes say what the file is: a document renamed .jpg stops here, not after 200 MB.
const checkMediaHead = (bytes: Uint8Array): void => {
  if (sniffMedia(bytes) === null) throw invalid('file', 'unsupportedFile', 'Not an image or a video');
};

export function beginUpload(
  db: Db,
  dataDir: string,
  input: { postId: string; name: string; size: number },
): UploadStarted {
  getPost(db, input.postId);
  checkRoom(db, input.postId);
  return uploads.begin(
    dataDir,
    input.size,
    { dataDir, postId: input.postId, name: input.name },
    checkMediaHead,
  );
}

export const appendChunk = uploads.append;
export const cancelUpload = uploads.cancel;

export function finishUpload(
  db: Db,
  input: { uploadId: string; width: number | null; height: number | null; thumbnail: string | null },
  now: string,
): Attachment {
  const current = uploads.complete(input.uploadId);
  const { dataDir, postId, name } = current.meta;
  // A long video gives time to trash the post or to add other files to it: check again.
  getPost(db, postId);
  checkRoom(db, postId);
  const size = current.size;
  const mime = sniffMedia(readHead(current.path));
  if (!mime) throw invalid('file', 'unsupportedFile', 'Not an image or a video');
  const thumbBytes = input.thumbnail ? Buffer.from(input.thumbnail, 'base64') : null;
  if (thumbBytes && !sniffMedia(thumbBytes)?.startsWith('image/'))
    throw invalid('thumbnail', 'unsupportedFile', 'The thumbnail is not an image');
  const attachment = insertAttachment(
    db,
    {
      postId,
      sha256: fileSha256(current.path),
      name,
      mime,
      size,
      width: input.width,
      height: input.height,
      thumbSha256: thumbBytes ? storeBytes(dataDir, thumbBytes) : null,
    },
    now,
  );
  storeFile(dataDir, current.path, attachment.sha256);
  uploads.done(input.uploadId);
  return attachment;
}
