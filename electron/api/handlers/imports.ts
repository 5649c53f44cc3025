import { readFileSync, rmSync } from 'node:fs';
import { AppError } from '../../../shared/errors.ts';
import { openWorkspace } from '../../services/data-file/session.ts';
import { commitImport } from '../../services/imports/commit.ts';
import { previewImport } from '../../services/imports/preview.ts';
import { undoImport } from '../../services/imports/undo.ts';
import { uploadStore } from '../../services/transfers/chunked-upload.ts';
import type { HandlerGroup, SessionHandlerGroup } from '../types.ts';

/** An export too large for one call (over 10 MB) arrives in chunks, then is previewed by its id. */
const uploads = uploadStore<null>();

function uploadedBytes(uploadId: string): Uint8Array {
  const upload = uploads.complete(uploadId);
  uploads.done(uploadId);
  try {
    return readFileSync(upload.path);
  } finally {
    rmSync(upload.path, { force: true });
  }
}

export const importSessionHandlers: SessionHandlerGroup<'imports'> = {
  'imports.preview': (input, session) => {
    const ctx = openWorkspace(session);
    const bytes = input.uploadId ? uploadedBytes(input.uploadId) : Buffer.from(input.base64 ?? '', 'base64');
    return previewImport(ctx.db, ctx.dataDir, input, bytes, ctx.now());
  },
  'imports.uploadBegin': (input, session) => uploads.begin(session.dataDir, input.size, null),
  'imports.uploadChunk': (input) => uploads.append(input),
  'imports.uploadCancel': (input) => {
    if (!uploads.cancel(input.uploadId))
      throw new AppError('not_found', `No upload ${input.uploadId} in progress`);
    return null;
  },
};

export const importHandlers: HandlerGroup<'imports'> = {
  'imports.commit': (input, ctx) => commitImport(ctx.db, input, ctx.now()),
  'imports.undo': (input, ctx) => undoImport(ctx.db, input.importId),
};
