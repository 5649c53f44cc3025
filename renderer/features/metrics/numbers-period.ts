import { format, type Locale } from 'date-fns';
import {
  addDays,
  addMonths,
  dateToUtcMs,
  type IsoDate,
  startOfMonth,
  startOfWeek,
} from '../../../shared/calendar/dates.ts';

/** A quarter is for catching up before a quarterly report. */
export type PeriodMode = 'week' | 'month' | 'quarter';
export const PERIOD_MODES: readonly PeriodMode[] = ['week', 'month', 'quarter'];

const MONTHS: Record<Exclude<PeriodMode, 'week'>, number> = { month: 1, quarter: 3 };

/** The posts the grid lists: published from `from` (inclusive) to `to` (exclusive), client's wall calendar. */
export interface NumbersPeriod {
  mode: PeriodMode;
  from: IsoDate;
  to: IsoDate;
}

/** Weeks start on Monday: a CM logs last week's numbers on Monday morning, in France and elsewhere. */
export function periodAround(mode: PeriodMode, date: IsoDate): NumbersPeriod {
  if (mode === 'week') {
    const from = startOfWeek(date, 1);
    return { mode, from, to: addDays(from, 7) };
  }
  const month = startOfMonth(date);
  // Quarters start in January, April, July and October.
  const from = mode === 'quarter' ? addMonths(month, -((Number(month.slice(5, 7)) - 1) % 3)) : month;
  return { mode, from, to: addMonths(from, MONTHS[mode]) };
}

export const stepPeriod = (p: NumbersPeriod, delta: number): NumbersPeriod =>
  p.mode === 'week'
    ? periodAround('week', addDays(p.from, 7 * delta))
    : periodAround(p.mode, addMonths(p.from, MONTHS[p.mode] * delta));

export const containsDay = (p: NumbersPeriod, day: IsoDate): boolean => day >= p.from && day < p.to;

/** A day at noon UTC, so date-fns formats the same calendar day in any local zone. */
export const noon = (day: IsoDate): Date => new Date(dateToUtcMs(day) + 12 * 3_600_000);

/** "23 – 29 Nov 2026", "28 Sept – 4 Oct 2026", "November 2026", "Oct – Dec 2026". */
export function periodLabel(p: NumbersPeriod, locale: Locale): string {
  if (p.mode === 'month') return format(noon(p.from), 'LLLL yyyy', { locale });
  if (p.mode === 'quarter')
    return `${format(noon(p.from), 'LLL', { locale })} – ${format(noon(addDays(p.to, -1)), 'LLL yyyy', { locale })}`;
  const last = addDays(p.to, -1);
  const sameMonth = p.from.slice(0, 7) === last.slice(0, 7);
  const sameYear = p.from.slice(0, 4) === last.slice(0, 4);
  const left = format(noon(p.from), sameMonth ? 'd' : sameYear ? 'd MMM' : 'd MMM yyyy', { locale });
  return `${left} – ${format(noon(last), 'd MMM yyyy', { locale })}`;
}
