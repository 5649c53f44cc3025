import { z } from 'zod';
import { fixedDay, fromEaster, type Nth, nthWeekday, YEAR_MAX, YEAR_MIN } from './rules.ts';

/**
 * A recurring date the user defines: a day of a month ("my client's anniversary, 12 March"), the
 * nth weekday of a month ("the 2nd Tuesday of October"), or days from Easter. Messages are issue
 * codes (shared/errors.ts), as in shared/domain/fields.ts.
 */

/** The most days each month can have, in a leap year: 29 February is allowed and falls only in leap years. */
const MONTH_DAYS_MAX = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export const EASTER_OFFSET_MAX = 70;

const Month = z.number().int({ message: 'invalidChoice' }).min(1, { message: 'invalidChoice' }).max(12, {
  message: 'invalidChoice',
});

const FixedRule = z
  .strictObject({
    kind: z.literal('fixed'),
    month: Month,
    day: z.number().int({ message: 'invalidChoice' }).min(1, { message: 'invalidChoice' }).max(31, {
      message: 'invalidChoice',
    }),
  })
  // A day past 31 is no day at all, refused as such above: not also "not in that month".
  .refine((v) => v.day > 31 || v.day <= (MONTH_DAYS_MAX[v.month - 1] ?? 31), {
    message: 'dayNotInMonth',
    path: ['day'],
  });

const NthRule = z.strictObject({
  kind: z.literal('nth'),
  month: Month,
  /** ISO: Monday = 1 … Sunday = 7. */
  weekday: z.number().int({ message: 'invalidChoice' }).min(1, { message: 'invalidChoice' }).max(7, {
    message: 'invalidChoice',
  }),
  /** 1st to 4th, or -1 for the last. */
  nth: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4), z.literal(-1)], {
    message: 'invalidChoice',
  }),
});

const EasterRule = z.strictObject({
  kind: z.literal('easter'),
  offset: z
    .number()
    .int({ message: 'notInteger' })
    .min(-EASTER_OFFSET_MAX, { message: 'tooSmall' })
    .max(EASTER_OFFSET_MAX, { message: 'tooBig' }),
});

export const CustomRule = z.discriminatedUnion('kind', [FixedRule, NthRule, EasterRule], {
  message: 'invalidChoice',
});
export type CustomRule = z.infer<typeof CustomRule>;

/** The rule's day in `year` (1900–2200), or null: 29 February outside leap years, a year out of range. */
export function ruleDate(rule: CustomRule, year: number): string | null {
  if (!Number.isInteger(year) || year < YEAR_MIN || year > YEAR_MAX) return null;
  switch (rule.kind) {
    case 'fixed':
      return fixedDay(year, rule.month, rule.day);
    case 'nth':
      // ISO 7 (Sunday) is 0 in shared/calendar's numbering.
      return nthWeekday(year, rule.month, rule.weekday % 7, rule.nth as Nth);
    case 'easter':
      return fromEaster(year, rule.offset);
  }
}
