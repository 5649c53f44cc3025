import { enGB, fr } from 'date-fns/locale';
import { describe, expect, it } from 'vitest';
import {
  periodAround,
  periodLabel,
  stepPeriod,
} from '../../../../renderer/features/metrics/numbers-period.ts';

describe('the Numbers period', () => {
  it('finds the calendar quarter of any day, and steps by whole quarters across years', () => {
    expect(periodAround('quarter', '2026-11-26')).toEqual({
      mode: 'quarter',
      from: '2026-10-01',
      to: '2027-01-01',
    });
    expect(periodAround('quarter', '2026-01-01')).toEqual({
      mode: 'quarter',
      from: '2026-01-01',
      to: '2026-04-01',
    });
    expect(periodAround('quarter', '2026-06-30')).toEqual({
      mode: 'quarter',
      from: '2026-04-01',
      to: '2026-07-01',
    });
    const q4 = periodAround('quarter', '2026-11-26');
    expect(stepPeriod(q4, 1)).toMatchObject({ from: '2027-01-01', to: '2027-04-01' });
    expect(stepPeriod(q4, -4)).toMatchObject({ from: '2025-10-01', to: '2026-01-01' });
  });

  it('names a quarter by its months', () => {
    const q4 = periodAround('quarter', '2026-11-26');
    expect(periodLabel(q4, enGB)).toBe('Oct – Dec 2026');
    expect(periodLabel(q4, fr)).toBe('oct. – déc. 2026');
  });
});
