import type { Channel } from '../../../../../shared/domain/channel.ts';
import type { Dashboard, HeatCell, PeriodFigures } from '../../../../../shared/domain/dashboard.ts';
import { EMPTY_METRICS } from '../../../../../shared/domain/metrics.ts';
import type { VoiceFigures } from '../../../../../shared/domain/voice.ts';
import type { AudienceTotals } from '../../../../../shared/kpi/catalogue.ts';
import { emptyTotals, type KpiTotals, type PairId, type SumId } from '../../../../../shared/kpi/totals.ts';

export const CLIENT_ID = '0190a000-0000-7000-8000-000000000001';
export const INSTAGRAM = '0190a000-0000-7000-8000-0000000000a1';
export const LINKEDIN = '0190a000-0000-7000-8000-0000000000a2';

const channel = (id: string, network: Channel['network'], handle: string): Channel => ({
  id,
  clientId: CLIENT_ID,
  network,
  kind: 'networking',
  handle,
  url: '',
  archived: false,
  createdAt: '2026-10-01T09:00:00.000Z',
  updatedAt: '2026-10-01T09:00:00.000Z',
  deletedAt: null,
});

/** The client's two channels, as `channels.list` returns them. */
export const CHANNELS: Channel[] = [
  channel(INSTAGRAM, 'instagram', '@atelier.rose'),
  channel(LINKEDIN, 'linkedin', 'Atelier Rose'),
];

type PairSpec = [num: number, den: number, posts?: number, denPosts?: number];

/** Totals written by hand: the sums and, for each rate, its numerator and denominator. */
export function totals(
  posts: number,
  sums: Partial<Record<SumId, number>>,
  pairs: Partial<Record<PairId, PairSpec>>,
): KpiTotals {
  const t = emptyTotals();
  t.posts = posts;
  for (const [id, v] of Object.entries(sums)) t.sums[id as SumId] = v;
  for (const [id, [num, den, p = posts, dp = p]] of Object.entries(pairs) as [PairId, PairSpec][])
    t.pairs[id] = { num, den, posts: p, denPosts: dp };
  return t;
}

const period = (from: string, to: string, t: KpiTotals, audience: AudienceTotals): PeriodFigures => ({
  from,
  to,
  totals: t,
  audience,
});

/**
 * October 2026 against September, computed by hand:
 * followers 5 200 (5 000 before: +4 %), growth 5 000 → 5 200 = 4.0 %, reach 8 000 (6 400: +25 %),
 * ER by reach 400 ÷ 8 000 = 5.0 % (4.0 % before), by impressions 400 ÷ 20 000 = 2.0 %,
 * by followers 400 ÷ 10 000 = 4.0 %, CTR 160 ÷ 20 000 = 0.8 %, spend €40, CPC €0.25, CPM €2.00,
 * and one story logged with 0 impressions: its completion rate has no value.
 */
export function makeDashboard(overrides: Partial<Dashboard> = {}): Dashboard {
  const current = totals(
    4,
    {
      impressions: 20000,
      reach: 8000,
      engagements: 400,
      shares: 50,
      linkClicks: 160,
      spend: 4000,
      storyImpressions: 0,
    },
    {
      erReach: [400, 8000],
      erImpressions: [400, 20000],
      erFollowers: [400, 10000],
      reachRate: [8000, 10000],
      amplification: [50, 10000],
      ctr: [160, 20000],
      cpc: [4000, 160, 1],
      cpm: [4000, 20000, 1],
      storyCompletion: [0, 0, 1],
    },
  );
  const previous = totals(
    3,
    { impressions: 16000, reach: 6400, engagements: 256, shares: 40, linkClicks: 100, spend: 2000 },
    {
      erReach: [256, 6400],
      erImpressions: [256, 16000],
      erFollowers: [256, 9000],
      reachRate: [6400, 9000],
      amplification: [40, 9000],
      ctr: [100, 16000],
      cpc: [2000, 100, 1],
      cpm: [2000, 16000, 1],
    },
  );
  const heat: HeatCell[] = [
    { weekday: 0, hour: 18, totals: totals(2, { reach: 500, engagements: 30 }, { erReach: [30, 500] }) },
    { weekday: 2, hour: 9, totals: totals(1, {}, { erReach: [0, 0, 0, 0] }) },
    { weekday: 4, hour: 12, totals: totals(1, { reach: 1000, engagements: 20 }, { erReach: [20, 1000] }) },
  ];
  const ranked = (postId: string, rate: number, caption: string) => ({
    postId,
    channelId: INSTAGRAM,
    network: 'instagram' as const,
    date: '2026-10-06',
    time: '18:30',
    format: 'image' as const,
    caption,
    values: EMPTY_METRICS,
    followers: 2500,
    rate,
  });
  return {
    basis: 'reach',
    current: period('2026-10-01', '2026-11-01', current, { end: 5200, growthStart: 5000, growthEnd: 5200 }),
    previous: period('2026-09-01', '2026-10-01', previous, { end: 5000, growthStart: 4900, growthEnd: 5000 }),
    bucket: 'week',
    series: [
      {
        start: '2026-09-28',
        totals: totals(1, { reach: 2000, engagements: 80 }, { erReach: [80, 2000] }),
        followers: { [INSTAGRAM]: 2500, [LINKEDIN]: 2500 },
      },
      {
        start: '2026-10-05',
        totals: totals(2, { reach: 4000, engagements: 240 }, { erReach: [240, 4000] }),
        followers: { [INSTAGRAM]: 2560, [LINKEDIN]: null },
      },
      {
        start: '2026-10-12',
        totals: totals(0, {}, {}),
        followers: { [INSTAGRAM]: 2600, [LINKEDIN]: 2600 },
      },
    ],
    channels: [
      {
        channelId: INSTAGRAM,
        network: 'instagram',
        handle: '@atelier.rose',
        current: period('2026-10-01', '2026-11-01', totals(3, { reach: 3000 }, {}), {
          end: 2600,
          growthStart: 2500,
          growthEnd: 2600,
        }),
        previous: period('2026-09-01', '2026-10-01', totals(0, {}, {}), {
          end: 2500,
          growthStart: null,
          growthEnd: null,
        }),
      },
      {
        channelId: LINKEDIN,
        network: 'linkedin',
        handle: 'Atelier Rose',
        current: period('2026-10-01', '2026-11-01', totals(1, { reach: 5000 }, {}), {
          end: 2600,
          growthStart: 2500,
          growthEnd: 2600,
        }),
        previous: period('2026-09-01', '2026-10-01', totals(0, {}, {}), {
          end: 2500,
          growthStart: null,
          growthEnd: null,
        }),
      },
    ],
    top: [ranked('0190a000-0000-7000-8000-0000000000b1', 9.5, 'Spring bouquets are here: come and see them')],
    bottom: [ranked('0190a000-0000-7000-8000-0000000000b2', 1.25, '')],
    heatmap: heat,
    listening: {
      competitors: [{ id: COMPETITOR, name: 'Fleurs & Co', color: '#2E86AB', archived: false }],
      // Share of voice 11 / (11 + 9) = 55 %, sentiment 6 / (6 + 2) = 75 %; before: 5 / 15, 3 / 4.
      current: voices('2026-10-01', '2026-11-01', [6, 3, 2], [4, 4, 1]),
      previous: voices('2026-09-01', '2026-10-01', [3, 1, 1], [5, 4, 1]),
      series: [],
    },
    ...overrides,
  };
}

export const COMPETITOR = '0190a000-0000-7000-8000-0000000000c1';

const split = ([positive, neutral, negative]: [number, number, number]) => ({ positive, neutral, negative });

function voices(
  from: string,
  to: string,
  brand: [number, number, number],
  competitor: [number, number, number],
): VoiceFigures {
  const all = { brand: split(brand), competitors: { [COMPETITOR]: split(competitor) } };
  return { from, to, all, byNetwork: { instagram: all }, engagements: null };
}

/** A dashboard with nothing logged: published posts may exist, but no number and no follower count. */
export function emptyDashboard(): Dashboard {
  const none = { end: null, growthStart: null, growthEnd: null };
  return makeDashboard({
    current: period('2026-10-01', '2026-11-01', totals(0, {}, {}), none),
    previous: period('2026-09-01', '2026-10-01', totals(0, {}, {}), none),
    channels: [],
    top: [],
    bottom: [],
    heatmap: [],
    listening: {
      competitors: [],
      current: voices('2026-10-01', '2026-11-01', [0, 0, 0], [0, 0, 0]),
      previous: voices('2026-09-01', '2026-10-01', [0, 0, 0], [0, 0, 0]),
      series: [],
    },
  });
}
