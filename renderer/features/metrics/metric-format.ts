import { format, type Locale } from 'date-fns';
import type { Metric } from '../../../shared/domain/metrics.ts';
import type { Language } from '../../../shared/domain/prefs.ts';
import { MAX_COUNT, MAX_MONEY_CENTS, type NumberIssue } from '../../../shared/metrics/number-parse.ts';
import { noonOf } from '../../common/dates/calendar-period.ts';
import { formatUnit } from '../../common/format/format-kpi.ts';
import { kindOf } from './grid-model.ts';

/** A logged value as the grid shows it: "1 234", "12,50 €"; blank when nothing is logged. */
export function formatMetric(metric: Metric, value: number | null, language: Language, currency: string) {
  if (value === null) return '';
  return formatUnit(value, kindOf(metric) === 'money' ? 'money' : 'count', language, currency);
}

/** The placeholders of a refusal typed in a cell: the limit, in the user's own format. */
export function issueParams(issue: NumberIssue, metric: Metric, language: Language, currency: string) {
  if (issue !== 'tooBig') return {};
  const money = kindOf(metric) === 'money';
  return {
    max: formatUnit(money ? MAX_MONEY_CENTS : MAX_COUNT, money ? 'money' : 'count', language, currency),
  };
}

/** "Mon 23 Nov" / "lun. 23 nov.": a post's day, short enough for the grid's first column. */
export const shortDay = (day: string, locale: Locale): string => format(noonOf(day), 'EEE d MMM', { locale });
