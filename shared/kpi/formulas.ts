import { type KpiValue, ratio } from './value.ts';

/**
 * PRODUCT.md's formulas, each once. Inputs are raw counts (money in cents); null means "not logged".
 * Rates come out in percent, CPC in cents per click, CPM in cents per thousand impressions.
 */

/** What an engagement is; the dashboard's SQL sums the same parts (electron/db/kpi-sums.ts). */
export const ENGAGEMENT_PARTS = ['reactions', 'comments', 'shares', 'saves'] as const;

/** Reactions + comments + shares + saves; null when none of them is logged. */
export function engagements(v: Record<(typeof ENGAGEMENT_PARTS)[number], number | null>): number | null {
  let total: number | null = null;
  for (const part of ENGAGEMENT_PARTS) {
    const value = v[part];
    if (value !== null) total = (total ?? 0) + value;
  }
  return total;
}

export const ENGAGEMENT_BASES = ['reach', 'impressions', 'followers'] as const;
export type EngagementBasis = (typeof ENGAGEMENT_BASES)[number];

export const engagementRate = (eng: number | null, denominator: number | null, basis: EngagementBasis) =>
  ratio(eng, denominator, ['engagements', basis]);

export function audienceGrowthRate(start: number | null, end: number | null): KpiValue {
  const change = start === null || end === null ? null : end - start;
  return ratio(change, start, [end === null ? 'followers' : 'followersAtStart', 'followersAtStart']);
}

export const reachRate = (reach: number | null, followers: number | null) =>
  ratio(reach, followers, ['reach', 'followers']);

export const amplificationRate = (shares: number | null, followers: number | null) =>
  ratio(shares, followers, ['shares', 'followers']);

export const shareOfVoice = (brand: number | null, competitors: number | null) =>
  ratio(brand, brand === null || competitors === null ? null : brand + competitors, ['mentions', 'mentions']);

export const clickThroughRate = (clicks: number | null, impressions: number | null) =>
  ratio(clicks, impressions, ['linkClicks', 'impressions']);

export const costPerClick = (spendCents: number | null, clicks: number | null) =>
  ratio(spendCents, clicks, ['spend', 'linkClicks'], 1);

export const costPerMille = (spendCents: number | null, impressions: number | null) =>
  ratio(spendCents, impressions, ['spend', 'impressions'], 1000);

export function storyCompletionRate(storyImpressions: number | null, exits: number | null): KpiValue {
  const completed = storyImpressions === null || exits === null ? null : storyImpressions - exits;
  return ratio(completed, storyImpressions, ['storyExits', 'storyImpressions']);
}

export const sentimentScore = (positive: number | null, negative: number | null) =>
  ratio(positive, positive === null || negative === null ? null : positive + negative, [
    'opinions',
    'opinions',
  ]);
