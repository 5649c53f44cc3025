import { createAudit, getAudit, listAudits, updateAudit } from '../../db/audits.ts';
import { moveToTrash } from '../../db/trash.ts';
import { takeAction } from '../../services/audit/action-take.ts';
import { auditFigures } from '../../services/audit/figures.ts';
import { nowIso } from '../../services/context.ts';
import type { HandlerGroup } from '../types.ts';

export const auditHandlers: HandlerGroup<'audits'> = {
  'audits.list': (input, ctx) => listAudits(ctx.db, input.clientId),
  'audits.get': (input, ctx) => getAudit(ctx.db, input.id),
  'audits.create': (input, ctx) => createAudit(ctx.db, input, nowIso(ctx)),
  'audits.update': (input, ctx) => updateAudit(ctx.db, input, nowIso(ctx)),
  'audits.delete': (input, ctx) => moveToTrash(ctx.db, 'audit', input.id, nowIso(ctx)),
  'audits.act': (input, ctx) => takeAction(ctx.db, input, nowIso(ctx)),
  'audits.figures': (input, ctx) => auditFigures(ctx.db, input, ctx.now()),
};
