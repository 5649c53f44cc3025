// @vitest-environment jsdom
import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { ordinal } from '../../../../../renderer/common/format/benchmark-figures.ts';
import { addDays, addMonths, startOfMonth } from '../../../../../shared/calendar/dates.ts';
import { zonedToday } from '../../../../../shared/calendar/zoned.ts';
import type { Benchmark, BenchmarkFigures } from '../../../../../shared/domain/benchmark.ts';
import { benchmarkFigures } from '../../../../support/seeds/benchmark-figures.ts';
import { client, id, makeCompetitor, renderCompetitors } from './competitors-harness.tsx';

afterEach(cleanup);

const today = zonedToday(new Date(), 'UTC');
const from = startOfMonth(today);

const grown = (start: number, end: number, over: Partial<BenchmarkFigures> = {}) =>
  benchmarkFigures({ followers: end, growthStart: start, growthEnd: end, ...over });

const competitors = [
  makeCompetitor({
    id: id(101),
    name: 'Bloom',
    accounts: [{ id: id(301), network: 'instagram', handle: '@bloom', url: '' }],
  }),
  makeCompetitor({ id: id(102), name: 'Corolle', color: '#7B5EA7' }),
  makeCompetitor({ id: id(103), name: 'Dahlia', color: '#1B998B' }),
];

/** On Instagram this month, growth: Bloom 20 %, the client 10 %, Corolle 5 %, Dahlia not read twice. */
const benchmark: Benchmark = {
  from,
  to: addDays(from, 31),
  previousFrom: addDays(from, -31),
  clientName: client.name,
  clientColor: client.color,
  competitors: competitors.map((c) => ({ id: c.id, name: c.name, color: c.color, archived: false })),
  entries: [
    {
      accountId: id(401),
      ownerId: 'brand',
      network: 'instagram',
      handle: '@atelier.rose',
      current: grown(1000, 1100, { posts: 4, engagements: 400, engagementPosts: 4 }),
      previous: grown(1000, 1000, { posts: 4 }),
    },
    {
      accountId: id(301),
      ownerId: id(101),
      network: 'instagram',
      handle: '@bloom',
      current: grown(500, 600),
      previous: grown(400, 500),
    },
    {
      accountId: id(302),
      ownerId: id(102),
      network: 'instagram',
      handle: '@corolle',
      current: grown(200, 210),
      previous: benchmarkFigures(),
    },
    {
      accountId: id(303),
      ownerId: id(103),
      network: 'instagram',
      handle: '@dahlia',
      current: benchmarkFigures({ followers: 90 }),
      previous: benchmarkFigures(),
    },
  ],
  voices: { current: { instagram: { brand: 1, [id(101)]: 3 } }, previous: {} },
};

async function openBenchmark(language: 'en' | 'fr' = 'en') {
  const user = userEvent.setup();
  const view = renderCompetitors({ competitors, benchmark, language });
  await user.click(await screen.findByRole('tab', { name: /Benchmark|Comparatif/ }));
  return { user, ...view };
}

describe('the benchmark', () => {
  it('says where the client ranks on each metric, this month and the one before', async () => {
    const { calls } = await openBenchmark();
    // The month against the month before, as the dashboard compares them.
    const [asked] = calls('competitors.benchmark') as { from: string; to: string; previousFrom: string }[];
    expect(asked?.previousFrom).toBe(addMonths(asked?.from ?? '', -1));
    expect(asked?.to).toBe(addMonths(asked?.from ?? '', 1));
    const ranks = await screen.findByRole('list', { name: 'Where Atelier Rose ranks on Instagram' });
    const sentences = within(ranks)
      .getAllByRole('listitem')
      .map((li) => li.textContent);
    expect(sentences).toContain('2nd of 3 on growth this month (2nd the month before)');
    expect(sentences).toContain('1st of 4 on followers this month (1st the month before)');
    // Every owner on the network has a share once anybody is mentioned there: 0 % for the silent ones.
    expect(sentences).toContain('2nd of 4 on share of voice this month');
  });

  it('puts the client first in the table, with each figure’s change, and says why a figure is missing', async () => {
    await openBenchmark();
    const table = await screen.findByRole('table', { name: /Instagram/ });
    const [, first, , , dahlia] = within(table).getAllByRole('row');
    expect(within(first as HTMLElement).getByRole('rowheader').textContent).toContain('Atelier Rose');
    expect(first?.textContent).toContain('10.0%');
    expect(first?.textContent).toContain('▲ +10\u00a0pt since the previous period');
    expect(first?.textContent).toContain('100');
    expect(
      within(dahlia as HTMLElement).getByText('No second follower count logged for this period.'),
    ).toBeTruthy();
  });

  it('draws each metric as bars with its numbers as text', async () => {
    await openBenchmark();
    const chart = await screen.findByRole('figure', { name: 'Growth' });
    expect(
      within(chart)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['Atelier Rose10.0%', 'Bloom20.0%', 'Corolle5.0%', 'Dahlia—']);
  });

  it('speaks French, ranks and all', async () => {
    await openBenchmark('fr');
    const ranks = await screen.findByRole('list', { name: 'La place de Atelier Rose sur Instagram' });
    expect(
      within(ranks)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toContain('2ᵉ sur 3 en croissance ce mois-ci (2ᵉ le mois précédent)');
  });

  it('writes ranks as each language does, ties included', () => {
    expect([1, 2, 3, 4, 11, 12, 13, 21, 22].map((n) => ordinal(n, 'en'))).toEqual([
      '1st',
      '2nd',
      '3rd',
      '4th',
      '11th',
      '12th',
      '13th',
      '21st',
      '22nd',
    ]);
    expect([1, 2].map((n) => ordinal(n, 'fr'))).toEqual(['1ᵉʳ', '2ᵉ']);
  });
});
