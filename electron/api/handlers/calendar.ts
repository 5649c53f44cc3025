import { nowIso } from '../../services/context.ts';
import { exportCsv, exportIcs } from '../../services/transfers/calendar-export.ts';
import { importCsv } from '../../services/transfers/calendar-import.ts';
import type { HandlerGroup } from '../types.ts';

export const calendarHandlers: HandlerGroup<'calendar'> = {
  'calendar.exportIcs': (input, ctx) => exportIcs(ctx.db, input, nowIso(ctx)),
  'calendar.exportCsv': (input, ctx) => exportCsv(ctx.db, input),
  'calendar.importCsv': (input, ctx) => importCsv(ctx.db, input, nowIso(ctx)),
};
