import { format } from 'date-fns';
import {
  addDays,
  addMonths,
  dateToUtcMs,
  daysBetween,
  type IsoDate,
  isIsoDate,
} from '../../../shared/calendar/dates.ts';
import { DASHBOARD_DAYS_MAX } from '../../../shared/calendar/range.ts';
import type { Language } from '../../../shared/domain/prefs.ts';
import { dateLocale } from '../../i18n/format.ts';

/** An audit's period as the contract keeps it: `from` inclusive, `to` exclusive. */
export interface AuditPeriod {
  from: IsoDate;
  to: IsoDate;
}

const startOfQuarter = (day: IsoDate): IsoDate => {
  const month = Number(day.slice(5, 7));
  return `${day.slice(0, 4)}-${String(month - ((month - 1) % 3)).padStart(2, '0')}-01`;
};

/**
 * The last full quarter before `today`: what a freelancer steps back on each quarter. On 7 December
 * 2026 that is July to September; on 1 October too (October has only begun).
 */
export function defaultPeriod(today: IsoDate): AuditPeriod {
  const to = startOfQuarter(today);
  return { from: addMonths(to, -3), to };
}

/** The last day of a period, inclusive, as a user reads and types it. */
export const lastDayOf = (to: IsoDate): IsoDate => addDays(to, -1);

/** Why typed days cannot be an audit's period (an `issues.*` code), or null. `last` is inclusive. */
export function periodIssue(
  from: string,
  last: string,
): 'invalidDate' | 'rangeEmpty' | 'rangeTooLong' | null {
  if (!isIsoDate(from) || !isIsoDate(last)) return 'invalidDate';
  if (last < from) return 'rangeEmpty';
  if (daysBetween(from, last) + 1 > DASHBOARD_DAYS_MAX) return 'rangeTooLong';
  return null;
}

/** The same for a period as the audit keeps it (`to` exclusive), either day perhaps still being typed (''). */
export const keptPeriodIssue = (from: string, to: string) =>
  periodIssue(from, isIsoDate(to) ? lastDayOf(to) : '');

const noon = (day: IsoDate) => new Date(dateToUtcMs(day) + 12 * 3_600_000);

const capitalised = (text: string) => text.charAt(0).toLocaleUpperCase() + text.slice(1);

/**
 * A period in a few words: a calendar quarter as "Q3 2026" ("T3 2026" in French), a month as
 * "September 2026", a year as "2026", anything else as its first and last days.
 */
export function periodLabel({ from, to }: AuditPeriod, language: Language): string {
  const firstOfMonth = from.endsWith('-01') && to.endsWith('-01');
  if (firstOfMonth) {
    const month = Number(from.slice(5, 7));
    if (addMonths(from, 1) === to)
      return capitalised(format(noon(from), 'LLLL yyyy', { locale: dateLocale(language) }));
    if (addMonths(from, 3) === to && (month - 1) % 3 === 0)
      return `${language === 'fr' ? 'T' : 'Q'}${(month + 2) / 3} ${from.slice(0, 4)}`;
    if (addMonths(from, 12) === to && month === 1) return from.slice(0, 4);
  }
  return rangeLabel({ from, to }, language);
}

/** "1 Jul – 30 Sept 2026", "15 déc. 2025 – 14 mars 2026": the days themselves, the last one inclusive. */
export function rangeLabel({ from, to }: AuditPeriod, language: Language): string {
  const last = lastDayOf(to);
  const locale = dateLocale(language);
  const full = (day: IsoDate) => format(noon(day), 'd MMM yyyy', { locale });
  if (from === last) return full(from);
  const sameYear = from.slice(0, 4) === last.slice(0, 4);
  return `${sameYear ? format(noon(from), 'd MMM', { locale }) : full(from)} – ${full(last)}`;
}

/** What an audit is called: its title, or its period when it has none. */
export const auditLabel = (audit: AuditPeriod & { title: string }, language: Language): string =>
  audit.title.trim() || periodLabel(audit, language);
