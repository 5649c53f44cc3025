import { describe, expect, it } from 'vitest';
import {
  amplificationRate,
  audienceGrowthRate,
  clickThroughRate,
  costPerClick,
  costPerMille,
  ENGAGEMENT_BASES,
  engagementRate,
  engagements,
  reachRate,
  sentimentScore,
  shareOfVoice,
  storyCompletionRate,
} from '../../../../shared/kpi/formulas.ts';
import { type KpiValue, ratio } from '../../../../shared/kpi/value.ts';

const noData = (term: string) => ({ value: null, reason: 'noData', term });
const zero = (term: string) => ({ value: null, reason: 'zero', term });

/** A rate that came out as a number, for toBeCloseTo. */
function numberOf(v: KpiValue): number {
  if (v.value === null) throw new Error(`expected a number, got ${JSON.stringify(v)}`);
  return v.value;
}

describe('engagements', () => {
  it('adds reactions, comments, shares and saves', () => {
    // 12 + 3 + 4 + 1 = 20
    expect(engagements({ reactions: 12, comments: 3, shares: 4, saves: 1 })).toBe(20);
  });

  it('counts an unlogged part as 0 when at least one part is logged', () => {
    // 7 + 0 + 2 + 0 = 9
    expect(engagements({ reactions: 7, comments: null, shares: 2, saves: null })).toBe(9);
    // 0 + 0 + 0 + 5 = 5
    expect(engagements({ reactions: null, comments: null, shares: null, saves: 5 })).toBe(5);
  });

  it('is null when none of the four is logged, but 0 when all are logged as 0', () => {
    expect(engagements({ reactions: null, comments: null, shares: null, saves: null })).toBeNull();
    expect(engagements({ reactions: 0, comments: 0, shares: 0, saves: 0 })).toBe(0);
    expect(engagements({ reactions: 0, comments: null, shares: null, saves: null })).toBe(0);
  });
});

describe('engagement rate', () => {
  // One post: 12 reactions, 3 comments, 4 shares, 1 save = 20 engagements.
  const eng = engagements({ reactions: 12, comments: 3, shares: 4, saves: 1 });

  it('gives a different number on each basis for the same post', () => {
    // 20 / 400 reach × 100 = 5 %
    expect(engagementRate(eng, 400, 'reach')).toEqual({ value: 5 });
    // 20 / 500 impressions × 100 = 4 %
    expect(engagementRate(eng, 500, 'impressions')).toEqual({ value: 4 });
    // 20 / 250 followers × 100 = 8 %
    expect(engagementRate(eng, 250, 'followers')).toEqual({ value: 8 });
  });

  it.each(ENGAGEMENT_BASES)('names %s when it is zero or not logged', (basis) => {
    expect(engagementRate(eng, 0, basis)).toEqual(zero(basis));
    expect(engagementRate(eng, null, basis)).toEqual(noData(basis));
    expect(engagementRate(null, 400, basis)).toEqual(noData('engagements'));
  });

  it('is a real 0 % when nobody engaged', () => {
    // 0 / 400 × 100 = 0 %
    expect(engagementRate(0, 400, 'reach')).toEqual({ value: 0 });
  });
});

describe('audience growth rate', () => {
  it('grows', () => {
    // (1500 − 1200) / 1200 × 100 = 25 %
    expect(audienceGrowthRate(1200, 1500)).toEqual({ value: 25 });
  });

  it('declines', () => {
    // (1200 − 1500) / 1500 × 100 = −20 %
    expect(audienceGrowthRate(1500, 1200)).toEqual({ value: -20 });
  });

  it('is a real 0 % when the count did not move', () => {
    // (800 − 800) / 800 × 100 = 0 %
    expect(audienceGrowthRate(800, 800)).toEqual({ value: 0 });
  });

  it('has no value from a zero start, however many followers came', () => {
    expect(audienceGrowthRate(0, 50)).toEqual(zero('followersAtStart'));
    expect(audienceGrowthRate(0, 0)).toEqual(zero('followersAtStart'));
  });

  it('names the count that was never logged', () => {
    expect(audienceGrowthRate(null, 1500)).toEqual(noData('followersAtStart'));
    expect(audienceGrowthRate(1200, null)).toEqual(noData('followers'));
    expect(audienceGrowthRate(null, null)).toEqual(noData('followersAtStart'));
  });
});

describe('reach rate and amplification rate', () => {
  it('reach rate is reach over followers', () => {
    // 900 / 1200 × 100 = 75 %
    expect(reachRate(900, 1200)).toEqual({ value: 75 });
    // 3000 / 2000 × 100 = 150 %: a post can reach beyond the followers
    expect(reachRate(3000, 2000)).toEqual({ value: 150 });
    expect(reachRate(900, 0)).toEqual(zero('followers'));
    expect(reachRate(900, null)).toEqual(noData('followers'));
    expect(reachRate(null, 1200)).toEqual(noData('reach'));
  });

  it('amplification rate is shares over followers', () => {
    // 6 / 1200 × 100 = 0.5 %
    expect(amplificationRate(6, 1200)).toEqual({ value: 0.5 });
    expect(amplificationRate(6, 0)).toEqual(zero('followers'));
    expect(amplificationRate(null, 1200)).toEqual(noData('shares'));
  });
});

describe('share of voice and sentiment score', () => {
  it('share of voice is brand mentions over all mentions', () => {
    // 30 / (30 + 90) × 100 = 25 %
    expect(shareOfVoice(30, 90)).toEqual({ value: 25 });
    // 0 / (0 + 50) × 100 = 0 %: competitors talked, nobody mentioned the brand
    expect(shareOfVoice(0, 50)).toEqual({ value: 0 });
    // 40 / (40 + 0) × 100 = 100 %
    expect(shareOfVoice(40, 0)).toEqual({ value: 100 });
    expect(shareOfVoice(0, 0)).toEqual(zero('mentions'));
    expect(shareOfVoice(null, 90)).toEqual(noData('mentions'));
    expect(shareOfVoice(30, null)).toEqual(noData('mentions'));
  });

  it('sentiment score is positive over positive and negative', () => {
    // 45 / (45 + 15) × 100 = 75 %
    expect(sentimentScore(45, 15)).toEqual({ value: 75 });
    // 0 / (0 + 8) × 100 = 0 %
    expect(sentimentScore(0, 8)).toEqual({ value: 0 });
    expect(sentimentScore(0, 0)).toEqual(zero('opinions'));
    expect(sentimentScore(null, 15)).toEqual(noData('opinions'));
    expect(sentimentScore(45, null)).toEqual(noData('opinions'));
  });
});

describe('click-through rate and costs', () => {
  it('CTR is link clicks over impressions', () => {
    // 18 / 1200 × 100 = 1.5 %
    expect(clickThroughRate(18, 1200)).toEqual({ value: 1.5 });
    expect(clickThroughRate(18, 0)).toEqual(zero('impressions'));
    expect(clickThroughRate(null, 1200)).toEqual(noData('linkClicks'));
  });

  it('CPC is cents spent per click', () => {
    // 4500 cents / 30 clicks = 150 cents (1.50 per click)
    expect(costPerClick(4500, 30)).toEqual({ value: 150 });
    // 1000 cents / 3 clicks = 333.33… cents
    expect(numberOf(costPerClick(1000, 3))).toBeCloseTo(333.333, 3);
    expect(costPerClick(4500, 0)).toEqual(zero('linkClicks'));
    expect(costPerClick(4500, null)).toEqual(noData('linkClicks'));
    expect(costPerClick(null, 30)).toEqual(noData('spend'));
  });

  it('CPM is cents spent per thousand impressions', () => {
    // 4500 cents / 15000 impressions × 1000 = 300 cents (3.00 per thousand)
    expect(costPerMille(4500, 15_000)).toEqual({ value: 300 });
    expect(costPerMille(4500, 0)).toEqual(zero('impressions'));
    expect(costPerMille(null, 15_000)).toEqual(noData('spend'));
  });
});

describe('story completion rate', () => {
  it('is the share of story impressions that did not exit', () => {
    // (800 − 120) / 800 × 100 = 85 %
    expect(storyCompletionRate(800, 120)).toEqual({ value: 85 });
    // (800 − 0) / 800 × 100 = 100 %
    expect(storyCompletionRate(800, 0)).toEqual({ value: 100 });
  });

  it('names the story term that is zero or missing', () => {
    expect(storyCompletionRate(0, 0)).toEqual(zero('storyImpressions'));
    expect(storyCompletionRate(null, 120)).toEqual(noData('storyImpressions'));
    expect(storyCompletionRate(800, null)).toEqual(noData('storyExits'));
  });
});

describe('ratio', () => {
  it('names the denominator first when both terms are missing', () => {
    expect(ratio(null, null, ['reach', 'followers'])).toEqual(noData('followers'));
  });

  it('reports a missing numerator before a zero denominator: there is nothing to divide', () => {
    expect(ratio(null, 0, ['reach', 'followers'])).toEqual(noData('reach'));
  });
});

/** mulberry32: a seeded generator, so a failure can be replayed. */
function seeded(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('no formula ever gives NaN or Infinity', () => {
  const random = seeded(20260401);
  /** Raw counts as typed: often 0, sometimes not logged, sometimes huge. */
  const raw = (): number | null => {
    const r = random();
    if (r < 0.15) return null;
    if (r < 0.45) return 0;
    if (r < 0.55) return Math.floor(random() * 1_000_000_000_000);
    return Math.floor(random() * 5000);
  };
  const formulas: [string, (a: number | null, b: number | null) => KpiValue][] = [
    ['engagementRate reach', (a, b) => engagementRate(a, b, 'reach')],
    ['engagementRate impressions', (a, b) => engagementRate(a, b, 'impressions')],
    ['engagementRate followers', (a, b) => engagementRate(a, b, 'followers')],
    ['audienceGrowthRate', audienceGrowthRate],
    ['reachRate', reachRate],
    ['amplificationRate', amplificationRate],
    ['shareOfVoice', shareOfVoice],
    ['clickThroughRate', clickThroughRate],
    ['costPerClick', costPerClick],
    ['costPerMille', costPerMille],
    ['storyCompletionRate', storyCompletionRate],
    ['sentimentScore', sentimentScore],
  ];

  it.each(formulas)('%s over 2,000 random pairs of counts', (_name, formula) => {
    let numbers = 0;
    let zeros = 0;
    for (let i = 0; i < 2000; i += 1) {
      const a = raw();
      const b = raw();
      const out = formula(a, b);
      if (out.value === null) {
        expect(['zero', 'noData']).toContain(out.reason);
        expect(out.term).toMatch(/^[a-zA-Z]+$/);
        if (out.reason === 'zero') zeros += 1;
      } else {
        expect(Number.isFinite(out.value), `${a}, ${b} → ${out.value}`).toBe(true);
        numbers += 1;
      }
    }
    // The loop must have exercised both outcomes, or it proves nothing.
    expect(numbers).toBeGreaterThan(100);
    expect(zeros).toBeGreaterThan(50);
  });

  it('engagements are a finite sum or null over random rows', () => {
    for (let i = 0; i < 2000; i += 1) {
      const row = { reactions: raw(), comments: raw(), shares: raw(), saves: raw() };
      const out = engagements(row);
      const logged = Object.values(row).filter((v) => v !== null);
      if (logged.length === 0) expect(out).toBeNull();
      else expect(out).toBe(logged.reduce((s, v) => s + v, 0));
    }
  });
});
