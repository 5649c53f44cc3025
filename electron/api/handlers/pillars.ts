import { createPillar, listPillars, updatePillar } from '../../db/pillars.ts';
import { moveToTrash } from '../../db/trash.ts';
import { nowIso } from '../../services/context.ts';
import type { HandlerGroup } from '../types.ts';

export const pillarHandlers: HandlerGroup<'pillars'> = {
  'pillars.list': (input, ctx) => listPillars(ctx.db, input.clientId),
  'pillars.create': (input, ctx) => createPillar(ctx.db, input, nowIso(ctx)),
  'pillars.update': (input, ctx) => updatePillar(ctx.db, input, nowIso(ctx)),
  'pillars.delete': (input, ctx) => moveToTrash(ctx.db, 'pillar', input.id, nowIso(ctx)),
};
