import { auditFigures } from '../../services/audit/figures.ts';
import type { HandlerGroup } from '../types.ts';

export const auditHandlers: HandlerGroup<'audits'> = {
  'audits.figures': (input, ctx) => auditFigures(ctx.db, input, ctx.now()),
};
