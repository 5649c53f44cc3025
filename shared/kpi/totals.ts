import type { MetricValues } from '../domain/metrics.ts';
import type { PostFormat } from '../domain/post.ts';
import { engagements } from './formulas.ts';

/** What one published post brings to a period's figures. */
export interface PostFacts {
  format: PostFormat;
  paid: boolean;
  values: MetricValues;
  /** Its channel's followers at its publication date; null when no count was logged by then. */
  followers: number | null;
}

/**
 * The two sums behind one rate, over the posts that logged both terms: a post without reach logged
 * does not pull the engagement rate by reach down, it simply does not count in it.
 */
export interface Pair {
  num: number;
  den: number;
  /** Posts with both terms. */
  posts: number;
  /** Posts with the denominator: tells "no reach logged" from "no engagement logged". */
  denPosts: number;
}

export const PAIRS = [
  'erReach',
  'erImpressions',
  'erFollowers',
  'reachRate',
  'amplification',
  'ctr',
  'cpc',
  'cpm',
  'storyCompletion',
] as const;
export type PairId = (typeof PAIRS)[number];

export const SUMS = [
  'impressions',
  'reach',
  'engagements',
  'shares',
  'linkClicks',
  'videoViews',
  'spend',
  'storyImpressions',
] as const;
export type SumId = (typeof SUMS)[number];

export interface KpiTotals {
  /** Published posts in the period, logged or not. */
  posts: number;
  /** Each sum over the posts that logged it; null when none did. */
  sums: Record<SumId, number | null>;
  /** How many posts each sum is over: "reach per post" divides by the posts that logged reach. */
  sumPosts: Record<SumId, number>;
  pairs: Record<PairId, Pair>;
}

export function emptyTotals(): KpiTotals {
  return {
    posts: 0,
    sums: Object.fromEntries(SUMS.map((s) => [s, null])) as Record<SumId, number | null>,
    sumPosts: Object.fromEntries(SUMS.map((s) => [s, 0])) as Record<SumId, number>,
    pairs: Object.fromEntries(PAIRS.map((p) => [p, { num: 0, den: 0, posts: 0, denPosts: 0 }])) as Record<
      PairId,
      Pair
    >,
  };
}

function add(pair: Pair, num: number | null, den: number | null) {
  if (den === null) return;
  pair.denPosts += 1;
  if (num === null) return;
  pair.num += num;
  pair.den += den;
  pair.posts += 1;
}

function sum(totals: KpiTotals, id: SumId, value: number | null) {
  if (value === null) return;
  totals.sums[id] = (totals.sums[id] ?? 0) + value;
  totals.sumPosts[id] += 1;
}

/** Adds one post to running totals (mutates them: the dashboard folds thousands of posts). */
export function addPost(totals: KpiTotals, post: PostFacts): void {
  const v = post.values;
  const eng = engagements(v);
  const story = post.format === 'story';
  totals.posts += 1;
  sum(totals, 'impressions', v.impressions);
  sum(totals, 'reach', v.reach);
  sum(totals, 'engagements', eng);
  sum(totals, 'shares', v.shares);
  sum(totals, 'linkClicks', v.linkClicks);
  sum(totals, 'videoViews', v.videoViews);
  sum(totals, 'spend', post.paid ? v.spend : null);
  if (story) sum(totals, 'storyImpressions', v.impressions);
  const p = totals.pairs;
  add(p.erReach, eng, v.reach);
  add(p.erImpressions, eng, v.impressions);
  add(p.erFollowers, eng, post.followers);
  add(p.reachRate, v.reach, post.followers);
  add(p.amplification, v.shares, post.followers);
  add(p.ctr, v.linkClicks, v.impressions);
  if (post.paid) {
    add(p.cpc, v.spend, v.linkClicks);
    add(p.cpm, v.spend, v.impressions);
  }
  if (story) add(p.storyCompletion, v.storyExits, v.impressions);
}

export function totalsOf(posts: readonly PostFacts[]): KpiTotals {
  const totals = emptyTotals();
  for (const post of posts) addPost(totals, post);
  return totals;
}
