const MONDAY_FIRST = [0, 1, 2, 3, 4, 5, 6];

/** Monday … Sunday (Monday = 0) in the language shown: 1 January 2024 was a Monday. */
export function weekdayNames(language: string, width: 'long' | 'short' = 'long'): string[] {
  const f = new Intl.DateTimeFormat(language, { weekday: width, timeZone: 'UTC' });
  return MONDAY_FIRST.map((d) => f.format(Date.UTC(2024, 0, 1 + d)));
}

/** A month's name in the language shown: 1 → "January" / "janvier". */
export const monthName = (month: number, language: string): string =>
  new Intl.DateTimeFormat(language, { month: 'long', timeZone: 'UTC' }).format(Date.UTC(2001, month - 1, 1));
