import { describe, expect, it } from 'vitest';
import { CustomRule, ruleDate } from '../../../../shared/dates/custom-rule.ts';
import { years } from './support.ts';

const messages = (value: unknown) => CustomRule.safeParse(value).error?.issues.map((i) => i.message) ?? [];

describe('CustomRule', () => {
  it.each([
    { kind: 'fixed', month: 3, day: 12 },
    { kind: 'fixed', month: 2, day: 29 },
    { kind: 'fixed', month: 12, day: 31 },
    { kind: 'nth', month: 10, weekday: 2, nth: 2 },
    { kind: 'nth', month: 5, weekday: 7, nth: -1 },
    { kind: 'easter', offset: -70 },
    { kind: 'easter', offset: 70 },
  ])('accepts %j', (rule) => expect(CustomRule.safeParse(rule).success).toBe(true));

  it.each([
    [{ kind: 'fixed', month: 2, day: 30 }],
    [{ kind: 'fixed', month: 2, day: 31 }],
    [{ kind: 'fixed', month: 4, day: 31 }],
    [{ kind: 'fixed', month: 6, day: 31 }],
    [{ kind: 'fixed', month: 9, day: 31 }],
    [{ kind: 'fixed', month: 11, day: 31 }],
  ])('refuses %j as a day not in its month, on the day', (rule) => {
    const result = CustomRule.safeParse(rule);
    expect(result.error?.issues.map((i) => [i.message, i.path])).toEqual([['dayNotInMonth', ['day']]]);
  });

  it.each([
    { kind: 'fixed', month: 13, day: 1 },
    { kind: 'fixed', month: 0, day: 1 },
    { kind: 'fixed', month: 1, day: 32 },
    { kind: 'fixed', month: 1, day: 1.5 },
    { kind: 'nth', month: 5, weekday: 1, nth: 5 },
    { kind: 'nth', month: 5, weekday: 0, nth: 1 },
    { kind: 'nth', month: 5, weekday: 8, nth: 1 },
    { kind: 'nth', month: 13, weekday: 1, nth: 1 },
    { kind: 'nth', month: 5, weekday: 1, nth: 0 },
    { kind: 'easter', offset: 71 },
    { kind: 'easter', offset: -71 },
    { kind: 'easter', offset: 1.5 },
    { kind: 'weekly', day: 1 },
    { kind: 'fixed', month: 1, day: 1, extra: true },
    { kind: 'fixed', month: '1', day: 1 },
  ])('refuses %j', (rule) => expect(CustomRule.safeParse(rule).success).toBe(false));

  it('says which choice is wrong with an issue code', () => {
    expect(messages({ kind: 'fixed', month: 13, day: 1 })).toEqual(['invalidChoice']);
    expect(messages({ kind: 'nth', month: 5, weekday: 1, nth: 5 })).toEqual(['invalidChoice']);
    expect(messages({ kind: 'easter', offset: 71 })).toEqual(['tooBig']);
  });
});

describe('ruleDate', () => {
  it('gives 29 February only in leap years', () => {
    const rule = { kind: 'fixed', month: 2, day: 29 } as const;
    const found = years(2000, 2100).filter((y) => ruleDate(rule, y) !== null);
    expect(found).toEqual(years(2000, 2096).filter((y) => y % 4 === 0));
    expect(ruleDate(rule, 2024)).toBe('2024-02-29');
    expect(ruleDate(rule, 2100)).toBeNull();
  });

  it('gives a fixed day, the nth or last weekday of a month (ISO weekdays), days from Easter', () => {
    expect(ruleDate({ kind: 'fixed', month: 3, day: 12 }, 2026)).toBe('2026-03-12');
    // Second Tuesday of October 2026; last Sunday (ISO 7) of May 2026; first Monday of June 2026.
    expect(ruleDate({ kind: 'nth', month: 10, weekday: 2, nth: 2 }, 2026)).toBe('2026-10-13');
    expect(ruleDate({ kind: 'nth', month: 5, weekday: 7, nth: -1 }, 2026)).toBe('2026-05-31');
    expect(ruleDate({ kind: 'nth', month: 6, weekday: 1, nth: 1 }, 2026)).toBe('2026-06-01');
    // Easter 2026: 5 April.
    expect(ruleDate({ kind: 'easter', offset: -2 }, 2026)).toBe('2026-04-03');
    expect(ruleDate({ kind: 'easter', offset: 60 }, 2026)).toBe('2026-06-04');
  });

  it('has nothing outside 1900–2200', () => {
    expect(ruleDate({ kind: 'fixed', month: 1, day: 1 }, 1899)).toBeNull();
    expect(ruleDate({ kind: 'fixed', month: 1, day: 1 }, 2201)).toBeNull();
  });
});
