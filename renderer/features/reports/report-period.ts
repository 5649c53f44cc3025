import { addDays, daysBetween, type IsoDate, isIsoDate } from '../../../shared/calendar/dates.ts';
import { REPORT_DAYS_MAX, type ReportKind } from '../../../shared/domain/report.ts';
import {
  type CalendarKind,
  calendarRange,
  type PeriodChoice,
  stepPeriod,
} from '../../common/dates/kpi-period.ts';

/** What the new report's dialog holds: a kind and a day inside the period, or a typed range (`end` inclusive). */
export type ReportPeriodChoice = PeriodChoice & { kind: ReportKind };

/** A report's days: `from` inclusive, `to` exclusive, as the contract takes them. */
export interface ReportRange {
  from: IsoDate;
  to: IsoDate;
}

/**
 * The last week, month or quarter that is over by today: a report is written once its period has
 * ended (in early November, October's).
 */
export function lastFullRange(kind: CalendarKind, today: IsoDate): ReportRange {
  const current = calendarRange(kind, today);
  const { from, to } = calendarRange(kind, addDays(current.from, -1));
  return { from, to };
}

/** The dialog opens on last month; a range typed in later starts as that month. */
export function initialReportPeriod(today: IsoDate): ReportPeriodChoice {
  const { from, to } = lastFullRange('month', today);
  return { kind: 'month', anchor: from, start: from, end: addDays(to, -1) };
}

/** Why a typed range cannot be a report: an issue code (`issues.*`); null when it can. */
export type ReportRangeIssue = 'invalidDate' | 'rangeEmpty' | 'reportTooLong';

export function customRangeIssue(start: string, end: string): ReportRangeIssue | null {
  if (!isIsoDate(start) || !isIsoDate(end)) return 'invalidDate';
  if (end < start) return 'rangeEmpty';
  if (daysBetween(start, end) + 1 > REPORT_DAYS_MAX) return 'reportTooLong';
  return null;
}

/** The days a choice covers, or null while a typed range cannot be one. */
export function reportRange(choice: ReportPeriodChoice): ReportRange | null {
  if (choice.kind !== 'custom') {
    const { from, to } = calendarRange(choice.kind, choice.anchor);
    return { from, to };
  }
  if (customRangeIssue(choice.start, choice.end)) return null;
  return { from: choice.start, to: addDays(choice.end, 1) };
}

/** The period before or after, of the same kind. */
export const stepReportPeriod = (choice: ReportPeriodChoice, direction: -1 | 1): ReportPeriodChoice =>
  ({ ...stepPeriod(choice, direction), kind: choice.kind }) as ReportPeriodChoice;

/** The next period can be chosen while it has begun: a report of a period still to come has nothing in it. */
export function canStepForward(choice: ReportPeriodChoice, today: IsoDate): boolean {
  const next = reportRange(stepReportPeriod(choice, 1));
  return next !== null && next.from <= today;
}

/**
 * Another kind: its last full period, as the dialog first proposes, since that is the report
 * owed; a typed range starts from the period shown, to be adjusted.
 */
export function withReportKind(
  choice: ReportPeriodChoice,
  kind: ReportKind,
  today: IsoDate,
): ReportPeriodChoice {
  if (kind === 'custom') {
    const range = reportRange(choice);
    return range ? { ...choice, kind, start: range.from, end: addDays(range.to, -1) } : { ...choice, kind };
  }
  const { from } = lastFullRange(kind, today);
  return { ...choice, kind, anchor: from };
}
