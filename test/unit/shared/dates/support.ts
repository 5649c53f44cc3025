import { dateEntry } from '../../../../shared/dates/catalogue.ts';

/** The entry's date in `year`; fails the test when the id is unknown. */
export function dateOf(id: string, year: number): string | null {
  const entry = dateEntry(id);
  if (!entry) throw new Error(`No built-in date ${id}`);
  return entry.date(year);
}

export const years = (from: number, to: number): number[] =>
  Array.from({ length: to - from + 1 }, (_, i) => from + i);
