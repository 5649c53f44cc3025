import { format, type Locale } from 'date-fns';
import {
  addDays,
  addMonths,
  daysBetween,
  type IsoDate,
  isIsoDate,
  startOfMonth,
  startOfWeek,
} from '../../../shared/calendar/dates.ts';
import { DASHBOARD_DAYS_MAX } from '../../../shared/calendar/range.ts';
import { noonOf } from './calendar-period.ts';

export const PERIOD_KINDS = ['week', 'month', 'quarter', 'custom'] as const;
export type PeriodKind = (typeof PERIOD_KINDS)[number];

/** What the picker holds: a kind and a day inside the period, or a typed range (`end` inclusive). */
export interface PeriodChoice {
  kind: PeriodKind;
  anchor: IsoDate;
  start: IsoDate;
  end: IsoDate;
}

/** The range the dashboard asks for: `to` exclusive, `previousFrom` the start of the compared period. */
export interface DashboardRange {
  from: IsoDate;
  to: IsoDate;
  previousFrom: IsoDate;
}

const startOfQuarter = (date: IsoDate): IsoDate => {
  const month = Number(date.slice(5, 7));
  return `${date.slice(0, 4)}-${String(month - ((month - 1) % 3)).padStart(2, '0')}-01`;
};

/** Why a custom range cannot be shown; an issue code (`issues.*`). */
export type RangeIssue = 'invalidDate' | 'rangeEmpty' | 'rangeTooLong';

export function customIssue(start: string, end: string): RangeIssue | null {
  if (!isIsoDate(start) || !isIsoDate(end)) return 'invalidDate';
  if (end < start) return 'rangeEmpty';
  if (daysBetween(start, end) + 1 > DASHBOARD_DAYS_MAX) return 'rangeTooLong';
  return null;
}

/** A period of the calendar: weeks start on Monday, quarters in January, April, July and October. */
export type CalendarKind = Exclude<PeriodKind, 'custom'>;

/**
 * The week, month or quarter around a day. Months and quarters compare with the previous calendar
 * month or quarter (October with September, 31 days with 30), weeks with the week before.
 */
export function calendarRange(kind: CalendarKind, anchor: IsoDate): DashboardRange {
  switch (kind) {
    case 'week': {
      const from = startOfWeek(anchor, 1);
      return { from, to: addDays(from, 7), previousFrom: addDays(from, -7) };
    }
    case 'month': {
      const from = startOfMonth(anchor);
      return { from, to: addMonths(from, 1), previousFrom: addMonths(from, -1) };
    }
    case 'quarter': {
      const from = startOfQuarter(anchor);
      return { from, to: addMonths(from, 3), previousFrom: addMonths(from, -3) };
    }
  }
}

/** The range a choice covers; a typed range compares with as many days just before it. */
export function rangeOf(choice: PeriodChoice): DashboardRange | null {
  if (choice.kind !== 'custom') return calendarRange(choice.kind, choice.anchor);
  if (customIssue(choice.start, choice.end)) return null;
  const to = addDays(choice.end, 1);
  return { from: choice.start, to, previousFrom: addDays(choice.start, -daysBetween(choice.start, to)) };
}

/** The period before or after, of the same kind. */
export function stepPeriod(choice: PeriodChoice, direction: -1 | 1): PeriodChoice {
  switch (choice.kind) {
    case 'week':
      return { ...choice, anchor: addDays(choice.anchor, 7 * direction) };
    case 'month':
      return { ...choice, anchor: addMonths(startOfMonth(choice.anchor), direction) };
    case 'quarter':
      return { ...choice, anchor: addMonths(startOfQuarter(choice.anchor), 3 * direction) };
    case 'custom': {
      const length = daysBetween(choice.start, choice.end) + 1;
      return {
        ...choice,
        start: addDays(choice.start, length * direction),
        end: addDays(choice.end, length * direction),
      };
    }
  }
}

/** Switching kind keeps the user where they were: the new period contains the old one's start. */
export function withKind(choice: PeriodChoice, kind: PeriodKind): PeriodChoice {
  const range = rangeOf(choice);
  if (kind === 'custom' && range) return { ...choice, kind, start: range.from, end: addDays(range.to, -1) };
  return { ...choice, kind, anchor: range?.from ?? choice.anchor };
}

export const initialPeriod = (today: IsoDate): PeriodChoice => ({
  kind: 'month',
  anchor: today,
  start: addDays(today, -27),
  end: today,
});

/**
 * Days from `from` to `last` (inclusive): "5 – 11 Oct 2026", "28 Sept – 4 Oct 2026"; without the
 * year, short enough for a column header: "16–22 Nov", "30 Nov – 6 Dec".
 */
export function dayRange(from: IsoDate, last: IsoDate, locale: Locale, withYear = true): string {
  const sameMonth = from.slice(0, 7) === last.slice(0, 7);
  const sameYear = from.slice(0, 4) === last.slice(0, 4);
  const tail = withYear ? 'd MMM yyyy' : 'd MMM';
  if (from === last) return format(noonOf(from), tail, { locale });
  const right = format(noonOf(last), tail, { locale });
  if (!withYear && sameMonth) return `${format(noonOf(from), 'd', { locale })}–${right}`;
  const left = format(noonOf(from), sameMonth ? 'd' : sameYear || !withYear ? 'd MMM' : 'd MMM yyyy', {
    locale,
  });
  return `${left} – ${right}`;
}

/** "October 2026", "Q4 2026" (via `quarter`), "5 – 11 Oct 2026", "28 Sept – 4 Oct 2026". */
export function rangeTitle(
  kind: PeriodKind,
  from: IsoDate,
  to: IsoDate,
  locale: Locale,
  quarter: (q: number, year: string) => string,
): string {
  if (kind === 'month') return format(noonOf(from), 'LLLL yyyy', { locale });
  if (kind === 'quarter')
    return quarter(Math.floor((Number(from.slice(5, 7)) - 1) / 3) + 1, from.slice(0, 4));
  return dayRange(from, addDays(to, -1), locale);
}
