import { describe, expect, it } from 'vitest';
import type { Benchmark, BenchmarkEntry } from '../../../../shared/domain/benchmark.ts';
import {
  benchmarkByNetwork,
  changeOf,
  daysCounted,
  engagementsPerPost,
  growthOf,
  ownerRank,
  ownerShareOfVoice,
  postsPerWeek,
} from '../../../../shared/listening/benchmark-values.ts';
import { benchmarkFigures } from '../../../support/seeds/benchmark-figures.ts';

const entry = (
  over: Partial<BenchmarkEntry> & Pick<BenchmarkEntry, 'accountId' | 'ownerId'>,
): BenchmarkEntry => ({
  network: 'instagram',
  handle: `@${over.accountId}`,
  current: benchmarkFigures(),
  previous: benchmarkFigures(),
  ...over,
});

/** Growth this period: brand 10 %, c1 20 %, c2 10 %, c3 never read twice. */
const benchmark = (entries: BenchmarkEntry[], over: Partial<Benchmark> = {}): Benchmark => ({
  from: '2026-11-01',
  to: '2026-12-01',
  previousFrom: '2026-10-02',
  clientName: 'Atelier Rose',
  clientColor: '#2E86AB',
  competitors: [
    { id: 'c1', name: 'Bloom', color: '#C2410C', archived: false },
    { id: 'c2', name: 'Corolle', color: '#7C3AED', archived: false },
    { id: 'c3', name: 'Dahlia', color: '#0F766E', archived: false },
  ],
  entries,
  voices: { current: {}, previous: {} },
  ...over,
});

const grown = (start: number, end: number) =>
  benchmarkFigures({ followers: end, growthStart: start, growthEnd: end });

describe('the benchmark figures of one account', () => {
  it('grows from the count before the period to the one at its end', () => {
    expect(growthOf(grown(1000, 1100))).toEqual({ value: 10 });
    expect(growthOf(grown(1000, 900)).value).toBeCloseTo(-10);
  });

  it('says why there is no growth: never counted, counted once, or from 0', () => {
    expect(growthOf(benchmarkFigures())).toEqual({ value: null, reason: 'noData', term: 'followers' });
    expect(growthOf(benchmarkFigures({ followers: 500 }))).toEqual({
      value: null,
      reason: 'noData',
      term: 'followersLater',
    });
    expect(growthOf(grown(0, 40))).toEqual({ value: null, reason: 'zero', term: 'followersAtStart' });
  });

  it('spreads the posts over the days counted, per week', () => {
    expect(postsPerWeek(6, 28)).toEqual({ value: 1.5 });
    expect(postsPerWeek(0, 30)).toEqual({ value: 0 });
    expect(postsPerWeek(null, 30)).toEqual({ value: null, reason: 'noData', term: 'posts' });
    expect(postsPerWeek(3, 0).value).toBeNull();
  });

  it('counts only the days gone by in a running period', () => {
    expect(daysCounted('2026-11-01', '2026-12-01', '2026-11-10')).toBe(10);
    expect(daysCounted('2026-11-01', '2026-12-01', '2026-12-15')).toBe(30);
    expect(daysCounted('2026-11-01', '2026-12-01', '2026-10-15')).toBe(0);
  });

  it('averages the engagements over the posts that have them', () => {
    expect(engagementsPerPost(benchmarkFigures({ engagements: 250, engagementPosts: 4 }))).toEqual({
      value: 62.5,
    });
    expect(engagementsPerPost(benchmarkFigures({ posts: 3 })).value).toBeNull();
    expect(engagementsPerPost(benchmarkFigures({ engagements: 0, engagementPosts: 0 })).value).toBeNull();
  });

  it('shares the voice among every owner mentioned on the network', () => {
    const voices = { instagram: { brand: 30, c1: 60, c2: 10 } };
    expect(ownerShareOfVoice(voices, 'instagram', 'brand')).toEqual({ value: 30 });
    expect(ownerShareOfVoice(voices, 'instagram', 'c3')).toEqual({ value: 0 });
    expect(ownerShareOfVoice(voices, 'linkedin', 'brand')).toEqual({
      value: null,
      reason: 'noData',
      term: 'mentions',
    });
    expect(ownerShareOfVoice({ x: { brand: 0 } }, 'x', 'brand').value).toBeNull();
  });
});

describe('the benchmark by network', () => {
  const entries = [
    entry({ accountId: 'd', ownerId: 'c3', current: benchmarkFigures({ followers: 50 }) }),
    entry({ accountId: 'a', ownerId: 'c1', current: grown(1000, 1200), previous: grown(900, 1000) }),
    entry({ accountId: 'me', ownerId: 'brand', current: grown(2000, 2200), previous: grown(2000, 2000) }),
    entry({ accountId: 'b', ownerId: 'c2', current: grown(500, 550) }),
    entry({ accountId: 'li', ownerId: 'c1', network: 'linkedin', current: grown(10, 11) }),
  ];
  const [instagram, linkedin] = benchmarkByNetwork(benchmark(entries), '2026-12-20');

  it('puts the client first, then the competitors in their order, network by network', () => {
    expect(instagram?.network).toBe('instagram');
    expect(instagram?.rows.map((r) => r.entry.accountId)).toEqual(['me', 'a', 'b', 'd']);
    expect(instagram?.hasClient).toBe(true);
    expect(instagram?.competitorIds).toEqual(['c1', 'c2', 'c3']);
    expect(linkedin?.hasClient).toBe(false);
    expect(linkedin?.rows.map((r) => r.entry.accountId)).toEqual(['li']);
  });

  it('ranks the client among the owners with a value, ties sharing the better rank', () => {
    const rows = instagram?.rows ?? [];
    // 20 % (c1), 10 % (brand, c2): the client is joint 2nd of 3; c3 has no growth to rank.
    expect(ownerRank(rows, 'growth', 'current')).toEqual({ rank: 2, of: 3, tied: true });
    expect(ownerRank(rows, 'followers', 'current')).toEqual({ rank: 1, of: 4, tied: false });
    expect(ownerRank(rows, 'growth', 'current', 'c1')).toEqual({ rank: 1, of: 3, tied: false });
    // Before: c1 grew 11.1 %, the client 0 %, the others were not read.
    expect(ownerRank(rows, 'growth', 'previous')).toEqual({ rank: 2, of: 2, tied: false });
  });

  it('ranks values as they are shown: 10.04 % and 9.96 % both read 10.0 %', () => {
    const rows = benchmarkByNetwork(
      benchmark([
        entry({ accountId: 'me', ownerId: 'brand', current: grown(10000, 11004) }),
        entry({ accountId: 'a', ownerId: 'c1', current: grown(10000, 10996) }),
      ]),
      '2026-12-20',
    )[0]?.rows;
    expect(ownerRank(rows ?? [], 'growth', 'current')).toEqual({ rank: 1, of: 2, tied: true });
  });

  it('ranks an owner with two accounts on a network by its best one', () => {
    const rows = benchmarkByNetwork(
      benchmark([
        entry({ accountId: 'me', ownerId: 'brand', current: benchmarkFigures({ followers: 300 }) }),
        entry({ accountId: 'a1', ownerId: 'c1', current: benchmarkFigures({ followers: 100 }) }),
        entry({ accountId: 'a2', ownerId: 'c1', current: benchmarkFigures({ followers: 900 }) }),
      ]),
      '2026-12-20',
    )[0]?.rows;
    expect(ownerRank(rows ?? [], 'followers', 'current')).toEqual({ rank: 2, of: 2, tied: false });
  });

  it('has no rank for a client without a value or alone with one', () => {
    const rows = instagram?.rows ?? [];
    expect(ownerRank(rows, 'postsPerWeek', 'current')).toBeNull();
    const alone = benchmarkByNetwork(
      benchmark([entry({ accountId: 'me', ownerId: 'brand', current: grown(10, 20) })]),
      '2026-12-20',
    )[0]?.rows;
    expect(ownerRank(alone ?? [], 'growth', 'current')).toBeNull();
  });

  it('counts a running month only up to today for posts per week', () => {
    const rows = benchmarkByNetwork(
      benchmark([
        entry({
          accountId: 'me',
          ownerId: 'brand',
          current: benchmarkFigures({ posts: 4 }),
          previous: benchmarkFigures({ posts: 15 }),
        }),
      ]),
      '2026-11-14',
    )[0]?.rows;
    expect(rows?.[0]?.current.postsPerWeek).toEqual({ value: 2 });
    expect(rows?.[0]?.previous.postsPerWeek).toEqual({ value: 3.5 });
  });

  it('gives each owner its share of voice on the network, period by period', () => {
    const rows = benchmarkByNetwork(
      benchmark([entry({ accountId: 'me', ownerId: 'brand' }), entry({ accountId: 'a', ownerId: 'c1' })], {
        voices: { current: { instagram: { brand: 1, c1: 3 } }, previous: { instagram: { brand: 1, c1: 1 } } },
      }),
      '2026-12-20',
    )[0]?.rows;
    expect(rows?.map((r) => r.current.shareOfVoice.value)).toEqual([25, 75]);
    expect(rows?.map((r) => r.previous.shareOfVoice.value)).toEqual([50, 50]);
  });
});

describe('the change since the period before', () => {
  it('is in points for rates and in percent for the rest', () => {
    expect(changeOf('growth', { value: 3 }, { value: 2 })).toEqual({ kind: 'points', delta: 1 });
    expect(changeOf('shareOfVoice', { value: 20 }, { value: 25 })).toEqual({ kind: 'points', delta: -5 });
    expect(changeOf('followers', { value: 1100 }, { value: 1000 })?.delta).toBeCloseTo(10);
    expect(changeOf('postsPerWeek', { value: 1 }, { value: 2 })).toEqual({ kind: 'relative', delta: -50 });
  });

  it('is none when a side has no value, or a relative change would divide by 0', () => {
    expect(
      changeOf('followers', { value: 10 }, { value: null, reason: 'noData', term: 'followers' }),
    ).toBeNull();
    expect(changeOf('postsPerWeek', { value: 2 }, { value: 0 })).toBeNull();
    expect(changeOf('growth', { value: 2 }, { value: 0 })).toEqual({ kind: 'points', delta: 2 });
  });
});
