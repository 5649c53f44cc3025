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

/** Built field by field: the dashboard makes hundreds of these, one per total. */
export function emptyTotals(): KpiTotals {
  const sums = {} as Record<SumId, number | null>;
  const sumPosts = {} as Record<SumId, number>;
  const pairs = {} as Record<PairId, Pair>;
  for (const s of SUMS) {
    sums[s] = null;
    sumPosts[s] = 0;
  }
  for (const p of PAIRS) pairs[p] = { num: 0, den: 0, posts: 0, denPosts: 0 };
  return { posts: 0, sums, sumPosts, pairs };
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
 * Each sum and each pair, once, over the terms of `POST_TERMS`: `contribution` folds a post with them,
 * from its facts (`addPost`) or from a row of electron/db/kpi-sums.ts, which holds the same terms.
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

/**
 * A running total as numbers in a row (`Float64Array`): the dashboard folds a year of posts into
 * hundreds of totals, and adding to typed slots is several times faster than to the fields of
 * `KpiTotals`. Slot 0 counts posts; then each sum's value and posts; then each pair's num, den,
 * posts and denPosts.
 */
const SUM_SLOT = 1;
const PAIR_SLOT = SUM_SLOT + 2 * SUMS.length;
export const SLOTS = PAIR_SLOT + 4 * PAIRS.length;

const AMONG: Readonly<Record<Among, number>> = { all: 0, paid: 1, story: 2 };
const SUM_TERM = Int32Array.from(SUMS.map((id) => POST_TERMS.indexOf(SUM_TERMS[id].term)));
const SUM_AMONG = Int32Array.from(SUMS.map((id) => AMONG[SUM_TERMS[id].among]));
const PAIR_NUM = Int32Array.from(PAIRS.map((id) => POST_TERMS.indexOf(PAIR_TERMS[id].num)));
const PAIR_DEN = Int32Array.from(PAIRS.map((id) => POST_TERMS.indexOf(PAIR_TERMS[id].den)));
const PAIR_AMONG = Int32Array.from(PAIRS.map((id) => AMONG[PAIR_TERMS[id].among]));

/**
 * What one post adds to every total, written over `out`: its terms in `POST_TERMS` order from
 * `offset` in `terms` (a row read from SQLite as it comes). The rules of every total are here: a sum
 * counts a post that logged its term, a pair one that logged both (`denPosts` the denominator alone).
 */
export function contribution(
  out: Float64Array,
  terms: readonly unknown[],
  offset: number,
  paid: boolean,
  story: boolean,
): Float64Array {
  out.fill(0);
  out[0] = 1;
  for (let i = 0; i < SUM_TERM.length; i++) {
    const among = SUM_AMONG[i];
    if ((among === 1 && !paid) || (among === 2 && !story)) continue;
    const value = terms[offset + (SUM_TERM[i] as number)] as number | null;
    if (value === null) continue;
    out[SUM_SLOT + 2 * i] = value;
    out[SUM_SLOT + 2 * i + 1] = 1;
  }
  for (let i = 0; i < PAIR_NUM.length; i++) {
    const among = PAIR_AMONG[i];
    if ((among === 1 && !paid) || (among === 2 && !story)) continue;
    const den = terms[offset + (PAIR_DEN[i] as number)] as number | null;
    if (den === null) continue;
    const at = PAIR_SLOT + 4 * i;
    out[at + 3] = 1;
    const num = terms[offset + (PAIR_NUM[i] as number)] as number | null;
    if (num === null) continue;
    out[at] = num;
    out[at + 1] = den;
    out[at + 2] = 1;
  }
  return out;
}

/** `total += part`, slot by slot. */
export function addSlots(total: Float64Array, part: Float64Array): void {
  for (let i = 0; i < SLOTS; i++) (total[i] as number) += part[i] as number;
}

/** Adds slots to running totals (mutates them). */
export function addSlotsTo(totals: KpiTotals, slots: Float64Array): KpiTotals {
  totals.posts += slots[0] as number;
  SUMS.forEach((id, i) => {
    const posts = slots[SUM_SLOT + 2 * i + 1] as number;
    if (posts === 0) return;
    totals.sums[id] = (totals.sums[id] ?? 0) + (slots[SUM_SLOT + 2 * i] as number);
    totals.sumPosts[id] += posts;
  });
  PAIRS.forEach((id, i) => {
    const pair = totals.pairs[id];
    const at = PAIR_SLOT + 4 * i;
    pair.num += slots[at] as number;
    pair.den += slots[at + 1] as number;
    pair.posts += slots[at + 2] as number;
    pair.denPosts += slots[at + 3] as number;
  });
  return totals;
}

export const totalsOfSlots = (slots: Float64Array): KpiTotals => addSlotsTo(emptyTotals(), slots);

/** Adds one post to running totals (mutates them). */
export function addPost(totals: KpiTotals, post: PostFacts): void {
  const part = contribution(new Float64Array(SLOTS), termsOf(post), 0, post.paid, post.format === 'story');
  addSlotsTo(totals, part);
}

export function totalsOf(posts: readonly PostFacts[]): KpiTotals {
  const total = new Float64Array(SLOTS);
  const part = new Float64Array(SLOTS);
  for (const post of posts)
    addSlots(total, contribution(part, termsOf(post), 0, post.paid, post.format === 'story'));
  return totalsOfSlots(total);
}
