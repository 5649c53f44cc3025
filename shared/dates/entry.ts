import { fixedDay, fromEaster, type Nth, nthWeekday, YEAR_MAX, YEAR_MIN } from './rules.ts';

/** The sets of built-in dates, in the order the settings list them. */
export const DATE_SETS = [
  'fr-holidays',
  'be-holidays',
  'ch-holidays',
  'ca-holidays',
  'uk-holidays',
  'fr-commerce',
  'en-commerce',
  'world-days',
] as const;
export type DateSetId = (typeof DATE_SETS)[number];

/** A day off; a date shops and families plan for; a day or month a cause is talked about. */
export type DateKind = 'holiday' | 'commerce' | 'observance';

/** One built-in recurring date. Its name is the i18n key `dates.names.<id>`. */
export interface DateEntry {
  /** Stable kebab-case, starting with its set's country or 'world'. */
  readonly id: string;
  readonly set: DateSetId;
  readonly kind: DateKind;
  /** How many days it lasts, its first day included: 1 unless said (the soldes: 28, as now). */
  readonly days: number;
  /** How many days it lasts in `year`, when that has changed over the years (the soldes: 6 weeks before 2020). */
  readonly daysIn: (year: number) => number;
  /** Decided each year by someone (la rentrée): the date is the usual one, not the official one. */
  readonly approximate: boolean;
  /** The first and last years it exists, when it has not always. */
  readonly since?: number;
  readonly until?: number;
  /** Its first day in `year`, or null when it does not fall that year (or the year is outside 1900–2200). */
  readonly date: (year: number) => string | null;
}

export interface EntrySpec {
  id: string;
  kind: DateKind;
  /** A number, or a year's number when it has changed (the current one is `days(YEAR_MAX)`). */
  days?: number | ((year: number) => number);
  approximate?: boolean;
  since?: number;
  until?: number;
  /** The date, for a year already known to be within since/until and 1900–2200. */
  rule: (year: number) => string | null;
}

/** The entries of one set, each date bounded by its years and the catalogue's. */
export function defineSet(set: DateSetId, specs: readonly EntrySpec[]): DateEntry[] {
  return specs.map(({ rule, days = 1, approximate = false, ...spec }) => {
    const first = Math.max(YEAR_MIN, spec.since ?? YEAR_MIN);
    const last = Math.min(YEAR_MAX, spec.until ?? YEAR_MAX);
    const daysIn = typeof days === 'number' ? () => days : days;
    return Object.freeze({
      ...spec,
      set,
      days: daysIn(YEAR_MAX),
      daysIn,
      approximate,
      date: (year: number) => (Number.isInteger(year) && year >= first && year <= last ? rule(year) : null),
    });
  });
}

/** Rules for the common cases: the same day every year, days from Easter, the nth weekday of a month. */
export const on =
  (month: number, day: number) =>
  (year: number): string | null =>
    fixedDay(year, month, day);
export const easter = (offset: number) => (year: number) => fromEaster(year, offset);
export const nth = (month: number, day: number, n: Nth) => (year: number) => nthWeekday(year, month, day, n);
