import type { Benchmark } from '../../../../../shared/domain/benchmark.ts';
import type { Dashboard } from '../../../../../shared/domain/dashboard.ts';
import type { Profile } from '../../../../../shared/domain/profile.ts';
import {
  DEFAULT_SECTIONS,
  type Report,
  type ReportFigures,
  type ReportPlanPost,
} from '../../../../../shared/domain/report.ts';
import { emptyTotals } from '../../../../../shared/kpi/totals.ts';
import { benchmarkFigures } from '../../../../support/seeds/benchmark-figures.ts';
import {
  CLIENT_ID,
  COMPETITOR,
  emptyDashboard,
  INSTAGRAM,
  LINKEDIN,
  makeDashboard,
} from '../kpis/dashboard-fixture.ts';
import { objective } from '../kpis/objective-fixture.ts';

/** A month with nothing logged at all, week by week too: no number, no follower count, no mention. */
export function nothingLogged(): Dashboard {
  const d = emptyDashboard();
  return { ...d, series: d.series.map((p) => ({ start: p.start, totals: emptyTotals(), followers: {} })) };
}

export const TOP_POST = '0190a000-0000-7000-8000-0000000000b1';
export const TOP_PICTURE = 'a3'.repeat(32);

const stamp = {
  createdAt: '2026-11-02T08:30:00.000Z',
  updatedAt: '2026-11-02T08:30:00.000Z',
  deletedAt: null,
};

export const PROFILE: Profile = {
  name: 'Camille Martin',
  logo: { sha256: 'c4'.repeat(32), name: 'logo.png', mime: 'image/png' },
};

/** On Instagram, the client (2,600 followers) against Fleurs & Co (1,900). */
export function benchmark(): Benchmark {
  return {
    from: '2026-10-01',
    to: '2026-11-01',
    previousFrom: '2026-09-01',
    clientName: 'Atelier Rose',
    clientColor: '#C0392B',
    competitors: [{ id: COMPETITOR, name: 'Fleurs & Co', color: '#2E86AB', archived: false }],
    entries: [
      {
        accountId: INSTAGRAM,
        ownerId: 'brand',
        network: 'instagram',
        handle: '@atelier.rose',
        current: benchmarkFigures({ followers: 2600, growthStart: 2500, growthEnd: 2600, posts: 3 }),
        previous: benchmarkFigures({ followers: 2500, posts: 2 }),
      },
      {
        accountId: '0190a000-0000-7000-8000-0000000000e1',
        ownerId: COMPETITOR,
        network: 'instagram',
        handle: '@fleurs.co',
        current: benchmarkFigures({ followers: 1900, growthStart: 1850, growthEnd: 1900, posts: 8 }),
        previous: benchmarkFigures({ followers: 1850, posts: 6 }),
      },
    ],
    voices: {
      current: { instagram: { brand: 11, [COMPETITOR]: 9 } },
      previous: { instagram: { brand: 5, [COMPETITOR]: 10 } },
    },
  };
}

export function planPost(n: number, overrides: Partial<ReportPlanPost> = {}): ReportPlanPost {
  return {
    id: `0190a000-0000-7000-8000-0000000001${String(n).padStart(2, '0')}`,
    date: `2026-11-${String(2 + n).padStart(2, '0')}`,
    time: '18:30',
    channelId: INSTAGRAM,
    format: 'reel',
    status: 'ready',
    caption: `Behind the scenes of the workshop, part ${n}: how a winter wreath comes together`,
    ...overrides,
  };
}

/** October 2026 for Atelier Rose, as saved on 2 November: the kpis dashboard fixture and the rest. */
export function makeFigures(overrides: Partial<ReportFigures> = {}): ReportFigures {
  return {
    at: '2026-11-02T08:30:00.000Z',
    client: { name: 'Atelier Rose', color: '#C0392B', timeZone: 'Europe/Paris', currency: 'EUR' },
    basis: 'reach',
    dashboard: makeDashboard(),
    channels: [
      { id: INSTAGRAM, network: 'instagram', handle: '@atelier.rose', archived: false },
      { id: LINKEDIN, network: 'linkedin', handle: 'Atelier Rose', archived: false },
    ],
    pictures: { [TOP_POST]: TOP_PICTURE },
    objectives: [objective()],
    benchmark: benchmark(),
    audit: {
      id: '0190a000-0000-7000-8000-0000000000f1',
      title: 'Autumn review',
      from: '2026-07-01',
      to: '2026-10-01',
      finishedAt: '2026-10-10T15:00:00.000Z',
      scores: [4, 3, null, 5, 2, 3],
      actions: [
        { text: 'Post the workshop reels on Tuesday evenings', done: true },
        { text: 'Open a Pinterest board for wedding bouquets', done: false },
      ],
    },
    plan: { from: '2026-11-01', to: '2026-12-01', total: 14, posts: [planPost(1), planPost(2), planPost(3)] },
    ...overrides,
  };
}

export function makeReport(overrides: Partial<Report> = {}): Report {
  return {
    id: '0190a000-0000-7000-8000-000000000901',
    clientId: CLIENT_ID,
    title: 'Autumn collection launch',
    kind: 'month',
    from: '2026-10-01',
    to: '2026-11-01',
    language: 'en',
    paper: 'a4',
    sections: DEFAULT_SECTIONS.map((s) => ({ ...s })),
    summary:
      'October was the month of the autumn collection.\n\nReach grew by a quarter, driven by the reels.',
    recommendations: 'Keep the reels on Tuesday evenings.\n\nAnswer comments within a day.',
    figures: makeFigures(),
    ...stamp,
    ...overrides,
  };
}
