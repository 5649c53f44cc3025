import { addDays, daysBetween, type IsoDate } from '../calendar/dates.ts';
import type { Benchmark, BenchmarkEntry, BenchmarkFigures, NetworkVoices } from '../domain/benchmark.ts';
import { audienceGrowthRate, shareOfVoice } from '../kpi/formulas.ts';
import { count, type KpiValue, missing, ratio } from '../kpi/value.ts';
import { NETWORK_IDS, type NetworkId } from '../networks.ts';

/**
 * The benchmark's figures, computed from the raw counts the contract sends (shared/domain/benchmark.ts):
 * the client's channels beside its competitors' accounts on one network, each metric with its change
 * since the period before, and where the client ranks.
 */

export const BENCHMARK_METRICS = [
  'followers',
  'growth',
  'postsPerWeek',
  'engagementsPerPost',
  'shareOfVoice',
] as const;
export type BenchmarkMetric = (typeof BENCHMARK_METRICS)[number];

export type BenchmarkValues = Record<BenchmarkMetric, KpiValue>;

/** The owner id of the client's own channels in a benchmark (competitors go by their id). */
export const BRAND = 'brand';

/** Rates compare in points (a growth of 2 % then 3 % is "+1 pt"); levels and averages in percent. */
export const METRIC_CHANGE: Readonly<Record<BenchmarkMetric, 'points' | 'relative'>> = {
  followers: 'relative',
  growth: 'points',
  postsPerWeek: 'relative',
  engagementsPerPost: 'relative',
  shareOfVoice: 'points',
};

/** Decimals a metric is shown with: two accounts that read the same are tied. */
export const METRIC_DECIMALS: Readonly<Record<BenchmarkMetric, number>> = {
  followers: 0,
  growth: 1,
  postsPerWeek: 1,
  engagementsPerPost: 1,
  shareOfVoice: 1,
};

/**
 * (followers at the end − at the start) ÷ at the start × 100. An account read only once has no
 * growth yet ("a second count"), one never read has no followers at all.
 */
export function growthOf(f: BenchmarkFigures): KpiValue {
  if (f.growthStart === null && f.growthEnd === null)
    return missing(f.followers === null ? 'followers' : 'followersLater');
  return audienceGrowthRate(f.growthStart, f.growthEnd);
}

/** Posts published over the days counted, × 7; none logged is no value, a logged 0 is 0 a week. */
export function postsPerWeek(posts: number | null, days: number): KpiValue {
  if (posts === null) return missing('posts');
  if (days <= 0) return { value: null, reason: 'zero', term: 'posts' };
  return { value: (posts / days) * 7 };
}

/** Engagements ÷ the posts that have them: the average engagements of a post. */
export function engagementsPerPost(f: BenchmarkFigures): KpiValue {
  if (f.engagements === null || f.engagementPosts === 0) return missing('engagements');
  return ratio(f.engagements, f.engagementPosts, ['engagements', 'posts'], 1);
}

/**
 * An owner's mentions on a network ÷ every owner's mentions there × 100 (the client's under `brand`,
 * each competitor's under its id). No mention at all on the network gives no share, not 0.
 */
export function ownerShareOfVoice(voices: NetworkVoices, network: NetworkId, ownerId: string): KpiValue {
  const owners = voices[network];
  if (!owners) return missing('mentions');
  let total = 0;
  for (const n of Object.values(owners)) total += n;
  const own = owners[ownerId] ?? 0;
  return shareOfVoice(own, total - own);
}

/**
 * The days a period's activity is spread over: all of them once it is over, only those up to today
 * while it runs (a month 10 days in has had 10 days to post in).
 */
export function daysCounted(from: IsoDate, to: IsoDate, today: IsoDate): number {
  const end = today < to ? addDays(today, 1) : to;
  return Math.max(0, daysBetween(from, end));
}

export function entryValues(
  entry: BenchmarkEntry,
  figures: BenchmarkFigures,
  days: number,
  voices: NetworkVoices,
): BenchmarkValues {
  return {
    followers: count(figures.followers, 'followers'),
    growth: growthOf(figures),
    postsPerWeek: postsPerWeek(figures.posts, days),
    engagementsPerPost: engagementsPerPost(figures),
    shareOfVoice: ownerShareOfVoice(voices, entry.network, entry.ownerId),
  };
}

export interface BenchmarkRow {
  entry: BenchmarkEntry;
  isClient: boolean;
  current: BenchmarkValues;
  previous: BenchmarkValues;
}

export interface NetworkBenchmark {
  network: NetworkId;
  /** The client's channels first, then the competitors' accounts in the benchmark's order. */
  rows: BenchmarkRow[];
  hasClient: boolean;
  /** Competitor ids with an account on this network. */
  competitorIds: string[];
}

/**
 * The benchmark network by network (in the catalogue's order), each account's figures for the
 * period and the one before. `today` keeps a running period's posts per week honest.
 */
export function benchmarkByNetwork(b: Benchmark, today: IsoDate): NetworkBenchmark[] {
  const currentDays = daysCounted(b.from, b.to, today);
  const previousDays = daysBetween(b.previousFrom, b.from);
  const order = new Map(b.competitors.map((c, i) => [c.id, i]));
  const rank = (e: BenchmarkEntry) => (e.ownerId === BRAND ? -1 : (order.get(e.ownerId) ?? order.size));
  const out: NetworkBenchmark[] = [];
  for (const network of NETWORK_IDS) {
    const entries = b.entries.filter((e) => e.network === network);
    if (entries.length === 0) continue;
    // A stable sort: each owner's accounts stay in the order they were listed.
    const rows = [...entries]
      .sort((x, y) => rank(x) - rank(y))
      .map((entry) => ({
        entry,
        isClient: entry.ownerId === BRAND,
        current: entryValues(entry, entry.current, currentDays, b.voices.current),
        previous: entryValues(entry, entry.previous, previousDays, b.voices.previous),
      }));
    out.push({
      network,
      rows,
      hasClient: rows.some((r) => r.isClient),
      competitorIds: [...new Set(rows.filter((r) => !r.isClient).map((r) => r.entry.ownerId))],
    });
  }
  return out;
}

/** A metric's value as shown, so that what reads the same ranks the same. */
export const shownValue = (metric: BenchmarkMetric, value: number): number => {
  const scale = 10 ** METRIC_DECIMALS[metric];
  return Math.round(value * scale) / scale;
};

export interface Rank {
  /** 1 for the best; tied owners share the best rank of their group (1, 2, 2, 4). */
  rank: number;
  /** How many owners have a value to rank. */
  of: number;
  tied: boolean;
}

/**
 * Where an owner (the client by default) stands among the owners on a network for a metric, higher
 * being better. An owner with several accounts there ranks with its best. Null when the owner has
 * no value or nobody else has one: there is no ranking to speak of.
 */
export function ownerRank(
  rows: readonly BenchmarkRow[],
  metric: BenchmarkMetric,
  which: 'current' | 'previous',
  ownerId: string = BRAND,
): Rank | null {
  const best = new Map<string, number>();
  for (const row of rows) {
    const v = row[which][metric].value;
    if (v === null) continue;
    const shown = shownValue(metric, v);
    const owner = row.entry.ownerId;
    const known = best.get(owner);
    if (known === undefined || shown > known) best.set(owner, shown);
  }
  const mine = best.get(ownerId);
  if (mine === undefined || best.size < 2) return null;
  let above = 0;
  let same = 0;
  for (const [owner, v] of best) {
    if (owner === ownerId) continue;
    if (v > mine) above += 1;
    else if (v === mine) same += 1;
  }
  return { rank: above + 1, of: best.size, tied: same > 0 };
}

export type Change = { kind: 'points' | 'relative'; delta: number };

/**
 * The change since the period before: points for rates, percent for the rest. Null when either side
 * has no value, or a relative change would divide by 0.
 */
export function changeOf(metric: BenchmarkMetric, current: KpiValue, previous: KpiValue): Change | null {
  if (current.value === null || previous.value === null) return null;
  if (METRIC_CHANGE[metric] === 'points') return { kind: 'points', delta: current.value - previous.value };
  if (previous.value === 0) return null;
  return { kind: 'relative', delta: ((current.value - previous.value) / Math.abs(previous.value)) * 100 };
}
