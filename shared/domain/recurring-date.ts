import { z } from 'zod';
import { DASHBOARD_DAYS_MAX, daysAtMost, inOrder } from '../calendar/range.ts';
import { CustomRule } from '../dates/custom-rule.ts';
import { DATE_SETS, type DateKind, type DateSetId } from '../dates/entry.ts';
import { Id, IsoDateSchema, label, NAME_MAX, type RowMeta } from './fields.ts';

/** A date the user plans around every year: the shop's anniversary, a local fair, a trade show. */
export interface RecurringDate extends RowMeta {
  /** null: for every client. */
  clientId: string | null;
  name: string;
  rule: CustomRule;
  days: number;
  notes: string;
}

/** A date on the calendar: one of the built-in sets shown for the client, or one of the user's own. */
export interface PlanDate {
  source: 'builtIn' | 'custom';
  /** The built-in entry's id (its name is `dates.names.<id>`), or the user's recurring date's. */
  id: string;
  set: DateSetId | null;
  kind: DateKind | 'custom';
  /** The user's own name; null for a built-in date, named in the language shown. */
  name: string | null;
  on: string;
  days: number;
  approximate: boolean;
}

/** Long enough for a festival or a month-long campaign. */
export const RECURRING_DAYS_MAX = 62;

const RecurringFields = z.strictObject({
  name: label(NAME_MAX),
  rule: CustomRule,
  days: z
    .number({ message: 'notANumber' })
    .int({ message: 'notInteger' })
    .min(1, { message: 'tooSmall' })
    .max(RECURRING_DAYS_MAX, { message: 'tooBig' }),
  notes: z.string().trim().max(2000),
});
const fields = RecurringFields.shape;

export const RecurringDateCreate = z.strictObject({
  clientId: Id.nullable(),
  name: fields.name,
  rule: fields.rule,
  days: fields.days.default(1),
  notes: fields.notes.default(''),
});
export type RecurringDateCreate = z.input<typeof RecurringDateCreate>;

export const RecurringDateUpdate = z.strictObject({ id: Id, ...RecurringFields.partial().shape });
export type RecurringDateUpdate = z.input<typeof RecurringDateUpdate>;

export const DateSetsSave = z.strictObject({
  clientId: Id,
  sets: z.array(z.enum(DATE_SETS, { message: 'invalidChoice' })).max(DATE_SETS.length),
});
export type DateSetsSave = z.input<typeof DateSetsSave>;

export const PlanDatesQuery = z
  .strictObject({ clientId: Id, from: IsoDateSchema, to: IsoDateSchema })
  .superRefine((q, ctx) => {
    if (!inOrder(q)) ctx.addIssue({ code: 'custom', message: 'rangeEmpty', path: ['to'] });
    else if (!daysAtMost(q.from, q.to, DASHBOARD_DAYS_MAX))
      ctx.addIssue({ code: 'custom', message: 'dashboardTooLong', path: ['to'] });
  });
export type PlanDatesQuery = z.input<typeof PlanDatesQuery>;
