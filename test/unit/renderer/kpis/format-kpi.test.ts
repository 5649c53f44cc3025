import { describe, expect, it } from 'vitest';
import { formatChange, formatWholePercent } from '../../../../renderer/features/kpis/format-kpi.ts';

describe('the change since the previous period', () => {
  it('counts rates in points and counts in percent, judged by which way is good', () => {
    expect(formatChange('reachRate', { value: 5.04 }, { value: 4.2 }, 'en')).toEqual({
      text: '+0.8\u00a0pt',
      good: true,
    });
    expect(formatChange('costPerClick', { value: 30 }, { value: 25 }, 'fr')).toEqual({
      text: '+20\u202f%',
      good: false,
    });
  });

  it('calls a change that rounds to nothing unchanged, rather than better or worse', () => {
    expect(formatChange('clickThroughRate', { value: 0.81 }, { value: 0.78 }, 'en')).toEqual({
      text: '±0\u00a0pt',
      good: null,
    });
  });

  it('has nothing to say without both values', () => {
    expect(
      formatChange('reach', { value: null, reason: 'noData', term: 'reach' }, { value: 3 }, 'en'),
    ).toBeNull();
  });
});

describe('a share of the way', () => {
  it('is whole, with French typography, never "-0"', () => {
    expect(formatWholePercent(131.6, 'fr')).toBe('132\u202f%');
    expect(formatWholePercent(-0.3, 'en')).toBe('0%');
  });
});
