import { format, type Locale } from 'date-fns';
import { addDays, daysBetween, type IsoDate } from '../../../../shared/calendar/dates.ts';
import type { ReportKind } from '../../../../shared/domain/report.ts';
import { noonOf } from '../../../common/dates/calendar-period.ts';
import { dayRange } from '../../../common/dates/kpi-period.ts';
import type { TFunction } from '../../../i18n/keys.ts';

/** "12 October 2026" / "12 octobre 2026": a day said in full, as a letter dates itself. */
export const longDay = (day: IsoDate, locale: Locale): string =>
  format(noonOf(day), 'd MMMM yyyy', { locale });

const quarterOf = (t: TFunction, from: IsoDate): string =>
  t('kpis.period.quarterTitle', {
    quarter: Math.floor((Number(from.slice(5, 7)) - 1) / 3) + 1,
    year: from.slice(0, 4),
  });

/**
 * The report's period in words: "October 2026", "Week of 12 October 2026", "Q4 2026",
 * "1 Oct – 15 Nov 2026" (`to` exclusive).
 */
export function periodWords(
  kind: ReportKind,
  from: IsoDate,
  to: IsoDate,
  t: TFunction,
  locale: Locale,
): string {
  switch (kind) {
    case 'month':
      return format(noonOf(from), 'LLLL yyyy', { locale });
    case 'week':
      return t('reports.period.week', { date: longDay(from, locale) });
    case 'quarter':
      return quarterOf(t, from);
    case 'custom':
      return dayRange(from, addDays(to, -1), locale);
  }
}

/**
 * What a change is measured from, to end a sentence: "from September", "from the week before",
 * "from Q3 2026", "from the 30 days before" (French needs its own preposition for each).
 */
export function comparedWords(
  kind: ReportKind,
  period: { from: IsoDate; previousFrom: IsoDate },
  t: TFunction,
  locale: Locale,
): string {
  const { from, previousFrom } = period;
  switch (kind) {
    case 'month': {
      // The year only when it differs: January compares with "December 2025".
      const pattern = previousFrom.slice(0, 4) === from.slice(0, 4) ? 'LLLL' : 'LLLL yyyy';
      return t('reports.compared.month', { period: format(noonOf(previousFrom), pattern, { locale }) });
    }
    case 'week':
      return t('reports.compared.week');
    case 'quarter':
      return t('reports.compared.quarter', { period: quarterOf(t, previousFrom) });
    case 'custom':
      return t('reports.compared.custom', { count: daysBetween(previousFrom, from) });
  }
}
