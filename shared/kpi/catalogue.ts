import {
  amplificationRate,
  audienceGrowthRate,
  clickThroughRate,
  costPerClick,
  costPerMille,
  type EngagementBasis,
  engagementRate,
  engagements,
  reachRate,
  storyCompletionRate,
} from './formulas.ts';
import type { KpiTotals, Pair, PostFacts } from './totals.ts';
import { count, type KpiValue, missing, type Term } from './value.ts';
import { sentimentOf, type VoiceTotals, voiceShare } from './voice.ts';

/** Every KPI the dashboard shows and an objective can measure. */
export const KPIS = [
  'followers',
  'audienceGrowth',
  'impressions',
  'reach',
  'reachRate',
  'engagements',
  'engagementRateReach',
  'engagementRateImpressions',
  'engagementRateFollowers',
  'amplificationRate',
  'linkClicks',
  'clickThroughRate',
  'storyViews',
  'storyCompletionRate',
  'videoViews',
  'spend',
  'costPerClick',
  'costPerMille',
  'shareOfVoice',
  'sentimentScore',
] as const;
export type KpiId = (typeof KPIS)[number];

/** `money` is in cents of the client's currency; `percent` in percent. */
export type KpiUnit = 'count' | 'percent' | 'money';

export interface KpiInfo {
  unit: KpiUnit;
  /** Which way is good: costs should fall. */
  better: 'up' | 'down';
  /** A level read at a date (followers) rather than a sum over the period's posts. */
  audience?: boolean;
  /** Counted from the listening journal's mentions rather than from the posts. */
  voice?: boolean;
}

export const KPI_INFO: Readonly<Record<KpiId, KpiInfo>> = {
  followers: { unit: 'count', better: 'up', audience: true },
  audienceGrowth: { unit: 'percent', better: 'up', audience: true },
  impressions: { unit: 'count', better: 'up' },
  reach: { unit: 'count', better: 'up' },
  reachRate: { unit: 'percent', better: 'up' },
  engagements: { unit: 'count', better: 'up' },
  engagementRateReach: { unit: 'percent', better: 'up' },
  engagementRateImpressions: { unit: 'percent', better: 'up' },
  engagementRateFollowers: { unit: 'percent', better: 'up' },
  amplificationRate: { unit: 'percent', better: 'up' },
  linkClicks: { unit: 'count', better: 'up' },
  clickThroughRate: { unit: 'percent', better: 'up' },
  storyViews: { unit: 'count', better: 'up' },
  storyCompletionRate: { unit: 'percent', better: 'up' },
  videoViews: { unit: 'count', better: 'up' },
  spend: { unit: 'money', better: 'down' },
  costPerClick: { unit: 'money', better: 'down' },
  costPerMille: { unit: 'money', better: 'down' },
  shareOfVoice: { unit: 'percent', better: 'up', voice: true },
  sentimentScore: { unit: 'percent', better: 'up', voice: true },
};

export const ENGAGEMENT_KPI: Readonly<Record<EngagementBasis, KpiId>> = {
  reach: 'engagementRateReach',
  impressions: 'engagementRateImpressions',
  followers: 'engagementRateFollowers',
};

/** The client's audience over a period, from the follower counts. */
export interface AudienceTotals {
  /** Sum of each channel's latest count on or before the period's last day. */
  end: number | null;
  /**
   * Growth compares, channel by channel, the latest count before the period (or, when there is none,
   * the first one inside it) with the latest at its end; a channel counted only once is left out.
   */
  growthStart: number | null;
  growthEnd: number | null;
  /** The days of the counts compared (the earliest start and the latest end when channels differ). */
  growthFrom?: string | null;
  growthTo?: string | null;
  /** Channels were counted, but each only once by the period's end: no second count to compare with. */
  oneCountOnly?: boolean;
}

/** The two counts a growth rate compares: "2,000 on 1 Mar → 2,150 on 31 Mar". */
export interface GrowthBasis {
  from: { on: string; followers: number };
  to: { on: string; followers: number };
}

export function growthBasis(a: AudienceTotals): GrowthBasis | null {
  if (a.growthStart === null || a.growthEnd === null || !a.growthFrom || !a.growthTo) return null;
  return {
    from: { on: a.growthFrom, followers: a.growthStart },
    to: { on: a.growthTo, followers: a.growthEnd },
  };
}

export const NO_AUDIENCE: AudienceTotals = { end: null, growthStart: null, growthEnd: null };

/** A pair's rate, saying whether the denominator or the numerator was never logged. */
function pairRate(pair: Pair, terms: [Term, Term], rate: (num: number, den: number) => KpiValue): KpiValue {
  if (pair.denPosts === 0) return missing(terms[1]);
  if (pair.posts === 0) return missing(terms[0]);
  return rate(pair.num, pair.den);
}

/** One post's engagement rate on a basis: the period's rate over a period of that one post. */
export function postEngagementRate(basis: EngagementBasis, post: PostFacts): KpiValue {
  const denominator = basis === 'followers' ? post.followers : post.values[basis];
  return engagementRate(engagements(post.values), denominator, basis);
}

export function kpiValue(
  id: KpiId,
  t: KpiTotals,
  audience: AudienceTotals = NO_AUDIENCE,
  voice?: VoiceTotals,
): KpiValue {
  const p = t.pairs;
  switch (id) {
    case 'shareOfVoice':
      return voice ? voiceShare(voice) : missing('mentions');
    case 'sentimentScore':
      return voice ? sentimentOf(voice.brand) : missing('opinions');
    case 'followers':
      return count(audience.end, 'followers');
    case 'audienceGrowth':
      return audience.oneCountOnly && audience.growthStart === null
        ? missing('followersLater')
        : audienceGrowthRate(audience.growthStart, audience.growthEnd);
    case 'impressions':
    case 'reach':
    case 'engagements':
    case 'linkClicks':
    case 'videoViews':
    case 'spend':
      return count(t.sums[id], id);
    case 'storyViews':
      return count(t.sums.storyImpressions, 'storyImpressions');
    case 'reachRate':
      return pairRate(p.reachRate, ['reach', 'followers'], reachRate);
    case 'engagementRateReach':
      return pairRate(p.erReach, ['engagements', 'reach'], (n, d) => engagementRate(n, d, 'reach'));
    case 'engagementRateImpressions':
      return pairRate(p.erImpressions, ['engagements', 'impressions'], (n, d) =>
        engagementRate(n, d, 'impressions'),
      );
    case 'engagementRateFollowers':
      return pairRate(p.erFollowers, ['engagements', 'followers'], (n, d) =>
        engagementRate(n, d, 'followers'),
      );
    case 'amplificationRate':
      return pairRate(p.amplification, ['shares', 'followers'], amplificationRate);
    case 'clickThroughRate':
      return pairRate(p.ctr, ['linkClicks', 'impressions'], clickThroughRate);
    case 'storyCompletionRate':
      return pairRate(p.storyCompletion, ['storyExits', 'storyImpressions'], (exits, shown) =>
        storyCompletionRate(shown, exits),
      );
    case 'costPerClick':
      return pairRate(p.cpc, ['spend', 'linkClicks'], costPerClick);
    case 'costPerMille':
      return pairRate(p.cpm, ['spend', 'impressions'], costPerMille);
  }
}
