// Dates as the screens write them (week titles, days in sentences, deadlines), in both languages.
import { format } from 'date-fns';
import { enGB, fr } from 'date-fns/locale';
import { addDays, dateToUtcMs, type IsoDate } from '../../../shared/calendar/dates.ts';

const LOCALES = { en: enGB, fr } as const;
const noon = (day: IsoDate) => new Date(dateToUtcMs(day) + 12 * 3_600_000);

/** A week as the app titles it: "16 – 22 Nov 2026", "28 Sept – 4 Oct 2026", "16 – 22 nov. 2026". */
export function weekTitle(monday: IsoDate, language: 'en' | 'fr'): string {
  const locale = LOCALES[language];
  const sunday = addDays(monday, 6);
  const left =
    monday.slice(0, 7) === sunday.slice(0, 7)
      ? 'd'
      : monday.slice(0, 4) === sunday.slice(0, 4)
        ? 'd MMM'
        : 'd MMM yyyy';
  return `${format(noon(monday), left, { locale })} – ${format(noon(sunday), 'd MMM yyyy', { locale })}`;
}

/** "26 Nov 2026" / "26 nov. 2026": a day in a sentence (a toast, a previous count, a refusal). */
export const longDay = (day: IsoDate, language: 'en' | 'fr'): string =>
  format(noon(day), 'd MMM yyyy', { locale: LOCALES[language] });

/** "Tue 17 Nov": a post's day in the grid and in the messages about its row. */
export const shortDay = (day: IsoDate, language: 'en' | 'fr'): string =>
  format(noon(day), 'EEE d MMM', { locale: LOCALES[language] });

/** "10 February 2027" / "10 février 2027": an objective's deadline. */
export const fullDay = (day: IsoDate, language: 'en' | 'fr'): string =>
  format(noon(day), 'd MMMM yyyy', { locale: LOCALES[language] });
