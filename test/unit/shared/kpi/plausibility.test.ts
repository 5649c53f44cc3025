import { describe, expect, it } from 'vitest';
import { EMPTY_METRICS, type MetricValues } from '../../../../shared/domain/metrics.ts';
import { implausible } from '../../../../shared/kpi/plausibility.ts';

const row = (v: Partial<MetricValues>): MetricValues => ({ ...EMPTY_METRICS, ...v });

/** An ordinary feed post: 40 + 5 + 3 + 2 = 50 engagements out of 800 reached. */
const ordinary = row({
  impressions: 1000,
  reach: 800,
  reactions: 40,
  comments: 5,
  shares: 3,
  saves: 2,
  linkClicks: 12,
  profileVisits: 30,
  videoViews: 900,
});

describe('implausible', () => {
  it('has nothing to say about an ordinary post, an ordinary story or an empty row', () => {
    expect(implausible(ordinary)).toEqual([]);
    expect(implausible(row({ impressions: 300, reach: 280, reactions: 4, storyExits: 60 }))).toEqual([]);
    expect(implausible(EMPTY_METRICS)).toEqual([]);
  });

  it('accepts numbers that are equal, the edge of what can happen', () => {
    // reach = impressions = clicks = exits = 500; 500 engagements = 500 reached
    expect(
      implausible(row({ impressions: 500, reach: 500, linkClicks: 500, reactions: 500, storyExits: 500 })),
    ).toEqual([]);
  });

  it('warns about a reach above the impressions', () => {
    expect(implausible({ ...ordinary, reach: 1200 })).toEqual([
      { metric: 'reach', code: 'reachAboveImpressions' },
    ]);
  });

  it('warns about more link clicks than impressions', () => {
    expect(implausible({ ...ordinary, linkClicks: 1100 })).toEqual([
      { metric: 'linkClicks', code: 'clicksAboveImpressions' },
    ]);
  });

  it('warns when the engagements together exceed the reach, though no single one does', () => {
    // 60 + 30 + 10 + 5 = 105 > 100 reached
    expect(
      implausible(row({ impressions: 150, reach: 100, reactions: 60, comments: 30, shares: 10, saves: 5 })),
    ).toEqual([{ metric: 'reactions', code: 'engagementsAboveReach' }]);
  });

  it('warns about a story with more exits than impressions', () => {
    expect(implausible(row({ impressions: 200, reach: 180, storyExits: 250 }))).toEqual([
      { metric: 'storyExits', code: 'exitsAboveImpressions' },
    ]);
  });

  it('compares only numbers that are both logged', () => {
    // Reach, clicks, exits and engagements with no impressions or reach to compare to.
    expect(implausible(row({ reach: 5000, linkClicks: 900, storyExits: 70 }))).toEqual([]);
    expect(implausible(row({ reactions: 9000, impressions: 10 }))).toEqual([]);
  });

  it('lists every warning of a badly typed row', () => {
    // reach 2000 > 1000; clicks 1500 > 1000; 2500 engagements > 2000; exits 1200 > 1000
    expect(
      implausible(
        row({ impressions: 1000, reach: 2000, linkClicks: 1500, reactions: 2500, storyExits: 1200 }),
      ),
    ).toEqual([
      { metric: 'reach', code: 'reachAboveImpressions' },
      { metric: 'linkClicks', code: 'clicksAboveImpressions' },
      { metric: 'reactions', code: 'engagementsAboveReach' },
      { metric: 'storyExits', code: 'exitsAboveImpressions' },
    ]);
  });
});
