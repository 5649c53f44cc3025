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

/**
 * What one post brings, term by term: its logged counts, its engagements and its channel's followers
 * at its date. Every total below is a sum of one of them, or of two at once (a pair).
 */
export const POST_TERMS = [
  'impressions',
  'reach',
  'engagements',
  'shares',
  'linkClicks',
  'videoViews',
  'spend',
  'storyExits',
  'followers',
] as const;
export type PostTerm = (typeof POST_TERMS)[number];

/** The posts a total is over: every published one, the paid ones (spend) or the stories. */
export type Among = 'all' | 'paid' | 'story';

/**
 * Each sum and each pair, once, over the terms of `POST_TERMS`: `addPost` folds a post with them, and
 * the dashboard folds the rows of electron/db/kpi-sums.ts, which hold the same terms.
 */
export const SUM_TERMS: Readonly<Record<SumId, { term: PostTerm; among: Among }>> = {
  impressions: { term: 'impressions', among: 'all' },
  reach: { term: 'reach', among: 'all' },
  engagements: { term: 'engagements', among: 'all' },
  shares: { term: 'shares', among: 'all' },
  linkClicks: { term: 'linkClicks', among: 'all' },
  videoViews: { term: 'videoViews', among: 'all' },
  spend: { term: 'spend', among: 'paid' },
  storyImpressions: { term: 'impressions', among: 'story' },
};

export const PAIR_TERMS: Readonly<Record<PairId, { num: PostTerm; den: PostTerm; among: Among }>> = {
  erReach: { num: 'engagements', den: 'reach', among: 'all' },
  erImpressions: { num: 'engagements', den: 'impressions', among: 'all' },
  erFollowers: { num: 'engagements', den: 'followers', among: 'all' },
  reachRate: { num: 'reach', den: 'followers', among: 'all' },
  amplification: { num: 'shares', den: 'followers', among: 'all' },
  ctr: { num: 'linkClicks', den: 'impressions', among: 'all' },
  cpc: { num: 'spend', den: 'linkClicks', among: 'paid' },
  cpm: { num: 'spend', den: 'impressions', among: 'paid' },
  storyCompletion: { num: 'storyExits', den: 'impressions', among: 'story' },
};

/** A post's terms, in `POST_TERMS` order. */
export function termsOf(post: PostFacts): (number | null)[] {
  const v = post.values;
  return [
    v.impressions,
    v.reach,
    engagements(v),
    v.shares,
    v.linkClicks,
    v.videoViews,
    v.spend,
    v.storyExits,
    post.followers,
  ];
}

/** Each sum and pair with its terms' positions, worked out once: the dashboard folds a year of posts. */
const SUM_PLAN = SUMS.map((id) => ({
  id,
  term: POST_TERMS.indexOf(SUM_TERMS[id].term),
  among: SUM_TERMS[id].among,
}));
const PAIR_PLAN = PAIRS.map((id) => ({
  id,
  num: POST_TERMS.indexOf(PAIR_TERMS[id].num),
  den: POST_TERMS.indexOf(PAIR_TERMS[id].den),
  among: PAIR_TERMS[id].among,
}));

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

/**
 * Adds one post given by its terms (`POST_TERMS` order, from `offset` in `terms`: a row read from
 * SQLite as it comes) to running totals (mutates them).
 */
export function addTerms(
  totals: KpiTotals,
  terms: readonly unknown[],
  offset: number,
  paid: boolean,
  story: boolean,
): void {
  totals.posts += 1;
  for (const s of SUM_PLAN)
    if (s.among === 'all' || (s.among === 'paid' ? paid : story))
      sum(totals, s.id, terms[offset + s.term] as number | null);
  for (const p of PAIR_PLAN)
    if (p.among === 'all' || (p.among === 'paid' ? paid : story))
      add(totals.pairs[p.id], terms[offset + p.num] as number | null, terms[offset + p.den] as number | null);
}

/** Adds one post to running totals (mutates them). */
export function addPost(totals: KpiTotals, post: PostFacts): void {
  addTerms(totals, termsOf(post), 0, post.paid, post.format === 'story');
}

export function totalsOf(posts: readonly PostFacts[]): KpiTotals {
  const totals = emptyTotals();
  for (const post of posts) addPost(totals, post);
  return totals;
}
