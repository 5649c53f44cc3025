import { z } from 'zod';
import { ENGAGEMENT_BASES } from '../kpi/formulas.ts';
import { checkComparedPeriods } from './dashboard.ts';
import { Id, IsoDateSchema } from './fields.ts';

/** The period an audit looks back on, and the engagement rate its answers rank posts by. */
export const AuditFiguresQuery = z
  .strictObject({
    clientId: Id,
    /** First day, inclusive. */
    from: IsoDateSchema,
    /** Last day, exclusive. */
    to: IsoDateSchema,
    basis: z.enum(ENGAGEMENT_BASES, { message: 'invalidChoice' }).optional(),
  })
  .superRefine(checkComparedPeriods);
export type AuditFiguresQuery = z.input<typeof AuditFiguresQuery>;

/** What Calepin answers to the audit's six questions from the data it holds. */
export interface AuditFigures {
  from: string;
  to: string;
}
