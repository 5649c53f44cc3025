import {
  createRecurringDate,
  listRecurringDates,
  setShownDateSets,
  shownDateSets,
  updateRecurringDate,
} from '../../db/recurring-dates.ts';
import { moveToTrash } from '../../db/trash.ts';
import { nowIso } from '../../services/context.ts';
import { planDates } from '../../services/dates/plan-dates.ts';
import type { HandlerGroup } from '../types.ts';

export const dateHandlers: HandlerGroup<'dates'> = {
  'dates.list': (input, ctx) => planDates(ctx.db, input),
  'dates.sets': (input, ctx) => shownDateSets(ctx.db, input.clientId),
  'dates.setSets': (input, ctx) => setShownDateSets(ctx.db, input.clientId, input.sets),
  'dates.custom': (input, ctx) => listRecurringDates(ctx.db, input.clientId),
  'dates.create': (input, ctx) => createRecurringDate(ctx.db, input, nowIso(ctx)),
  'dates.update': (input, ctx) => updateRecurringDate(ctx.db, input, nowIso(ctx)),
  'dates.delete': (input, ctx) => moveToTrash(ctx.db, 'recurringDate', input.id, nowIso(ctx)),
};
