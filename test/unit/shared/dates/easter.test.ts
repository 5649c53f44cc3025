import { describe, expect, it } from 'vitest';
import { weekday } from '../../../../shared/calendar/dates.ts';
import { easterSunday } from '../../../../shared/dates/easter.ts';

/** Easter Sundays as published (church calendars, almanacs). */
const KNOWN: Record<number, string> = {
  1900: '04-15',
  1943: '04-25',
  2000: '04-23',
  2001: '04-15',
  2002: '03-31',
  2003: '04-20',
  2004: '04-11',
  2005: '03-27',
  2006: '04-16',
  2007: '04-08',
  2008: '03-23',
  2009: '04-12',
  2010: '04-04',
  2011: '04-24',
  2012: '04-08',
  2013: '03-31',
  2014: '04-20',
  2015: '04-05',
  2016: '03-27',
  2017: '04-16',
  2018: '04-01',
  2019: '04-21',
  2020: '04-12',
  2021: '04-04',
  2022: '04-17',
  2023: '04-09',
  2024: '03-31',
  2025: '04-20',
  2026: '04-05',
  2027: '03-28',
  2028: '04-16',
  2029: '04-01',
  2030: '04-21',
  2031: '04-13',
  2032: '03-28',
  2033: '04-17',
  2034: '04-09',
  2035: '03-25',
  2036: '04-13',
  2037: '04-05',
  2038: '04-25',
  2039: '04-10',
  2040: '04-01',
};

/** Oudin's method (1940), as Tøndering gives it: a second, independent computation. */
function oudin(year: number): string {
  const g = year % 19;
  const c = Math.floor(year / 100);
  const h = (c - Math.floor(c / 4) - Math.floor((8 * c + 13) / 25) + 19 * g + 15) % 30;
  const i = h - Math.floor(h / 28) * (1 - Math.floor(29 / (h + 1)) * Math.floor((21 - g) / 11));
  const j = (year + Math.floor(year / 4) + i + 2 - c + Math.floor(c / 4)) % 7;
  const l = i - j;
  const month = 3 + Math.floor((l + 40) / 44);
  const day = l + 28 - 31 * Math.floor(month / 4);
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

const years = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);

describe('easterSunday', () => {
  it.each(Object.entries(KNOWN))('gives the published Easter of %s', (year, day) => {
    expect(easterSunday(Number(year))).toBe(`${year}-${day}`);
  });

  it('agrees with Oudin’s method every year 1900–2200', () => {
    const differ = years(1900, 2200).filter((y) => easterSunday(y) !== oudin(y));
    expect(differ).toEqual([]);
  });

  it('is a Sunday between 22 March and 25 April every year 1900–2200', () => {
    for (const year of years(1900, 2200)) {
      const easter = easterSunday(year);
      expect(weekday(easter)).toBe(0);
      expect(easter >= `${year}-03-22` && easter <= `${year}-04-25`).toBe(true);
    }
  });

  it('checks itself: the second method gives the published dates too', () => {
    for (const [year, day] of Object.entries(KNOWN)) expect(oudin(Number(year))).toBe(`${year}-${day}`);
  });
});
