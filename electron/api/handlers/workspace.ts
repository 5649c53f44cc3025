import { rmSync } from 'node:fs';
import { AppError } from '../../../shared/errors.ts';
import { openWorkspace } from '../../services/data-file/session.ts';
import { uploadStore } from '../../services/transfers/chunked-upload.ts';
import { exportWorkspace, importWorkspace } from '../../services/transfers/workspace-file.ts';
import type { SessionHandlerGroup } from '../types.ts';

const imports = uploadStore<null>();

// SQLite's own magic: anything else stops at the first chunk, not after gigabytes.
const SQLITE_MAGIC = Buffer.from('SQLite format 3\u0000', 'latin1');
const checkHead = (bytes: Uint8Array): void => {
  if (!Buffer.from(bytes.subarray(0, 16)).equals(SQLITE_MAGIC))
    throw new AppError('invalid_input', 'Not a Calepin workspace file', [
      { path: ['file'], code: 'notCalepinFile' },
    ]);
};

export const workspaceHandlers: SessionHandlerGroup<'workspace'> = {
  'workspace.export': (_input, session) =>
    exportWorkspace(openWorkspace(session).db, session.dataDir, session.now(), session.info().version),
  'workspace.importBegin': (input, session) => imports.begin(session.dataDir, input.size, null, checkHead),
  'workspace.importChunk': (input) => imports.append(input),
  'workspace.importCancel': (input) => {
    // Like importChunk and import: an id that names no upload is refused, never a silent success.
    if (!imports.cancel(input.uploadId))
      throw new AppError('not_found', `No upload ${input.uploadId} in progress`);
    return null;
  },
  // Not exclusive as a whole: importWorkspace makes calls wait only while it swaps the file.
  'workspace.import': async (input, session) => {
    const upload = imports.complete(input.uploadId);
    // Taken at once: the same upload sent twice is refused, not imported twice at the same time.
    imports.done(input.uploadId);
    try {
      return await importWorkspace(session, upload.path);
    } finally {
      rmSync(upload.path, { force: true });
    }
  },
};
