import { randomUUID } from 'node:crypto';
import { closeSync, fstatSync, mkdirSync, openSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { CHUNK_BYTES, type UploadStarted } from '../../../shared/domain/attachment.ts';
import { AppError } from '../../../shared/errors.ts';

/**
 * A large file reaches the main process in chunks (a 200 MB video, a workspace file): begin,
 * chunks in order, then the owner takes the finished file. The bytes wait in `uploads/`.
 */
export const UPLOADS_FOLDER = 'uploads';

export interface Upload<Meta> {
  size: number;
  received: number;
  path: string;
  meta: Meta;
  /** Looks at the first chunk before anything is written: a wrong kind of file stops at once. */
  checkHead?: (bytes: Uint8Array) => void;
}

const invalid = (path: string, code: 'mediaTooBig' | 'invalid', message: string) =>
  new AppError('invalid_input', message, [{ path: [path], code }]);

/** One store per kind of upload: an attachment's id never finishes a workspace import, nor the reverse. */
export function uploadStore<Meta>() {
  const open = new Map<string, Upload<Meta>>();

  function get(uploadId: string): Upload<Meta> {
    const found = open.get(uploadId);
    if (!found) throw new AppError('not_found', `No upload ${uploadId} in progress`);
    return found;
  }

  /** False when no such upload is in progress (finished, cancelled already, or never begun). */
  function cancel(uploadId: string): boolean {
    const current = open.get(uploadId);
    if (!current) return false;
    open.delete(uploadId);
    rmSync(current.path, { force: true });
    return true;
  }

  return {
    begin(dataDir: string, size: number, meta: Meta, checkHead?: Upload<Meta>['checkHead']): UploadStarted {
      const folder = join(dataDir, UPLOADS_FOLDER);
      mkdirSync(folder, { recursive: true });
      const uploadId = randomUUID();
      const path = join(folder, `${uploadId}.part`);
      closeSync(openSync(path, 'w'));
      open.set(uploadId, { size, received: 0, path, meta, ...(checkHead ? { checkHead } : {}) });
      return { uploadId, chunkBytes: CHUNK_BYTES };
    },

    append(input: { uploadId: string; offset: number; base64: string }): { received: number } {
      const current = get(input.uploadId);
      if (input.offset !== current.received)
        throw invalid('offset', 'invalid', `Expected bytes from ${current.received}, got ${input.offset}`);
      const bytes = Buffer.from(input.base64, 'base64');
      if (current.received + bytes.length > current.size)
        throw invalid('base64', 'mediaTooBig', 'More bytes than the size announced');
      if (current.received === 0 && current.checkHead) {
        try {
          current.checkHead(bytes);
        } catch (error) {
          cancel(input.uploadId);
          throw error;
        }
      }
      const fd = openSync(current.path, 'r+');
      try {
        writeSync(fd, bytes, 0, bytes.length, current.received);
      } finally {
        closeSync(fd);
      }
      current.received += bytes.length;
      return { received: current.received };
    },

    /** The upload, once every announced byte is on disk; it stays registered until `done`. */
    complete(uploadId: string): Upload<Meta> {
      const current = get(uploadId);
      const fd = openSync(current.path, 'r');
      const size = fstatSync(fd).size;
      closeSync(fd);
      if (size !== current.size || current.received !== current.size)
        throw invalid('file', 'invalid', `Received ${size} of ${current.size} bytes`);
      return current;
    },

    /** Forgets a finished upload whose file the owner has moved or used. */
    done(uploadId: string): void {
      open.delete(uploadId);
    },

    cancel,
  };
}

/** Uploads cut short by a crash or a closed window leave parts behind: cleared at start. */
export function clearUploads(dataDir: string): void {
  rmSync(join(dataDir, UPLOADS_FOLDER), { recursive: true, force: true });
}
