import { describe, expect, it } from 'vitest';
import { formatChange, formatPercent } from '../../../../../renderer/common/format/format-kpi.ts';

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

describe('a percentage', () => {
  it('is whole for a share of the way, with French typography, never "-0"', () => {
    expect(formatPercent(131.6, 'fr', 0)).toBe('132\u202f%');
    expect(formatPercent(-0.3, 'en', 0)).toBe('0%');
    expect(formatPercent(-0.04, 'fr')).toBe('0,0\u202f%');
  });

  it('puts the same narrow no-break space before % in an audience share as in a KPI', () => {
    expect(formatPercent(12.5, 'fr', 0, 1)).toBe('12,5\u202f%');
    expect(formatPercent(70, 'fr', 0, 1)).toBe('70\u202f%');
    expect(formatPercent(70, 'en', 0, 1)).toBe('70%');
    expect(formatPercent(4.2, 'fr')).toBe('4,2\u202f%');
  });
});
