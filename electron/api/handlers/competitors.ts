import { requireClient } from '../../db/clients.ts';
import { readingRows } from '../../db/competitor-readings.ts';
import {
  archiveCompetitor,
  createCompetitor,
  listCompetitors,
  updateCompetitor,
} from '../../db/competitors.ts';
import { moveToTrash } from '../../db/trash.ts';
import { nowIso } from '../../services/context.ts';
import { competitorBenchmark } from '../../services/listening/benchmark.ts';
import { saveReadings } from '../../services/listening/readings-save.ts';
import type { HandlerGroup } from '../types.ts';

export const competitorHandlers: HandlerGroup<'competitors'> = {
  'competitors.list': (input, ctx) => listCompetitors(ctx.db, input.clientId, input.includeArchived),
  'competitors.create': (input, ctx) => createCompetitor(ctx.db, input, nowIso(ctx)),
  'competitors.update': (input, ctx) => updateCompetitor(ctx.db, input, nowIso(ctx)),
  'competitors.archive': (input, ctx) => archiveCompetitor(ctx.db, input.id, input.archived, nowIso(ctx)),
  'competitors.delete': (input, ctx) => moveToTrash(ctx.db, 'competitor', input.id, nowIso(ctx)),
  'competitors.readings': (input, ctx) => {
    requireClient(ctx.db, input.clientId);
    return readingRows(ctx.db, input.clientId, input.on);
  },
  'competitors.saveReadings': (input, ctx) => saveReadings(ctx.db, input, ctx.now()),
  'competitors.benchmark': (input, ctx) => competitorBenchmark(ctx.db, input, ctx.now()),
};
