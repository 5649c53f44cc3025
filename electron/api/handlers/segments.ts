import { createSegment, listSegments, segmentTags, updateSegment } from '../../db/segments.ts';
import { moveToTrash } from '../../db/trash.ts';
import { nowIso } from '../../services/context.ts';
import type { HandlerGroup } from '../types.ts';

export const segmentHandlers: HandlerGroup<'segments'> = {
  'segments.list': (input, ctx) => listSegments(ctx.db, input.clientId),
  'segments.create': (input, ctx) => createSegment(ctx.db, input, nowIso(ctx)),
  'segments.update': (input, ctx) => updateSegment(ctx.db, input, nowIso(ctx)),
  'segments.delete': (input, ctx) => moveToTrash(ctx.db, 'segment', input.id, nowIso(ctx)),
  'segments.tags': (input, ctx) => segmentTags(ctx.db, input.clientId),
};
