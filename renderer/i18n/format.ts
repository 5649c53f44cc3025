import { format, type Locale, parseISO } from 'date-fns';
import { enGB, fr } from 'date-fns/locale';
import { dateToUtcMs, type IsoDate } from '../../shared/calendar/dates.ts';
import type { Language } from '../../shared/domain/prefs.ts';

const DATE_LOCALES: Record<Language, Locale> = { fr, en: enGB };

export const dateLocale = (language: Language): Locale => DATE_LOCALES[language];

/** "2 nov. 2026, 14:05" / "2 Nov 2026, 14:05": 24-hour clock in both, as European users expect. */
export function formatDateTime(iso: string, language: Language): string {
  if (!iso) return '';
  return format(parseISO(iso), 'PP, HH:mm', { locale: dateLocale(language) });
}

export const formatNumber = (value: number, language: Language): string =>
  new Intl.NumberFormat(language).format(value);

/** The current wall-clock time in a client's zone, e.g. "14:05". */
export function formatTimeIn(timeZone: string, language: Language, now: Date = new Date()): string {
  return new Intl.DateTimeFormat(language, {
    timeZone,
    hour: '2-digit',
    minute: '2-digit',
    hour12: false,
  }).format(now);
}

/** "23 Nov 2026" / "23 nov. 2026": a day in a sentence (a refusal, a previous count, a basis). */
export const formatLongDay = (day: IsoDate, language: Language): string =>
  format(new Date(dateToUtcMs(day) + 12 * 3_600_000), 'd MMM yyyy', { locale: dateLocale(language) });
