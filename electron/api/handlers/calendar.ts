import { exportCsv, exportIcs } from '../../services/calendar-export.ts';
import { importCsv } from '../../services/calendar-import.ts';
import { nowIso } from '../context.ts';
import type { HandlerGroup } from '../types.ts';

export const calendarHandlers: HandlerGroup<'calendar'> = {
  'calendar.exportIcs': (input, ctx) => exportIcs(ctx.db, input, nowIso(ctx)),
  'calendar.exportCsv': (input, ctx) => exportCsv(ctx.db, input),
  'calendar.importCsv': (input, ctx) => importCsv(ctx.db, input, nowIso(ctx)),
};
