import { fileSlug } from '../../../shared/export/file-slug.ts';
import { getClient } from '../../db/clients.ts';
import { getReport, listReports } from '../../db/reports.ts';
import { moveToTrash } from '../../db/trash.ts';
import { nowIso } from '../../services/context.ts';
import { openWorkspace } from '../../services/data-file/session.ts';
import { printed, printerOf } from '../../services/printer.ts';
import { createReport, editReport, refreshReport, viewReport } from '../../services/reports/reports.ts';
import { documentName, writeExport } from '../../services/transfers/exports.ts';
import type { HandlerGroup, SessionHandlerGroup } from '../types.ts';

export const reportHandlers: HandlerGroup<'reports'> = {
  'reports.list': (input, ctx) => listReports(ctx.db, input.clientId),
  'reports.get': (input, ctx) => viewReport(ctx.db, input.id, ctx.now()),
  'reports.create': (input, ctx) => createReport(ctx.db, input, ctx.now()),
  'reports.update': (input, ctx) => editReport(ctx.db, input, nowIso(ctx)),
  'reports.refresh': (input, ctx) => refreshReport(ctx.db, input.id, ctx.now()),
  'reports.delete': (input, ctx) => moveToTrash(ctx.db, 'report', input.id, nowIso(ctx)),
};

export const reportSessionHandlers: SessionHandlerGroup<'reports'> = {
  /** The page shows the report when it asks: its window is printed as it stands. */
  'reports.pdf': async (input, session) => {
    const ctx = openWorkspace(session);
    const report = getReport(ctx.db, input.id);
    const client = getClient(ctx.db, report.clientId);
    const pdf = await printed(printerOf(session).window());
    return writeExport(ctx.dataDir, documentName('report', fileSlug(client.name), report.from, 'pdf'), pdf);
  },
};
