import { describe, expect, it } from 'vitest';
import {
  christmasBankHolidays,
  daysInMonth,
  FRIDAY,
  fixedDay,
  fromEaster,
  isLeapYear,
  MONDAY,
  mondayIfWeekend,
  nthWeekday,
  SUNDAY,
  THURSDAY,
  usThanksgiving,
  WEDNESDAY,
  weekdayAfter,
  weekdayOnOrAfter,
  weekdayOnOrBefore,
} from '../../../../shared/dates/rules.ts';

describe('nthWeekday', () => {
  it('counts from the month’s start', () => {
    // March 2026 starts on a Sunday.
    expect(nthWeekday(2026, 3, SUNDAY, 1)).toBe('2026-03-01');
    expect(nthWeekday(2026, 3, MONDAY, 1)).toBe('2026-03-02');
    expect(nthWeekday(2026, 3, SUNDAY, 5)).toBe('2026-03-29');
    expect(nthWeekday(2026, 6, SUNDAY, 3)).toBe('2026-06-21');
  });

  it('has no 5th when the month has only four', () => {
    expect(nthWeekday(2026, 2, MONDAY, 5)).toBeNull();
    expect(nthWeekday(2026, 3, WEDNESDAY, 5)).toBeNull();
  });

  it('takes -1 as the last', () => {
    expect(nthWeekday(2026, 5, MONDAY, -1)).toBe('2026-05-25');
    expect(nthWeekday(2026, 8, MONDAY, -1)).toBe('2026-08-31');
    expect(nthWeekday(2024, 2, THURSDAY, -1)).toBe('2024-02-29');
  });
});

describe('weekday on, before and after a day', () => {
  it('keeps the day when it is already that weekday', () => {
    expect(weekdayOnOrBefore('2021-05-24', MONDAY)).toBe('2021-05-24');
    expect(weekdayOnOrAfter('2021-05-24', MONDAY)).toBe('2021-05-24');
  });

  it('goes back or forward otherwise', () => {
    expect(weekdayOnOrBefore('2025-05-24', MONDAY)).toBe('2025-05-19');
    expect(weekdayOnOrAfter('2025-01-02', SUNDAY)).toBe('2025-01-05');
    expect(weekdayOnOrAfter('2025-12-30', FRIDAY)).toBe('2026-01-02');
  });

  it('weekdayAfter never gives the day itself', () => {
    expect(weekdayAfter('2024-11-29', MONDAY)).toBe('2024-12-02');
    expect(weekdayAfter('2024-12-02', MONDAY)).toBe('2024-12-09');
  });
});

describe('fixed days, leap years, Easter offsets', () => {
  it('has 29 February only in leap years', () => {
    expect(fixedDay(2024, 2, 29)).toBe('2024-02-29');
    expect(fixedDay(2025, 2, 29)).toBeNull();
    expect(fixedDay(2100, 2, 29)).toBeNull();
    expect(fixedDay(2000, 2, 29)).toBe('2000-02-29');
    expect(fixedDay(2026, 4, 31)).toBeNull();
    expect([isLeapYear(1900), isLeapYear(2000), isLeapYear(2024), isLeapYear(2100)]).toEqual([
      false,
      true,
      true,
      false,
    ]);
    expect([daysInMonth(2026, 2), daysInMonth(2028, 2), daysInMonth(2026, 4), daysInMonth(2026, 12)]).toEqual(
      [28, 29, 30, 31],
    );
  });

  it('counts days from Easter across months', () => {
    // Easter 2025: 20 April.
    expect(fromEaster(2025, -47)).toBe('2025-03-04');
    expect(fromEaster(2025, 39)).toBe('2025-05-29');
    expect(fromEaster(2025, 50)).toBe('2025-06-09');
  });

  it('finds the fourth Thursday of November', () => {
    expect(usThanksgiving(2024)).toBe('2024-11-28');
    expect(usThanksgiving(2025)).toBe('2025-11-27');
    expect(usThanksgiving(2018)).toBe('2018-11-22');
  });
});

describe('substitute days', () => {
  it('moves a weekend day to the Monday after', () => {
    expect(mondayIfWeekend('2022-01-01')).toBe('2022-01-03');
    expect(mondayIfWeekend('2023-01-01')).toBe('2023-01-02');
    expect(mondayIfWeekend('2021-01-01')).toBe('2021-01-01');
  });

  it.each([
    // Christmas on a Friday, Saturday, Sunday, Monday.
    [2020, '2020-12-25', '2020-12-28'],
    [2021, '2021-12-27', '2021-12-28'],
    [2022, '2022-12-27', '2022-12-26'],
    [2023, '2023-12-25', '2023-12-26'],
  ])('gives England’s Christmas and Boxing Day in %i', (year, christmas, boxingDay) => {
    expect(christmasBankHolidays(year)).toEqual({ christmas, boxingDay });
  });
});
