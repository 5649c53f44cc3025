import { createObjective, updateObjective } from '../../db/objectives.ts';
import { moveToTrash } from '../../db/trash.ts';
import { nowIso } from '../../services/context.ts';
import { objectivesWithProgress, objectiveWithProgress } from '../../services/numbers/objective-progress.ts';
import type { HandlerGroup } from '../types.ts';

export const objectiveHandlers: HandlerGroup<'objectives'> = {
  'objectives.list': (input, ctx) => objectivesWithProgress(ctx.db, input.clientId, ctx.now()),
  'objectives.create': (input, ctx) =>
    objectiveWithProgress(ctx.db, createObjective(ctx.db, input, nowIso(ctx)), ctx.now()),
  'objectives.update': (input, ctx) =>
    objectiveWithProgress(ctx.db, updateObjective(ctx.db, input, nowIso(ctx)), ctx.now()),
  'objectives.delete': (input, ctx) => moveToTrash(ctx.db, 'objective', input.id, nowIso(ctx)),
};
