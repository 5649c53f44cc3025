import { randomUUID } from 'node:crypto';
import { closeSync, fstatSync, mkdirSync, openSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import type { Attachment, UploadStarted } from '../../shared/domain/attachment.ts';
import { ATTACHMENTS_PER_POST, CHUNK_BYTES } from '../../shared/domain/attachment.ts';
import { AppError } from '../../shared/errors.ts';
import { sniffMedia } from '../../shared/media/sniff.ts';
import { countAttachments, insertAttachment } from '../db/attachments.ts';
import { getPost } from '../db/posts.ts';
import type { Db } from '../db/types.ts';
import { fileSha256, readHead, storeBytes, storeFile } from './media-store.ts';

/**
 * A file is added in chunks (a 200 MB video does not fit one message): begin, chunks in order,
 * finish. The bytes wait in `uploads/` until finish checks what they are and stores them.
 */
export const UPLOADS_FOLDER = 'uploads';

interface Upload {
  dataDir: string;
  postId: string;
  name: string;
  size: number;
  received: number;
  path: string;
}
const open = new Map<string, Upload>();

const invalid = (
  path: string,
  code: 'mediaTooBig' | 'unsupportedFile' | 'invalid' | 'tooMany',
  message: string,
) => new AppError('invalid_input', message, [{ path: [path], code }]);

function checkRoom(db: Db, postId: string): void {
  if (countAttachments(db, postId) >= ATTACHMENTS_PER_POST)
    throw invalid('postId', 'tooMany', `A post carries at most ${ATTACHMENTS_PER_POST} files`);
}

export function beginUpload(
  db: Db,
  dataDir: string,
  input: { postId: string; name: string; size: number },
): UploadStarted {
  getPost(db, input.postId);
  checkRoom(db, input.postId);
  const folder = join(dataDir, UPLOADS_FOLDER);
  mkdirSync(folder, { recursive: true });
  const uploadId = randomUUID();
  const path = join(folder, `${uploadId}.part`);
  closeSync(openSync(path, 'w'));
  open.set(uploadId, { dataDir, ...input, received: 0, path });
  return { uploadId, chunkBytes: CHUNK_BYTES };
}

function upload(uploadId: string): Upload {
  const found = open.get(uploadId);
  if (!found) throw new AppError('not_found', `No upload ${uploadId} in progress`);
  return found;
}

export function appendChunk(input: { uploadId: string; offset: number; base64: string }): {
  received: number;
} {
  const current = upload(input.uploadId);
  if (input.offset !== current.received)
    throw invalid('offset', 'invalid', `Expected bytes from ${current.received}, got ${input.offset}`);
  const bytes = Buffer.from(input.base64, 'base64');
  if (current.received + bytes.length > current.size)
    throw invalid('base64', 'mediaTooBig', 'More bytes than the size announced');
  // The first bytes say what the file is: a document renamed .jpg stops here, not after 200 MB.
  if (current.received === 0 && sniffMedia(bytes) === null) {
    cancelUpload(input.uploadId);
    throw invalid('file', 'unsupportedFile', 'Not an image or a video');
  }
  const fd = openSync(current.path, 'r+');
  try {
    writeSync(fd, bytes, 0, bytes.length, current.received);
  } finally {
    closeSync(fd);
  }
  current.received += bytes.length;
  return { received: current.received };
}

export function finishUpload(
  db: Db,
  input: { uploadId: string; width: number | null; height: number | null; thumbnail: string | null },
  now: string,
): Attachment {
  const current = upload(input.uploadId);
  // A long video gives time to trash the post or to add other files to it: check again.
  getPost(db, current.postId);
  checkRoom(db, current.postId);
  const fd = openSync(current.path, 'r');
  const size = fstatSync(fd).size;
  closeSync(fd);
  if (size !== current.size || current.received !== current.size)
    throw invalid('file', 'invalid', `Received ${size} of ${current.size} bytes`);
  const mime = sniffMedia(readHead(current.path));
  if (!mime) throw invalid('file', 'unsupportedFile', 'Not an image or a video');
  const thumbBytes = input.thumbnail ? Buffer.from(input.thumbnail, 'base64') : null;
  if (thumbBytes && !sniffMedia(thumbBytes)?.startsWith('image/'))
    throw invalid('thumbnail', 'unsupportedFile', 'The thumbnail is not an image');
  const attachment = insertAttachment(
    db,
    {
      postId: current.postId,
      sha256: fileSha256(current.path),
      name: current.name,
      mime,
      size,
      width: input.width,
      height: input.height,
      thumbSha256: thumbBytes ? storeBytes(current.dataDir, thumbBytes) : null,
    },
    now,
  );
  storeFile(current.dataDir, current.path, attachment.sha256);
  open.delete(input.uploadId);
  return attachment;
}

export function cancelUpload(uploadId: string): void {
  const current = open.get(uploadId);
  if (!current) return;
  open.delete(uploadId);
  rmSync(current.path, { force: true });
}

/** Uploads cut short by a crash or a closed window leave parts behind: cleared at start. */
export function clearUploads(dataDir: string): void {
  rmSync(join(dataDir, UPLOADS_FOLDER), { recursive: true, force: true });
}
