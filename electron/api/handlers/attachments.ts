import { deleteAttachment } from '../../db/attachments.ts';
import { sweepUnreferencedMedia } from '../../services/media-sweep.ts';
import { appendChunk, beginUpload, cancelUpload, finishUpload } from '../../services/uploads.ts';
import { nowIso } from '../context.ts';
import type { HandlerGroup } from '../types.ts';

export const attachmentHandlers: HandlerGroup<'attachments'> = {
  'attachments.begin': (input, ctx) => beginUpload(ctx.db, ctx.dataDir, input),
  'attachments.chunk': (input) => appendChunk(input),
  'attachments.finish': (input, ctx) => finishUpload(ctx.db, input, nowIso(ctx)),
  'attachments.cancel': (input) => {
    cancelUpload(input.uploadId);
    return null;
  },
  'attachments.remove': (input, ctx) => {
    const removed = deleteAttachment(ctx.db, input.id);
    sweepUnreferencedMedia(ctx);
    return removed;
  },
};
