import { describe, expect, it } from 'vitest';
import {
  addDays,
  addMonths,
  days,
  daysBetween,
  isIsoDate,
  isLocalTime,
  monthGrid,
  startOfMonth,
  startOfWeek,
  weekday,
} from '../../../../shared/calendar/dates.ts';
import { IsoDateSchema, LocalTimeSchema } from '../../../../shared/domain/fields.ts';

describe('isIsoDate', () => {
  it.each(['2026-03-29', '2028-02-29', '2000-02-29', '2026-12-31', '1970-01-01', '9999-12-31'])(
    'accepts %s',
    (date) => expect(isIsoDate(date)).toBe(true),
  );

  it.each([
    '2026-02-30',
    '2026-02-29',
    '2100-02-29',
    '2026-04-31',
    '2026-13-01',
    '2026-00-10',
    '2026-01-00',
    '26-3-1',
    '2026-3-01',
    '2026-03-1',
    '2026/03/01',
    '01-03-2026',
    '2026-03-01T10:00',
    ' 2026-03-01',
    '1969-12-31',
    '',
  ])('refuses %j', (date) => expect(isIsoDate(date)).toBe(false));

  it('gives the invalidDate issue code through its schema', () => {
    const result = IsoDateSchema.safeParse('2026-02-30');
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.message)).toEqual(['invalidDate']);
  });
});

describe('isLocalTime', () => {
  it.each(['00:00', '09:30', '12:00', '23:59'])('accepts %s', (time) => expect(isLocalTime(time)).toBe(true));

  it.each(['24:00', '25:00', '9h30', '9:30', '09:60', '09:5', '0930', '09:30:00', '', ' 09:30'])(
    'refuses %j',
    (time) => expect(isLocalTime(time)).toBe(false),
  );

  it('gives the invalidTime issue code through its schema', () => {
    expect(LocalTimeSchema.safeParse('25:00').error?.issues.map((i) => i.message)).toEqual(['invalidTime']);
  });
});

describe('addDays and daysBetween', () => {
  it.each([
    ['2026-01-31', 1, '2026-02-01'],
    ['2026-02-28', 1, '2026-03-01'],
    ['2028-02-28', 1, '2028-02-29'],
    ['2026-12-31', 1, '2027-01-01'],
    ['2027-01-01', -1, '2026-12-31'],
    ['2026-03-01', -1, '2026-02-28'],
    // The DST weeks of Paris: calendar days have no hours, so nothing shifts.
    ['2026-03-23', 7, '2026-03-30'],
    ['2026-10-19', 7, '2026-10-26'],
    ['2026-03-29', 0, '2026-03-29'],
    ['2026-01-01', 365, '2027-01-01'],
    ['2028-01-01', 366, '2029-01-01'],
  ])('%s %i days → %s', (date, n, expected) => {
    expect(addDays(date, n)).toBe(expected);
    expect(daysBetween(date, expected)).toBe(n);
  });

  it('counts backwards as negative', () => {
    expect(daysBetween('2026-03-30', '2026-03-23')).toBe(-7);
  });

  it('lists consecutive days', () => {
    expect(days('2026-12-30', 4)).toEqual(['2026-12-30', '2026-12-31', '2027-01-01', '2027-01-02']);
    expect(days('2026-12-30', 0)).toEqual([]);
  });
});

describe('weeks', () => {
  it('knows the weekday of a date (0 = Sunday)', () => {
    expect(weekday('2026-03-23')).toBe(1);
    expect(weekday('2026-03-29')).toBe(0);
    expect(weekday('2026-03-28')).toBe(6);
  });

  it.each([
    // Monday first (French): a Sunday belongs to the week that began six days earlier.
    ['2026-03-29', 1, '2026-03-23'],
    ['2026-03-23', 1, '2026-03-23'],
    ['2026-03-24', 1, '2026-03-23'],
    ['2026-01-01', 1, '2025-12-29'],
    ['2026-03-01', 1, '2026-02-23'],
    // Sunday first (English): a Sunday starts its own week.
    ['2026-03-29', 0, '2026-03-29'],
    ['2026-03-28', 0, '2026-03-22'],
    ['2026-03-23', 0, '2026-03-22'],
    ['2026-01-01', 0, '2025-12-28'],
  ] as const)('the week of %s starting on day %i begins %s', (date, weekStartsOn, expected) => {
    expect(startOfWeek(date, weekStartsOn)).toBe(expected);
  });
});

describe('months', () => {
  it('finds the first of the month', () => {
    expect(startOfMonth('2026-03-29')).toBe('2026-03-01');
    expect(startOfMonth('2026-03-01')).toBe('2026-03-01');
  });

  it('moves by whole months to their first day, across year ends', () => {
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-01');
    expect(addMonths('2026-12-15', 1)).toBe('2027-01-01');
    expect(addMonths('2026-01-10', -1)).toBe('2025-12-01');
    expect(addMonths('2026-03-29', 12)).toBe('2027-03-01');
    expect(addMonths('2026-03-29', 0)).toBe('2026-03-01');
  });

  it.each([
    // March 2026 starts on a Sunday and ends on a Tuesday.
    ['2026-03-15', 1, 42, '2026-02-23', '2026-04-05'],
    ['2026-03-15', 0, 35, '2026-03-01', '2026-04-04'],
    // February 2026 runs Sunday 1 to Saturday 28: four whole weeks when Sunday comes first.
    ['2026-02-10', 0, 28, '2026-02-01', '2026-02-28'],
    ['2026-02-10', 1, 35, '2026-01-26', '2026-03-01'],
    // May 2026 starts on a Friday and ends on a Sunday.
    ['2026-05-31', 1, 35, '2026-04-27', '2026-05-31'],
    ['2026-05-31', 0, 42, '2026-04-26', '2026-06-06'],
    ['2026-12-01', 1, 35, '2026-11-30', '2027-01-03'],
  ] as const)(
    'the grid of the month of %s (week from day %i) has %i days, %s to %s',
    (date, start, size, first, last) => {
      const grid = monthGrid(date, start);
      expect(grid).toHaveLength(size);
      expect(grid[0]).toBe(first);
      expect(grid.at(-1)).toBe(last);
      expect(weekday(first)).toBe(start);
      // Every day of the month is in it, once, in order.
      expect(grid).toEqual(days(first, size));
      const month = date.slice(0, 7);
      const inMonth = grid.filter((d) => d.startsWith(month));
      expect(inMonth[0]).toBe(`${month}-01`);
      expect(daysBetween(inMonth[0] ?? '', addMonths(date, 1))).toBe(inMonth.length);
    },
  );
});
