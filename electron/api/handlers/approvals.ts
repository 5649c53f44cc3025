import { join } from 'node:path';
import { exportPlanFile } from '../../services/approvals/plan-export.ts';
import { applyReply } from '../../services/approvals/reply-apply.ts';
import { previewReply } from '../../services/approvals/reply-check.ts';
import { nowIso } from '../../services/context.ts';
import { openWorkspace } from '../../services/data-file/session.ts';
import { printed, printerOf } from '../../services/printer.ts';
import { exportsDir, writeExport } from '../../services/transfers/exports.ts';
import type { HandlerGroup, SessionHandlerGroup } from '../types.ts';

export const approvalHandlers: HandlerGroup<'approvals'> = {
  'approvals.read': (input, ctx) => previewReply(ctx.db, ctx.dataDir, input),
  'approvals.apply': (input, ctx) => applyReply(ctx.db, ctx.dataDir, input, nowIso(ctx)),
};

export const approvalSessionHandlers: SessionHandlerGroup<'approvals'> = {
  'approvals.export': (input, session) => {
    const ctx = openWorkspace(session);
    const { html: _, ...file } = exportPlanFile(ctx.db, ctx.dataDir, input, ctx.now());
    return file;
  },
  'approvals.pdf': async (input, session) => {
    const printer = printerOf(session);
    const ctx = openWorkspace(session);
    const page = exportPlanFile(ctx.db, ctx.dataDir, input, ctx.now());
    const pdf = await printed(printer.file(join(exportsDir(ctx.dataDir), page.name)));
    return writeExport(ctx.dataDir, page.name.replace(/\.html$/, '.pdf'), pdf);
  },
};
