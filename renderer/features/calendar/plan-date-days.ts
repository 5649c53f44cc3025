import { addDays, type IsoDate } from '../../../shared/calendar/dates.ts';
import type { PlanDate } from '../../../shared/domain/recurring-date.ts';

/** A date to plan around as a day shows it: `continued` when it began before the period on screen. */
export interface ShownDate {
  date: PlanDate;
  /** The last day it covers. */
  until: IsoDate;
  continued: boolean;
}

/**
 * Each date on the day it starts, or on the period's first day when it began earlier: the soldes
 * last four weeks, and one chip a week reads better than twenty-eight.
 */
export function planDatesByDay(
  dates: readonly PlanDate[],
  days: readonly IsoDate[],
): Map<IsoDate, ShownDate[]> {
  const byDay = new Map<IsoDate, ShownDate[]>();
  const first = days[0];
  const last = days.at(-1);
  if (first === undefined || last === undefined) return byDay;
  for (const date of dates) {
    const until = addDays(date.on, date.days - 1);
    if (until < first || date.on > last) continue;
    const continued = date.on < first;
    const day = continued ? first : date.on;
    byDay.set(day, [...(byDay.get(day) ?? []), { date, until, continued }]);
  }
  return byDay;
}
