import { AppError } from '../../../shared/errors.ts';
import { deleteAttachment } from '../../db/attachments.ts';
import { nowIso } from '../../services/context.ts';
import { sweepUnreferencedMedia } from '../../services/media/media-sweep.ts';
import {
  appendChunk,
  beginUpload,
  cancelUpload,
  finishUpload,
} from '../../services/transfers/attachment-upload.ts';
import type { HandlerGroup } from '../types.ts';

export const attachmentHandlers: HandlerGroup<'attachments'> = {
  'attachments.begin': (input, ctx) => beginUpload(ctx.db, ctx.dataDir, input),
  'attachments.chunk': (input) => appendChunk(input),
  'attachments.finish': (input, ctx) => finishUpload(ctx.db, input, nowIso(ctx)),
  'attachments.cancel': (input) => {
    // Like chunk and finish: an id that names no upload is refused, never a silent success.
    if (!cancelUpload(input.uploadId))
      throw new AppError('not_found', `No upload ${input.uploadId} in progress`);
    return null;
  },
  'attachments.remove': (input, ctx) => {
    const removed = deleteAttachment(ctx.db, input.id);
    sweepUnreferencedMedia(ctx);
    return removed;
  },
};
