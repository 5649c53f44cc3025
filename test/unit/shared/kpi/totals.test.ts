import { describe, expect, it } from 'vitest';
import { EMPTY_METRICS, type MetricValues } from '../../../../shared/domain/metrics.ts';
import {
  type AudienceTotals,
  ENGAGEMENT_KPI,
  KPI_INFO,
  KPIS,
  type KpiId,
  kpiValue,
  NO_AUDIENCE,
} from '../../../../shared/kpi/catalogue.ts';
import { ENGAGEMENT_BASES } from '../../../../shared/kpi/formulas.ts';
import { addPost, emptyTotals, type PostFacts, totalsOf } from '../../../../shared/kpi/totals.ts';
import type { KpiValue, Term } from '../../../../shared/kpi/value.ts';

const values = (v: Partial<MetricValues>): MetricValues => ({ ...EMPTY_METRICS, ...v });
const post = (p: Partial<Omit<PostFacts, 'values'>> & { values?: Partial<MetricValues> }): PostFacts => ({
  format: p.format ?? 'image',
  paid: p.paid ?? false,
  followers: p.followers ?? null,
  values: values(p.values ?? {}),
});
const noData = (term: Term) => ({ value: null, reason: 'noData', term });
const zero = (term: Term) => ({ value: null, reason: 'zero', term });

/**
 * A small month of a bakery's posts. Channel 1 had 2,000 followers, channel 2 had 3,000; the story's
 * channel had no count logged by then.
 */
const feed = post({
  format: 'image',
  followers: 2000,
  // 40 + 6 + 3 + 1 = 50 engagements. The spend is left from when the post was boosted, then un-ticked.
  values: {
    impressions: 1000,
    reach: 800,
    reactions: 40,
    comments: 6,
    shares: 3,
    saves: 1,
    linkClicks: 16,
    spend: 500,
  },
});
const reachOnly = post({ format: 'text', followers: 2000, values: { impressions: 500, reach: 400 } });
const story = post({
  format: 'story',
  followers: null,
  // 5 engagements (reactions only).
  values: { impressions: 200, reach: 200, reactions: 5, storyExits: 50, storyReplies: 2 },
});
const paid = post({
  format: 'video',
  paid: true,
  followers: 3000,
  // 115 + 20 + 10 + 5 = 150 engagements; 11,400 cents = 114.00 spent.
  values: {
    impressions: 3800,
    reach: 3000,
    reactions: 115,
    comments: 20,
    shares: 10,
    saves: 5,
    linkClicks: 80,
    videoViews: 1500,
    spend: 11_400,
  },
});
const nothing = post({ format: 'carousel', followers: null });
const month = [feed, reachOnly, story, paid, nothing];

/** Followers: 5,000 at the end; 4,000 the day before the month began over the same channels. */
const audience: AudienceTotals = { end: 5000, growthStart: 4000, growthEnd: 5000 };

describe('totalsOf', () => {
  const t = totalsOf(month);

  it('counts every published post, logged or not', () => {
    expect(t.posts).toBe(5);
  });

  it('sums each metric over the posts that logged it', () => {
    expect(t.sums).toEqual({
      impressions: 5500, // 1000 + 500 + 200 + 3800
      reach: 4400, // 800 + 400 + 200 + 3000
      engagements: 205, // 50 + 5 + 150 (the reach-only post and the empty one logged none)
      shares: 13, // 3 + 10
      linkClicks: 96, // 16 + 80
      videoViews: 1500, // the paid video only
      spend: 11_400, // the paid post only: the un-ticked boost's 500 does not count
      storyImpressions: 200, // the story only
    });
  });

  it('pairs each rate’s terms only over posts that logged both', () => {
    expect(t.pairs).toEqual({
      // feed 50/800, story 5/200, paid 150/3000; the reach-only post has reach, no engagement
      erReach: { num: 205, den: 4000, posts: 3, denPosts: 4 },
      // feed 50/1000, story 5/200, paid 150/3800
      erImpressions: { num: 205, den: 5000, posts: 3, denPosts: 4 },
      // feed 50/2000, paid 150/3000; the story's channel had no count
      erFollowers: { num: 200, den: 5000, posts: 2, denPosts: 3 },
      // feed 800/2000, reach-only 400/2000, paid 3000/3000
      reachRate: { num: 4200, den: 7000, posts: 3, denPosts: 3 },
      // feed 3/2000, paid 10/3000
      amplification: { num: 13, den: 5000, posts: 2, denPosts: 3 },
      // feed 16/1000, paid 80/3800
      ctr: { num: 96, den: 4800, posts: 2, denPosts: 4 },
      // paid posts only: 11400/80
      cpc: { num: 11_400, den: 80, posts: 1, denPosts: 1 },
      // paid posts only: 11400/3800
      cpm: { num: 11_400, den: 3800, posts: 1, denPosts: 1 },
      // stories only: 50 exits / 200 impressions
      storyCompletion: { num: 50, den: 200, posts: 1, denPosts: 1 },
    });
  });

  it('folds post by post to the same totals', () => {
    const running = emptyTotals();
    for (const p of month) addPost(running, p);
    expect(running).toEqual(t);
    expect(totalsOf([])).toEqual(emptyTotals());
  });

  it('does not count a non-story’s exits in the story completion rate', () => {
    // Exits left on a post whose format was changed from story to image.
    const wasStory = post({ format: 'image', values: { impressions: 300, storyExits: 30 } });
    const withIt = totalsOf([story, wasStory]);
    expect(withIt.pairs.storyCompletion).toEqual({ num: 50, den: 200, posts: 1, denPosts: 1 });
    expect(withIt.sums.storyImpressions).toBe(200);
  });
});

describe('kpiValue over the month', () => {
  const t = totalsOf(month);
  const expected: Record<KpiId, number> = {
    followers: 5000,
    audienceGrowth: 25, // (5000 − 4000) / 4000 × 100
    impressions: 5500,
    reach: 4400,
    reachRate: 60, // 4200 / 7000 × 100
    engagements: 205,
    engagementRateReach: 5.125, // 205 / 4000 × 100
    engagementRateImpressions: 4.1, // 205 / 5000 × 100
    engagementRateFollowers: 4, // 200 / 5000 × 100
    amplificationRate: 0.26, // 13 / 5000 × 100
    linkClicks: 96,
    clickThroughRate: 2, // 96 / 4800 × 100
    storyViews: 200,
    storyCompletionRate: 75, // (200 − 50) / 200 × 100
    videoViews: 1500,
    spend: 11_400, // cents
    costPerClick: 142.5, // 11400 cents / 80 clicks
    costPerMille: 3000, // 11400 cents / 3800 × 1000
    shareOfVoice: 40, // 60 / (60 + 90) × 100
    sentimentScore: 75, // 30 / (30 + 10) × 100
  };
  const voice = { brand: { positive: 30, neutral: 20, negative: 10 }, competitors: 90, watched: 2 };

  it.each(KPIS)('%s', (id) => {
    const out = kpiValue(id, t, audience, voice);
    expect(out.value).not.toBeNull();
    expect(out.value).toBeCloseTo(expected[id], 9);
  });

  it('gives three engagement rates, one per basis', () => {
    const rate = (basis: (typeof ENGAGEMENT_BASES)[number]) => kpiValue(ENGAGEMENT_KPI[basis], t).value;
    expect(rate('reach')).toBeCloseTo(5.125, 9); // 205 / 4000 × 100
    expect(rate('impressions')).toBeCloseTo(4.1, 9); // 205 / 5000 × 100
    expect(rate('followers')).toBeCloseTo(4, 9); // 200 / 5000 × 100
    expect(ENGAGEMENT_BASES.map((basis) => ENGAGEMENT_KPI[basis])).toEqual([
      'engagementRateReach',
      'engagementRateImpressions',
      'engagementRateFollowers',
    ]);
  });
});

describe('kpiValue without numbers', () => {
  it('says which term was never logged for every KPI of an empty period', () => {
    const terms: Record<KpiId, Term> = {
      followers: 'followers',
      audienceGrowth: 'followersAtStart',
      impressions: 'impressions',
      reach: 'reach',
      reachRate: 'followers',
      engagements: 'engagements',
      engagementRateReach: 'reach',
      engagementRateImpressions: 'impressions',
      engagementRateFollowers: 'followers',
      amplificationRate: 'followers',
      linkClicks: 'linkClicks',
      clickThroughRate: 'impressions',
      storyViews: 'storyImpressions',
      storyCompletionRate: 'storyImpressions',
      videoViews: 'videoViews',
      spend: 'spend',
      costPerClick: 'linkClicks',
      costPerMille: 'impressions',
      shareOfVoice: 'mentions',
      sentimentScore: 'opinions',
    };
    const t = totalsOf([nothing, nothing]);
    for (const id of KPIS) expect(kpiValue(id, t, NO_AUDIENCE), id).toEqual(noData(terms[id]));
  });

  it('names the denominator when no post logged it', () => {
    // Engagement typed in, reach never.
    const t = totalsOf([post({ followers: null, values: { reactions: 12, linkClicks: 4 } })]);
    expect(kpiValue('engagementRateReach', t)).toEqual(noData('reach'));
    expect(kpiValue('engagementRateFollowers', t)).toEqual(noData('followers'));
    expect(kpiValue('clickThroughRate', t)).toEqual(noData('impressions'));
    // The period has engagement, though: the count itself is there.
    expect(kpiValue('engagements', t)).toEqual({ value: 12 });
  });

  it('names the numerator when posts logged the denominator but not it', () => {
    const t = totalsOf([reachOnly]);
    expect(kpiValue('engagementRateReach', t)).toEqual(noData('engagements'));
    expect(kpiValue('engagementRateImpressions', t)).toEqual(noData('engagements'));
    expect(kpiValue('engagementRateFollowers', t)).toEqual(noData('engagements'));
    expect(kpiValue('amplificationRate', t)).toEqual(noData('shares'));
    expect(kpiValue('clickThroughRate', t)).toEqual(noData('linkClicks'));
    // 400 / 2000 × 100 = 20 %: reach and followers are both there
    expect(kpiValue('reachRate', t)).toEqual({ value: 20 });
  });

  it('asks for the spend of a paid post with clicks, and the exits of a story with impressions', () => {
    const t = totalsOf([
      post({ format: 'video', paid: true, values: { impressions: 2000, linkClicks: 40 } }),
      post({ format: 'story', values: { impressions: 300 } }),
    ]);
    expect(kpiValue('costPerClick', t)).toEqual(noData('spend'));
    expect(kpiValue('costPerMille', t)).toEqual(noData('spend'));
    expect(kpiValue('spend', t)).toEqual(noData('spend'));
    expect(kpiValue('storyCompletionRate', t)).toEqual(noData('storyExits'));
    expect(kpiValue('storyViews', t)).toEqual({ value: 300 });
  });

  it('computes no cost from unpaid posts, whatever spend they carry', () => {
    const t = totalsOf([feed]);
    expect(kpiValue('spend', t)).toEqual(noData('spend'));
    expect(kpiValue('costPerClick', t)).toEqual(noData('linkClicks'));
    expect(kpiValue('costPerMille', t)).toEqual(noData('impressions'));
  });

  it('has no rate over logged zeros, but real zero counts', () => {
    const t = totalsOf([
      post({
        format: 'story',
        paid: true,
        followers: 0,
        values: { impressions: 0, reach: 0, reactions: 0, shares: 0, linkClicks: 0, storyExits: 0, spend: 0 },
      }),
    ]);
    expect(kpiValue('engagementRateReach', t)).toEqual(zero('reach'));
    expect(kpiValue('engagementRateImpressions', t)).toEqual(zero('impressions'));
    expect(kpiValue('engagementRateFollowers', t)).toEqual(zero('followers'));
    expect(kpiValue('reachRate', t)).toEqual(zero('followers'));
    expect(kpiValue('amplificationRate', t)).toEqual(zero('followers'));
    expect(kpiValue('clickThroughRate', t)).toEqual(zero('impressions'));
    expect(kpiValue('costPerClick', t)).toEqual(zero('linkClicks'));
    expect(kpiValue('costPerMille', t)).toEqual(zero('impressions'));
    expect(kpiValue('storyCompletionRate', t)).toEqual(zero('storyImpressions'));
    expect(kpiValue('impressions', t)).toEqual({ value: 0 });
    expect(kpiValue('engagements', t)).toEqual({ value: 0 });
    expect(kpiValue('spend', t)).toEqual({ value: 0 });
  });
});

describe('audience KPIs', () => {
  const t = emptyTotals();

  it('reads followers and growth from the audience totals, not from posts', () => {
    // (3600 − 4000) / 4000 × 100 = −10 %
    const shrinking: AudienceTotals = { end: 3700, growthStart: 4000, growthEnd: 3600 };
    expect(kpiValue('followers', t, shrinking)).toEqual({ value: 3700 });
    expect(kpiValue('audienceGrowth', t, shrinking)).toEqual({ value: -10 });
  });

  it('has no growth from zero followers, nor without a count before the period', () => {
    expect(kpiValue('audienceGrowth', t, { end: 120, growthStart: 0, growthEnd: 120 })).toEqual(
      zero('followersAtStart'),
    );
    expect(kpiValue('audienceGrowth', t, { end: 120, growthStart: null, growthEnd: null })).toEqual(
      noData('followersAtStart'),
    );
    // Followers are known at the end even when growth cannot be measured.
    expect(kpiValue('followers', t, { end: 120, growthStart: null, growthEnd: null })).toEqual({
      value: 120,
    });
  });

  it('marks the audience KPIs, and costs as better when they fall', () => {
    const audienceIds = KPIS.filter((id) => KPI_INFO[id].audience);
    expect(audienceIds).toEqual(['followers', 'audienceGrowth']);
    expect(KPI_INFO.costPerClick).toMatchObject({ unit: 'money', better: 'down' });
    expect(KPI_INFO.costPerMille).toMatchObject({ unit: 'money', better: 'down' });
    expect(KPI_INFO.engagementRateReach).toMatchObject({ unit: 'percent', better: 'up' });
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

describe('no KPI of a period is ever NaN or Infinity', () => {
  it('over 300 random periods of posts with many zeros and gaps', () => {
    const random = seeded(4);
    const raw = (): number | null => {
      const r = random();
      if (r < 0.25) return null;
      if (r < 0.6) return 0;
      return Math.floor(random() * 10_000);
    };
    const formats = ['image', 'story', 'video', 'text'] as const;
    let numbers = 0;
    let gaps = 0;
    for (let period = 0; period < 300; period += 1) {
      const posts: PostFacts[] = Array.from({ length: Math.floor(random() * 4) }, () => ({
        format: formats[Math.floor(random() * formats.length)] ?? 'image',
        paid: random() < 0.4,
        followers: raw(),
        values: values({
          impressions: raw(),
          reach: raw(),
          reactions: raw(),
          comments: raw(),
          shares: raw(),
          saves: raw(),
          linkClicks: raw(),
          videoViews: raw(),
          storyExits: raw(),
          spend: raw(),
        }),
      }));
      const t = totalsOf(posts);
      const aud: AudienceTotals = { end: raw(), growthStart: raw(), growthEnd: raw() };
      for (const id of KPIS) {
        const out: KpiValue = kpiValue(id, t, aud);
        if (out.value === null) {
          gaps += 1;
          expect(['zero', 'noData']).toContain(out.reason);
        } else {
          numbers += 1;
          expect(Number.isFinite(out.value), `${id}: ${out.value}`).toBe(true);
        }
      }
    }
    expect(numbers).toBeGreaterThan(500);
    expect(gaps).toBeGreaterThan(500);
  });
});
