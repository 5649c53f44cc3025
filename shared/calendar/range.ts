import { daysBetween, isIsoDate } from './dates.ts';

/** The longest period the dashboard sums, in days (two years): its own screen checks it as the user types. */
export const DASHBOARD_DAYS_MAX = 732;

/** A range of wall-calendar days, `to` exclusive, as the contract's inputs carry it. */
export interface DayRange {
  from: string;
  to: string;
}

// A malformed date is reported on its own field; the range checks then stay silent.
const rangeDays = (from: string, to: string) =>
  isIsoDate(from) && isIsoDate(to) ? daysBetween(from, to) : null;

/** Refinements for zod: `to` after `from`, and a range no longer than `max` days. */
export const inOrder = (v: DayRange): boolean => (rangeDays(v.from, v.to) ?? 1) > 0;
export const atMostDays =
  (max: number) =>
  (v: DayRange): boolean =>
    (rangeDays(v.from, v.to) ?? 0) <= max;
export const daysAtMost = (from: string, to: string, max: number): boolean =>
  (rangeDays(from, to) ?? 0) <= max;
