/**
 * Month and weekday names as exports write them in the interface's language (`12 octobre`,
 * `September 25`, `12. Oktober`, `Mon, Oct 5, 2026`), built from Intl rather than typed in, so a
 * language is one code in the list below. Case, accents and trailing dots are ignored.
 */
import { foldWord } from './fold.ts';

export const DATE_LANGUAGES = ['en', 'fr', 'de', 'es', 'it', 'pt', 'nl'] as const;

const nameKey = (s: string): string => foldWord(s).replace(/\.+$/, '');

interface NameTables {
  /** Folded name → month 1–12; a name two languages give to different months is left out. */
  months: Map<string, number>;
  weekdays: Set<string>;
}

function build(): NameTables {
  const months = new Map<string, number>();
  const clashes = new Set<string>();
  const add = (name: string, month: number): void => {
    const key = nameKey(name);
    if (key === '') return;
    const seen = months.get(key);
    if (seen !== undefined && seen !== month) clashes.add(key);
    months.set(key, month);
  };
  const weekdays = new Set<string>();
  for (const language of DATE_LANGUAGES) {
    for (const width of ['long', 'short'] as const) {
      const month = new Intl.DateTimeFormat(language, { month: width, timeZone: 'UTC' });
      const day = new Intl.DateTimeFormat(language, { weekday: width, timeZone: 'UTC' });
      for (let m = 0; m < 12; m++) {
        const name = month.format(Date.UTC(2026, m, 15));
        add(name, m + 1);
        // Three letters of the long name too: exports abbreviate without Intl's dots (`Sept`, `Okt`).
        if (width === 'long') add(nameKey(name).slice(0, 3), m + 1);
      }
      // 4 January 2026 was a Sunday.
      for (let d = 0; d < 7; d++) weekdays.add(nameKey(day.format(Date.UTC(2026, 0, 4 + d))));
    }
  }
  for (const key of clashes) months.delete(key);
  return { months, weekdays };
}

let tables: NameTables | undefined;

/** Built on first use: a few hundred Intl calls that most sessions never need. */
export function nameTables(): NameTables {
  tables ??= build();
  return tables;
}

export const monthOf = (word: string): number | undefined => nameTables().months.get(nameKey(word));
export const isWeekday = (word: string): boolean => nameTables().weekdays.has(nameKey(word));
