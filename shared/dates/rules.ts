import { addDays, weekday } from '../calendar/dates.ts';
import { easterSunday } from './easter.ts';

/**
 * Small rules the catalogue's dates are made of. Days are ISO `YYYY-MM-DD` wall-calendar days
 * (shared/calendar/dates.ts); weekdays are numbered as there: 0 = Sunday … 6 = Saturday.
 */

export const SUNDAY = 0;
export const MONDAY = 1;
export const TUESDAY = 2;
export const WEDNESDAY = 3;
export const THURSDAY = 4;
export const FRIDAY = 5;
export const SATURDAY = 6;

/** The years the catalogue computes; outside them every date is null. */
export const YEAR_MIN = 1900;
export const YEAR_MAX = 2200;

const pad = (n: number, width: number) => String(n).padStart(width, '0');

/** `isoDay(2026, 5, 31)` → '2026-05-31'; no check that the day exists. */
export const isoDay = (year: number, month: number, day: number): string =>
  `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;

/** 28–31. */
export const daysInMonth = (year: number, month: number): number =>
  new Date(Date.UTC(year, month, 0)).getUTCDate();

export const isLeapYear = (year: number): boolean => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;

/** The same day every year, or null in a year where it does not exist (29 February). */
export const fixedDay = (year: number, month: number, day: number): string | null =>
  day >= 1 && day <= daysInMonth(year, month) ? isoDay(year, month, day) : null;

/** 1…5 counts from the month's start; -1 is the last. */
export type Nth = 1 | 2 | 3 | 4 | 5 | -1;

/** The nth given weekday of a month (the 3rd Sunday of June), or null when the month has no 5th. */
export function nthWeekday(year: number, month: number, day: number, nth: Nth): string | null {
  if (nth === -1) return weekdayOnOrBefore(isoDay(year, month, daysInMonth(year, month)), day);
  const first = isoDay(year, month, 1);
  const date = 1 + ((day - weekday(first) + 7) % 7) + 7 * (nth - 1);
  return date <= daysInMonth(year, month) ? isoDay(year, month, date) : null;
}

/** The given weekday on `date` or the latest before it. */
export const weekdayOnOrBefore = (date: string, day: number): string =>
  addDays(date, -((weekday(date) - day + 7) % 7));

/** The given weekday on `date` or the first after it. */
export const weekdayOnOrAfter = (date: string, day: number): string =>
  addDays(date, (day - weekday(date) + 7) % 7);

/** The first given weekday strictly after `date` (the Monday after Black Friday). */
export const weekdayAfter = (date: string, day: number): string => weekdayOnOrAfter(addDays(date, 1), day);

/** Days from Easter Sunday: -2 is Good Friday, +1 Easter Monday, +39 Ascension, +50 Whit Monday. */
export const fromEaster = (year: number, offset: number): string => addDays(easterSunday(year), offset);

/** The fourth Thursday of November: Black Friday, Cyber Monday and Giving Tuesday follow it. */
export const usThanksgiving = (year: number): string => weekdayOnOrAfter(isoDay(year, 11, 22), THURSDAY);

export const isWeekend = (date: string): boolean => {
  const day = weekday(date);
  return day === SATURDAY || day === SUNDAY;
};

/** A day off that falls on a Saturday or Sunday is given on the Monday after (UK, Canada). */
export const mondayIfWeekend = (date: string): string =>
  isWeekend(date) ? weekdayOnOrAfter(date, MONDAY) : date;

/**
 * England and Wales' Christmas and Boxing Day with their substitute days: when either falls on a
 * weekend, the bank holiday moves to the next weekday not already taken by the other.
 * Christmas on Saturday: Monday 27 and Tuesday 28; on Sunday: Tuesday 27, and Boxing Day stays Monday 26.
 */
export function christmasBankHolidays(year: number): { christmas: string; boxingDay: string } {
  const christmas = isoDay(year, 12, 25);
  const boxingDay = isoDay(year, 12, 26);
  switch (weekday(christmas)) {
    case FRIDAY:
      return { christmas, boxingDay: isoDay(year, 12, 28) };
    case SATURDAY:
      return { christmas: isoDay(year, 12, 27), boxingDay: isoDay(year, 12, 28) };
    case SUNDAY:
      return { christmas: isoDay(year, 12, 27), boxingDay };
    default:
      return { christmas, boxingDay };
  }
}
