import { enGB, fr } from 'date-fns/locale';
import { describe, expect, it } from 'vitest';
import { rangeTitle } from '../../../../../renderer/common/dates/kpi-period.ts';
import { periodAround, stepPeriod } from '../../../../../renderer/features/metrics/numbers-period.ts';

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

  it('names its periods as the dashboard does', () => {
    const title = (p: ReturnType<typeof periodAround>, locale: typeof fr) =>
      rangeTitle(p.mode, p.from, p.to, locale, (q, year) => `Q${q} ${year}`);
    expect(title(periodAround('quarter', '2026-11-26'), enGB)).toBe('Q4 2026');
    expect(title(periodAround('month', '2026-11-26'), fr)).toBe('novembre 2026');
    expect(title(periodAround('week', '2026-11-26'), enGB)).toBe('23 – 29 Nov 2026');
    expect(title(periodAround('week', '2026-12-31'), fr)).toBe('28 déc. 2026 – 3 janv. 2027');
  });
});
