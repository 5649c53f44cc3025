/**
 * Calendar dates as `YYYY-MM-DD` strings: a day on the client's wall calendar, with no time zone.
 * Arithmetic goes through UTC midnight, where every day has 24 hours, so it never trips on DST.
 * No zod here: every screen needs these, and the schemas (`IsoDateSchema`, `LocalTimeSchema`) live
 * in shared/domain/fields.ts, with the screens and dialogs that check what the user types.
 */
export type IsoDate = string;

const DAY_MS = 86_400_000;
const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isIsoDate(value: string): boolean {
  const m = DATE_PATTERN.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  // 2026-02-30 parses as 2 March: a round trip catches it.
  return y >= 1970 && y <= 9999 && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

/** `HH:MM`, 24-hour. */
export type LocalTime = string;
export const isLocalTime = (value: string): boolean => /^([01]\d|2[0-3]):[0-5]\d$/.test(value);

/** Milliseconds of the date's midnight read as UTC. */
export const dateToUtcMs = (date: IsoDate): number => Date.parse(`${date}T00:00:00Z`);

export const utcMsToDate = (ms: number): IsoDate => new Date(ms).toISOString().slice(0, 10);

export const addDays = (date: IsoDate, days: number): IsoDate =>
  utcMsToDate(dateToUtcMs(date) + days * DAY_MS);

/** Whole days from `a` to `b` (positive when `b` is later). */
/** ISO days sort as text: the earlier and the later of two. */
export const earlierDay = (a: IsoDate, b: IsoDate): IsoDate => (a < b ? a : b);
export const laterDay = (a: IsoDate, b: IsoDate): IsoDate => (a > b ? a : b);

export const daysBetween = (a: IsoDate, b: IsoDate): number =>
  Math.round((dateToUtcMs(b) - dateToUtcMs(a)) / DAY_MS);

/** 0 = Sunday … 6 = Saturday, as in `Date#getDay`. */
export const weekday = (date: IsoDate): number => new Date(dateToUtcMs(date)).getUTCDay();

export type WeekStartsOn = 0 | 1;

export function startOfWeek(date: IsoDate, weekStartsOn: WeekStartsOn): IsoDate {
  return addDays(date, -((weekday(date) - weekStartsOn + 7) % 7));
}

export const startOfMonth = (date: IsoDate): IsoDate => `${date.slice(0, 7)}-01`;

export function addMonths(date: IsoDate, months: number): IsoDate {
  const [y, m] = [Number(date.slice(0, 4)), Number(date.slice(5, 7))];
  const first = new Date(Date.UTC(y, m - 1 + months, 1));
  return utcMsToDate(first.getTime());
}

/** The days of a month grid: whole weeks covering the month, 28, 35 or 42 days (February 2026 from Sunday: 28). */
export function monthGrid(date: IsoDate, weekStartsOn: WeekStartsOn): IsoDate[] {
  const first = startOfMonth(date);
  const start = startOfWeek(first, weekStartsOn);
  const next = addMonths(first, 1);
  const weeks = Math.ceil(daysBetween(start, next) / 7);
  return Array.from({ length: weeks * 7 }, (_, i) => addDays(start, i));
}

export const days = (start: IsoDate, count: number): IsoDate[] =>
  Array.from({ length: count }, (_, i) => addDays(start, i));
