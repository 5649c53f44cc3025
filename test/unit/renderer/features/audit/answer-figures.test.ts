import { describe, expect, it } from 'vitest';
import { barShare, bestAndWorst, bestSlots } from '../../../../../renderer/features/audit/answer-figures.ts';
import type { FormatRate } from '../../../../../shared/domain/audit-figures.ts';
import type { HeatCell } from '../../../../../shared/domain/dashboard.ts';
import { emptyTotals } from '../../../../../shared/kpi/totals.ts';

function cell(weekday: number, hour: number, engagements: number, reach: number, posts = 1): HeatCell {
  const totals = emptyTotals();
  totals.posts = posts;
  totals.pairs.erReach = { num: engagements, den: reach, posts, denPosts: posts };
  return { weekday, hour, totals };
}

const group = (format: FormatRate['format'], rate: number | null): FormatRate => ({
  format,
  posts: 2,
  rated: rate === null ? 0 : 2,
  engagements: 0,
  base: 0,
  rate: rate === null ? { value: null, reason: 'noData', term: 'reach' } : { value: rate },
});

describe('Calepin’s answers, read from the figures', () => {
  it('finds the slots with the highest rate, from each slot’s sums', () => {
    const heat = [cell(1, 18, 190, 2200, 2), cell(5, 10, 52, 800), cell(0, 9, 50, 900), cell(4, 9, 0, 0)];
    const slots = bestSlots(heat, 'reach', 2);
    expect(slots.map((s) => [s.weekday, s.hour, s.posts])).toEqual([
      [1, 18, 2],
      [5, 10, 1],
    ]);
    expect(slots[0]?.rate).toBeCloseTo((190 / 2200) * 100, 6);
    // A slot with no reach logged has no rate: never ranked.
    expect(bestSlots(heat, 'reach', 10)).toHaveLength(3);
    expect(bestSlots(heat, 'impressions')).toEqual([]);
  });

  it('says the best and the weakest group with a rate, the weakest only when it is another', () => {
    const ends = bestAndWorst([
      group('reel', 8.6),
      group('carousel', 6),
      group('text', 3.5),
      group('poll', null),
    ]);
    expect(ends?.best.format).toBe('reel');
    expect(ends?.worst?.format).toBe('text');
    expect(bestAndWorst([group('reel', 8.6), group('poll', null)])?.worst).toBeNull();
    expect(bestAndWorst([group('poll', null)])).toBeNull();
  });

  it('sizes a bar against the largest value', () => {
    expect(barShare(5, [5, 10, null])).toBe(0.5);
    expect(barShare(null, [5])).toBeNull();
    expect(barShare(0, [0, 0])).toBe(0);
  });
});
