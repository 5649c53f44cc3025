import { describe, expect, it } from 'vitest';
import {
  auditLabel,
  defaultPeriod,
  keptPeriodIssue,
  lastDayOf,
  periodIssue,
  periodLabel,
  rangeLabel,
} from '../../../../../renderer/features/audit/audit-period.ts';

describe('an audit’s period', () => {
  it('defaults to the last full quarter before today', () => {
    expect(defaultPeriod('2026-12-07')).toEqual({ from: '2026-07-01', to: '2026-10-01' });
    // The quarter has only begun: the one before is the last full one.
    expect(defaultPeriod('2026-10-01')).toEqual({ from: '2026-07-01', to: '2026-10-01' });
    expect(defaultPeriod('2026-09-30')).toEqual({ from: '2026-04-01', to: '2026-07-01' });
    // January looks back on the previous year's last quarter.
    expect(defaultPeriod('2027-01-15')).toEqual({ from: '2026-10-01', to: '2027-01-01' });
    expect(defaultPeriod('2026-03-31')).toEqual({ from: '2025-10-01', to: '2026-01-01' });
  });

  it('is shown with its last day inclusive, as a user reads it', () => {
    expect(lastDayOf('2026-10-01')).toBe('2026-09-30');
    expect(lastDayOf('2024-03-01')).toBe('2024-02-29');
  });

  it('is named after a quarter, a month or a year when it is one, else after its days', () => {
    expect(periodLabel({ from: '2026-07-01', to: '2026-10-01' }, 'en')).toBe('Q3 2026');
    expect(periodLabel({ from: '2026-07-01', to: '2026-10-01' }, 'fr')).toBe('T3 2026');
    expect(periodLabel({ from: '2026-10-01', to: '2027-01-01' }, 'en')).toBe('Q4 2026');
    expect(periodLabel({ from: '2026-09-01', to: '2026-10-01' }, 'en')).toBe('September 2026');
    expect(periodLabel({ from: '2026-09-01', to: '2026-10-01' }, 'fr')).toBe('Septembre 2026');
    expect(periodLabel({ from: '2026-01-01', to: '2027-01-01' }, 'fr')).toBe('2026');
    // Three months that are not a calendar quarter are told by their days.
    expect(periodLabel({ from: '2026-02-01', to: '2026-05-01' }, 'en')).toBe('1 Feb – 30 Apr 2026');
    expect(periodLabel({ from: '2026-02-01', to: '2026-05-01' }, 'fr')).toBe('1 févr. – 30 avr. 2026');
  });

  it('tells its days, the year once when both are in it', () => {
    expect(rangeLabel({ from: '2026-07-15', to: '2026-10-15' }, 'fr')).toBe('15 juil. – 14 oct. 2026');
    expect(rangeLabel({ from: '2025-12-15', to: '2026-03-15' }, 'fr')).toBe('15 déc. 2025 – 14 mars 2026');
    expect(rangeLabel({ from: '2026-07-15', to: '2026-07-16' }, 'en')).toBe('15 Jul 2026');
  });

  it('is named by its title when it has one', () => {
    const period = { from: '2026-07-01', to: '2026-10-01' };
    expect(auditLabel({ ...period, title: '  Summer review ' }, 'en')).toBe('Summer review');
    expect(auditLabel({ ...period, title: '   ' }, 'en')).toBe('Q3 2026');
  });

  it('says why typed days cannot be a period', () => {
    expect(periodIssue('2026-07-01', '2026-09-30')).toBeNull();
    expect(periodIssue('2026-07-01', '2026-07-01')).toBeNull();
    expect(periodIssue('2026-07-01', '2026-06-30')).toBe('rangeEmpty');
    expect(periodIssue('', '2026-06-30')).toBe('invalidDate');
    expect(periodIssue('2024-01-01', '2026-01-02')).toBe('rangeTooLong');
    expect(periodIssue('2024-01-01', '2026-01-01')).toBeNull();
    expect(keptPeriodIssue('2026-07-01', '2026-10-01')).toBeNull();
    expect(keptPeriodIssue('2026-07-01', '')).toBe('invalidDate');
    expect(keptPeriodIssue('2026-07-01', '2026-07-01')).toBe('rangeEmpty');
  });
});
