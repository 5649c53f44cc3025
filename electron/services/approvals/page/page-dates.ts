import { addDays, type IsoDate } from '../../../../shared/calendar/dates.ts';
import { utcToZoned } from '../../../../shared/calendar/zoned.ts';
import { fill, type PageWords } from './page-words.ts';

/**
 * Dates as the page writes them, with the page's own word lists rather than Intl: the same
 * file must read the same on any machine that exports it, whatever its ICU data.
 */

interface Parts {
  year: number;
  month: number;
  day: number;
  weekday: number;
}

function parts(date: IsoDate): Parts {
  const [year = 1970, month = 1, day = 1] = date.split('-').map(Number);
  return { year, month, day, weekday: new Date(Date.UTC(year, month - 1, day)).getUTCDay() };
}

const monthOf = (p: Parts, words: PageWords): string => words.months[p.month - 1] ?? '';

/** "Monday 14 December" / "lundi 14 décembre", with the year when the plan spans two. */
export function dayWords(date: IsoDate, words: PageWords, withYear = false): string {
  const p = parts(date);
  const day = `${words.weekdays[p.weekday]} ${words.dayOfMonth(p.day)} ${monthOf(p, words)}`;
  return withYear ? `${day} ${p.year}` : day;
}

/** Whether the plan's days fall in two years, so each day's heading needs its year. */
export const spansYears = (from: IsoDate, to: IsoDate): boolean =>
  from.slice(0, 4) !== addDays(to, -1).slice(0, 4);

/** The period, `to` exclusive: "14 – 31 December 2026" / "du 14 au 31 décembre 2026". */
export function periodWords(from: IsoDate, to: IsoDate, words: PageWords): string {
  const last = addDays(to, -1);
  if (last <= from) return fill(words.from, { day: dayWords(from, words, true) });
  const a = parts(from);
  const b = parts(last);
  const end = `${words.dayOfMonth(b.day)} ${monthOf(b, words)} ${b.year}`;
  // What the end already says is not repeated: "14 – 31 December 2026", "28 November – 3 December 2026".
  let start = words.dayOfMonth(a.day);
  if (a.year !== b.year || a.month !== b.month) start += ` ${monthOf(a, words)}`;
  if (a.year !== b.year) start += ` ${a.year}`;
  return fill(words.fromTo, { from: start, to: end });
}

/** The day an instant fell on in the client's zone, in words: "2 December 2026". */
export function instantDayWords(instant: string, zone: string, words: PageWords): string {
  let date = instant.slice(0, 10);
  try {
    date = utcToZoned(instant, zone).date;
  } catch {
    // An unknown zone: the UTC day is off by one at most, better than no date.
  }
  const p = parts(date);
  return `${words.dayOfMonth(p.day)} ${monthOf(p, words)} ${p.year}`;
}
