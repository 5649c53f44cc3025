import { enGB, fr } from 'date-fns/locale';
import { describe, expect, it } from 'vitest';
import {
  customIssue,
  dayRange,
  initialPeriod,
  type PeriodChoice,
  rangeOf,
  stepPeriod,
  withKind,
} from '../../../../../renderer/common/dates/kpi-period.ts';

const at = (kind: PeriodChoice['kind'], anchor: string): PeriodChoice => ({ ...initialPeriod(anchor), kind });

describe('dashboard periods', () => {
  it('compare a month with the whole previous month, whatever their lengths', () => {
    expect(rangeOf(at('month', '2026-10-15'))).toEqual({
      from: '2026-10-01',
      to: '2026-11-01',
      previousFrom: '2026-09-01',
    });
    expect(rangeOf(at('month', '2026-03-31'))).toEqual({
      from: '2026-03-01',
      to: '2026-04-01',
      previousFrom: '2026-02-01',
    });
  });

  it('compare a quarter with the previous quarter, across a new year', () => {
    expect(rangeOf(at('quarter', '2027-02-10'))).toEqual({
      from: '2027-01-01',
      to: '2027-04-01',
      previousFrom: '2026-10-01',
    });
  });

  it('run weeks from Monday, compared with the week before', () => {
    // 15 October 2026 is a Thursday.
    expect(rangeOf(at('week', '2026-10-15'))).toEqual({
      from: '2026-10-12',
      to: '2026-10-19',
      previousFrom: '2026-10-05',
    });
  });

  it('compare a typed range (last day included) with as many days just before', () => {
    const choice: PeriodChoice = {
      kind: 'custom',
      anchor: '2026-10-15',
      start: '2026-10-10',
      end: '2026-10-19',
    };
    expect(rangeOf(choice)).toEqual({ from: '2026-10-10', to: '2026-10-20', previousFrom: '2026-09-30' });
    expect(stepPeriod(choice, -1)).toMatchObject({ start: '2026-09-30', end: '2026-10-09' });
  });

  it('refuse a typed range that is backwards, unfinished or longer than two years', () => {
    expect(customIssue('2026-10-10', '2026-10-09')).toBe('rangeEmpty');
    expect(customIssue('2026-10-10', '')).toBe('invalidDate');
    expect(customIssue('2024-01-01', '2026-01-05')).toBe('rangeTooLong');
    expect(customIssue('2026-10-10', '2026-10-10')).toBeNull();
    expect(
      rangeOf({ kind: 'custom', anchor: '2026-10-15', start: '2026-10-10', end: '2026-10-01' }),
    ).toBeNull();
  });

  it('step by their own kind and keep the user in place when the kind changes', () => {
    expect(rangeOf(stepPeriod(at('month', '2026-01-31'), -1))?.from).toBe('2025-12-01');
    expect(rangeOf(stepPeriod(at('quarter', '2026-11-30'), 1))?.from).toBe('2027-01-01');
    const month = at('month', '2026-10-15');
    expect(withKind(month, 'custom')).toMatchObject({ start: '2026-10-01', end: '2026-10-31' });
    expect(rangeOf(withKind(month, 'quarter'))?.from).toBe('2026-10-01');
  });
});

describe('a range of days', () => {
  it('is written in full in a title, and short in a column header', () => {
    expect(dayRange('2026-11-16', '2026-11-22', enGB)).toBe('16 – 22 Nov 2026');
    expect(dayRange('2026-11-16', '2026-11-22', enGB, false)).toBe('16–22 Nov');
    expect(dayRange('2026-11-30', '2026-12-06', fr, false)).toBe('30 nov. – 6 déc.');
    expect(dayRange('2026-12-28', '2027-01-03', enGB, false)).toBe('28 Dec – 3 Jan');
  });
});
