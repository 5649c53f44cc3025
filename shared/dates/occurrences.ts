import { addDays, daysBetween } from '../calendar/dates.ts';
import { CATALOGUE, type DateKind, type DateSetId } from './catalogue.ts';
import { YEAR_MAX, YEAR_MIN } from './rules.ts';

export type { DateEntry, DateKind, DateSetId } from './catalogue.ts';
export { CATALOGUE, DATE_SETS, dateEntry } from './catalogue.ts';

/** A built-in date on a given year: its first day `on`, lasting `days` days. */
export interface DateOccurrence {
  readonly id: string;
  readonly set: DateSetId;
  readonly kind: DateKind;
  readonly on: string;
  readonly days: number;
  readonly approximate: boolean;
}

/** The longest range `occurrences` answers: ten years of days. */
export const OCCURRENCES_DAYS_MAX = 3653;

/** The longest any entry lasts is six weeks (the soldes before 2020): a year back is enough. */
const YEARS_BACK = 1;

interface Held {
  occurrence: DateOccurrence;
  /** The day after its last, as ranges' `to`. */
  end: string;
}

const NONE: readonly Held[] = [];
/** Every entry's occurrence in a year, by day then id; at most one list per year 1900–2200. */
const byYear = new Map<number, readonly Held[]>();

function heldIn(year: number): readonly Held[] {
  if (year < YEAR_MIN || year > YEAR_MAX) return NONE;
  let held = byYear.get(year);
  if (held) return held;
  const list: Held[] = [];
  for (const entry of CATALOGUE) {
    const on = entry.date(year);
    if (on === null) continue;
    const days = entry.daysIn(year);
    const { id, set, kind, approximate } = entry;
    list.push({
      occurrence: Object.freeze({ id, set, kind, on, days, approximate }),
      end: addDays(on, days),
    });
  }
  list.sort((a, b) => compare(a.occurrence.on, b.occurrence.on) || compare(a.occurrence.id, b.occurrence.id));
  held = Object.freeze(list);
  byYear.set(year, held);
  return held;
}

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

function yearOf(date: string, name: string): number {
  const m = DAY.exec(date);
  const [y, mo, d] = m ? [Number(m[1]), Number(m[2]), Number(m[3])] : [0, 0, 0];
  const real = new Date(Date.UTC(y, mo - 1, d));
  if (!m || real.getUTCFullYear() !== y || real.getUTCMonth() !== mo - 1 || real.getUTCDate() !== d) {
    throw new RangeError(`${name} is not a day (YYYY-MM-DD): ${JSON.stringify(date)}`);
  }
  return y;
}

/**
 * The built-in dates of `sets` whose days overlap [from, to) (`to` exclusive), by day then id.
 * Each year's dates are computed once and kept, so a month view may call it every render; the
 * occurrences are frozen and shared between calls. Throws a RangeError for a malformed day or a
 * range over ten years; an empty or reversed range has none.
 */
export function occurrences(sets: readonly DateSetId[], from: string, to: string): DateOccurrence[] {
  const firstYear = yearOf(from, 'from');
  yearOf(to, 'to');
  if (to <= from || sets.length === 0) return [];
  const lastYear = Number(addDays(to, -1).slice(0, 4));
  if (daysBetween(from, to) > OCCURRENCES_DAYS_MAX) {
    throw new RangeError(`At most ten years of dates at a time: ${from} to ${to}`);
  }
  const wanted = new Set<string>(sets);
  const found: DateOccurrence[] = [];
  // Years in order, each sorted, and a year's days all before the next year's: the list stays sorted.
  for (let year = firstYear - YEARS_BACK; year <= lastYear; year++) {
    for (const { occurrence, end } of heldIn(year)) {
      if (occurrence.on >= to) break;
      if (end > from && wanted.has(occurrence.set)) found.push(occurrence);
    }
  }
  return found;
}
