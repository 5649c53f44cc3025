import type { Locale } from 'date-fns';
import { format } from 'date-fns';
import {
  addDays,
  addMonths,
  dateToUtcMs,
  days,
  daysBetween,
  type IsoDate,
  monthGrid,
  startOfMonth,
  startOfWeek,
  type WeekStartsOn,
} from '../../../shared/calendar/dates.ts';
import type { CalendarViewName } from '../../../shared/domain/prefs.ts';

/** The wall-calendar days a view shows, and the range its query asks for (`to` exclusive). */
export interface Period {
  days: IsoDate[];
  from: IsoDate;
  to: IsoDate;
}

export const weekStartsOn = (locale: Locale): WeekStartsOn => (locale.options?.weekStartsOn === 0 ? 0 : 1);

export function periodOf(view: CalendarViewName, date: IsoDate, locale: Locale): Period {
  const start = weekStartsOn(locale);
  if (view === 'list') {
    const first = startOfMonth(date);
    const next = addMonths(first, 1);
    return { days: days(first, daysBetween(first, next)), from: first, to: next };
  }
  const shown = view === 'month' ? monthGrid(date, start) : days(startOfWeek(date, start), 7);
  const from = shown[0] ?? date;
  return { days: shown, from, to: addDays(shown.at(-1) ?? date, 1) };
}

/**
 * The days the view is about, which an export starts from: the month of a month view, not the
 * neighbouring days its grid also shows.
 */
export function shownRange(
  view: CalendarViewName,
  date: IsoDate,
  period: Period,
): { from: IsoDate; to: IsoDate } {
  if (view !== 'month') return { from: period.from, to: period.to };
  const from = startOfMonth(date);
  return { from, to: addMonths(from, 1) };
}

/** A calendar day as a Date at noon UTC, so date-fns formats the same day in any local zone. */
export const noonOf = (day: IsoDate): Date => new Date(dateToUtcMs(day) + 12 * 3_600_000);

/** "23 – 29 mars 2026", "28 sept. – 4 oct. 2026", "mars 2026". */
export function periodTitle(view: CalendarViewName, date: IsoDate, period: Period, locale: Locale): string {
  if (view !== 'week') return format(noonOf(date), 'LLLL yyyy', { locale });
  const first = noonOf(period.from);
  const last = noonOf(addDays(period.to, -1));
  const sameMonth = period.from.slice(0, 7) === addDays(period.to, -1).slice(0, 7);
  const sameYear = period.from.slice(0, 4) === addDays(period.to, -1).slice(0, 4);
  const left = format(first, sameMonth ? 'd' : sameYear ? 'd MMM' : 'd MMM yyyy', { locale });
  return `${left} – ${format(last, 'd MMM yyyy', { locale })}`;
}
