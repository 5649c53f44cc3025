import type { Locale } from 'date-fns';
import type { ReportSummary } from '../../../shared/domain/report.ts';
import type { TFunction } from '../../i18n/keys.ts';
import { periodWords } from './document/report-dates.ts';

/** A report's name in the app's language: its title if it has one, else its period ("October 2026"). */
export function reportLabel(
  report: Pick<ReportSummary, 'title' | 'kind' | 'from' | 'to'>,
  t: TFunction,
  locale: Locale,
) {
  const period = periodWords(report.kind, report.from, report.to, t, locale);
  const title = report.title.trim();
  return { label: title || period, period, titled: title !== '' };
}

/**
 * "October’s" / "d’octobre": a month said as the report it names, for "Make October’s report" and
 * « Faire le rapport d’octobre ». French elides "de" before a vowel (avril, août, octobre).
 */
export function monthOfReport(month: string, language: 'fr' | 'en'): string {
  if (language === 'en') return `${month}’s`;
  return /^[aeiouyhâàéèêîïôû]/i.test(month) ? `d’${month}` : `de ${month}`;
}
