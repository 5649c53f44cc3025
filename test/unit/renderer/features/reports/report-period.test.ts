import { describe, expect, it } from 'vitest';
import {
  canStepForward,
  customRangeIssue,
  initialReportPeriod,
  lastFullRange,
  reportRange,
  stepReportPeriod,
  withReportKind,
} from '../../../../../renderer/features/reports/report-period.ts';

describe('the period a new report proposes', () => {
  it('is last month: in early November, October', () => {
    expect(lastFullRange('month', '2026-11-07')).toEqual({ from: '2026-10-01', to: '2026-11-01' });
    const choice = initialReportPeriod('2026-11-07');
    expect(choice.kind).toBe('month');
    expect(reportRange(choice)).toEqual({ from: '2026-10-01', to: '2026-11-01' });
  });

  it('is last month even on the first day of a month, and crosses the year in January', () => {
    expect(lastFullRange('month', '2026-11-01')).toEqual({ from: '2026-10-01', to: '2026-11-01' });
    expect(lastFullRange('month', '2027-01-15')).toEqual({ from: '2026-12-01', to: '2027-01-01' });
  });

  it('is the last full week, Monday to Sunday, and the last full quarter', () => {
    // Wednesday 11 November 2026: the week before runs from Monday 2 to Sunday 8.
    expect(lastFullRange('week', '2026-11-11')).toEqual({ from: '2026-11-02', to: '2026-11-09' });
    expect(lastFullRange('quarter', '2026-11-11')).toEqual({ from: '2026-07-01', to: '2026-10-01' });
  });
});

describe('stepping through periods', () => {
  const october = initialReportPeriod('2026-11-07');

  it('goes to the month before and after', () => {
    expect(reportRange(stepReportPeriod(october, -1))).toEqual({ from: '2026-09-01', to: '2026-10-01' });
    expect(reportRange(stepReportPeriod(october, 1))).toEqual({ from: '2026-11-01', to: '2026-12-01' });
  });

  it('lets the period under way be chosen, not one still to come', () => {
    expect(canStepForward(october, '2026-11-07')).toBe(true);
    const november = stepReportPeriod(october, 1);
    expect(canStepForward(november, '2026-11-07')).toBe(false);
  });

  it('switches kind to that kind’s last full period, and to dates from the period shown', () => {
    const week = withReportKind(october, 'week', '2026-11-11');
    expect(reportRange(week)).toEqual({ from: '2026-11-02', to: '2026-11-09' });
    const quarter = withReportKind(october, 'quarter', '2026-11-11');
    expect(reportRange(quarter)).toEqual({ from: '2026-07-01', to: '2026-10-01' });
    const custom = withReportKind(stepReportPeriod(october, -1), 'custom', '2026-11-11');
    expect(custom).toMatchObject({ kind: 'custom', start: '2026-09-01', end: '2026-09-30' });
    expect(reportRange(custom)).toEqual({ from: '2026-09-01', to: '2026-10-01' });
  });
});

describe('a typed range', () => {
  it('says what stands in the way', () => {
    expect(customRangeIssue('2026-10-01', '2026-10-31')).toBeNull();
    expect(customRangeIssue('2026-10-1', '2026-10-31')).toBe('invalidDate');
    expect(customRangeIssue('2026-10-31', '2026-10-01')).toBe('rangeEmpty');
    // A leap year's 366 days fit; a day more does not.
    expect(customRangeIssue('2028-01-01', '2028-12-31')).toBeNull();
    expect(customRangeIssue('2028-01-01', '2029-01-01')).toBe('reportTooLong');
  });

  it('covers its last day: the contract’s end is the day after', () => {
    const choice = { kind: 'custom' as const, anchor: '2026-10-01', start: '2026-10-05', end: '2026-10-18' };
    expect(reportRange(choice)).toEqual({ from: '2026-10-05', to: '2026-10-19' });
    expect(reportRange({ ...choice, end: '2026-10-01' })).toBeNull();
  });
});
