import { addDays, addMonths, type IsoDate } from '../../../shared/calendar/dates.ts';
import { type CalendarKind, calendarRange } from '../../common/dates/kpi-period.ts';

/** A quarter is for catching up before a quarterly report. */
export type PeriodMode = CalendarKind;
export const PERIOD_MODES: readonly PeriodMode[] = ['week', 'month', 'quarter'];

const MONTHS: Record<Exclude<PeriodMode, 'week'>, number> = { month: 1, quarter: 3 };

/** The posts the grid lists: published from `from` (inclusive) to `to` (exclusive), client's wall calendar. */
export interface NumbersPeriod {
  mode: PeriodMode;
  from: IsoDate;
  to: IsoDate;
}

/** Weeks start on Monday, as on the dashboard: a CM logs last week's numbers on Monday morning. */
export function periodAround(mode: PeriodMode, date: IsoDate): NumbersPeriod {
  const { from, to } = calendarRange(mode, date);
  return { mode, from, to };
}

export const stepPeriod = (p: NumbersPeriod, delta: number): NumbersPeriod =>
  p.mode === 'week'
    ? periodAround('week', addDays(p.from, 7 * delta))
    : periodAround(p.mode, addMonths(p.from, MONTHS[p.mode] * delta));

/** The shortest period that shows every day from `from` to `to`; past a quarter, the month of `to`. */
export function periodCovering(from: IsoDate, to: IsoDate): NumbersPeriod {
  for (const mode of PERIOD_MODES) {
    const period = periodAround(mode, from);
    if (to < period.to) return period;
  }
  return periodAround('month', to);
}
