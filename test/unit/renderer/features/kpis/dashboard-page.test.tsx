// @vitest-environment jsdom
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DashboardPage } from '../../../../../renderer/features/kpis/DashboardPage.tsx';
import type { Input } from '../../../../../shared/contract.ts';
import type { Channel } from '../../../../../shared/domain/channel.ts';
import type { Dashboard } from '../../../../../shared/domain/dashboard.ts';
import type { Language } from '../../../../../shared/domain/prefs.ts';
import { makeClient } from '../../support/fake-bridge.ts';
import { renderWithApp } from '../../support/render-app.tsx';
import { CHANNELS, CLIENT_ID, emptyDashboard, makeDashboard } from './dashboard-fixture.ts';
import { plots, plotTitled } from './uplot-mock.ts';

vi.mock('uplot', async () => (await import('./uplot-mock.ts')).fakeUplotModule());

const client = makeClient({ id: CLIENT_ID, channelCount: 2 });

beforeEach(() => {
  // Only the clock is frozen (mid-October 2026): promises and user events keep real timers.
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date('2026-10-15T10:00:00Z'));
});
afterEach(() => {
  cleanup();
  vi.useRealTimers();
  plots.length = 0;
});

function renderDashboard(
  language: Language = 'en',
  answer: (input: Input<'kpis.dashboard'>) => Dashboard = () => makeDashboard(),
  channels: Channel[] = CHANNELS,
) {
  return renderWithApp(<DashboardPage client={client} />, {
    language,
    handlers: {
      'channels.list': () => ({ ok: true, value: channels }),
      'kpis.dashboard': (input) => ({ ok: true, value: answer(input) }),
      'clients.update': (input) => ({ ok: true, value: { ...client, ...input } }),
    },
  });
}

const card = (name: string) => screen.getByRole('listitem', { name });
const dashboardCalls = (calls: { method: string; input: unknown }[]) =>
  calls.filter((c) => c.method === 'kpis.dashboard').map((c) => c.input);

describe('the KPI cards', () => {
  it('show each KPI formatted in English, with its change since the previous period in words', async () => {
    renderDashboard('en');

    expect(await screen.findByRole('listitem', { name: 'Followers' })).toBeTruthy();
    expect(within(card('Followers')).getByText('5,200')).toBeTruthy();
    expect(card('Followers').textContent).toContain('+4% · better');
    expect(within(card('Audience growth')).getByText('4.0%')).toBeTruthy();
    expect(within(card('Reach')).getByText('8,000')).toBeTruthy();
    expect(card('Reach').textContent).toContain('+25% · better');
    expect(within(card('Engagement rate (by reach)')).getByText('5.0%')).toBeTruthy();
    expect(card('Engagement rate (by reach)').textContent).toContain('+1\u00a0pt · better');
    expect(within(card('Click-through rate')).getByText('0.8%')).toBeTruthy();
    expect(within(card('Ad spend')).getByText('€40.00')).toBeTruthy();
    // A cost that rises is worse, whatever the arrow says.
    expect(within(card('Cost per click')).getByText('€0.25')).toBeTruthy();
    expect(card('Cost per click').textContent).toContain('+25% · worse');
    expect(within(card('CPM (cost per 1,000 impressions)')).getByText('€2.00')).toBeTruthy();
  });

  it('follow French number formats and typography', async () => {
    renderDashboard('fr');

    expect(await screen.findByRole('listitem', { name: 'Abonnés' })).toBeTruthy();
    // Testing Library folds every kind of space into one: read the text itself to see which space it is.
    expect(card('Abonnés').textContent).toContain('5\u202f200');
    expect(card('Taux d’engagement (sur la portée)').textContent).toContain('5,0\u202f%');
    expect(card('Portée').textContent).toContain('+25\u202f% · mieux');
    expect(card('Dépenses publicitaires').textContent).toContain('40,00\u00a0€');
    expect(card('Coût par clic').textContent).toContain('0,25\u00a0€');
    expect(card('Coût par clic').textContent).toContain('moins bien');
    expect(screen.getByRole('combobox', { name: 'Taux d’engagement par défaut de ce client' })).toBeTruthy();
  });

  it('show "—" and say why when the denominator is zero, never 0 or NaN', async () => {
    renderDashboard('en');

    const story = await screen.findByRole('listitem', { name: 'Story completion rate' });
    expect(within(story).getByText('—')).toBeTruthy();
    expect(within(story).getByText('Cannot be computed: story impressions is 0.')).toBeTruthy();
    expect(story.textContent).not.toMatch(/NaN|Infinity|0\.0%/);
    expect(within(story).getByText('Nothing to compare with')).toBeTruthy();
  });

  it('leave the money out for a client who never paid for a post', async () => {
    renderDashboard('en', () => {
      const d = makeDashboard();
      d.current.totals.sums.spend = null;
      d.previous.totals.sums.spend = null;
      return d;
    });

    await screen.findByRole('listitem', { name: 'Reach' });
    expect(screen.queryByRole('listitem', { name: 'Ad spend' })).toBeNull();
    expect(screen.queryByRole('listitem', { name: 'Cost per click' })).toBeNull();
  });

  it('leave the story completion out for a client who posted no story in either period', async () => {
    renderDashboard('en', () => {
      const d = makeDashboard();
      d.current.totals.sums.storyImpressions = null;
      d.current.totals.pairs.storyCompletion = { num: 0, den: 0, posts: 0, denPosts: 0 };
      return d;
    });

    await screen.findByRole('listitem', { name: 'Reach' });
    expect(screen.queryByRole('listitem', { name: 'Story completion rate' })).toBeNull();
  });
});

describe('the channels', () => {
  it('still show the figures of a client whose channels are all archived', async () => {
    const archived = CHANNELS.map((c) => ({ ...c, archived: true }));
    renderWithApp(<DashboardPage client={{ ...client, channelCount: 0 }} />, {
      handlers: {
        'channels.list': () => ({ ok: true, value: archived }),
        'kpis.dashboard': () => ({ ok: true, value: makeDashboard() }),
      },
    });

    expect(await screen.findByRole('listitem', { name: 'Reach' })).toBeTruthy();
    expect(screen.queryByRole('heading', { name: 'No channels yet' })).toBeNull();
  });

  it('point to the client’s page when there is no channel at all', async () => {
    renderDashboard('en', () => makeDashboard(), []);

    expect(await screen.findByRole('heading', { name: 'No channels yet' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Client details' }).getAttribute('href')).toBe(
      `#/clients/${CLIENT_ID}`,
    );
  });
});

describe('the engagement basis', () => {
  it('switches the rate card to the chosen basis and saves it as the client’s default', async () => {
    const user = userEvent.setup();
    const { fake } = renderDashboard('en', (input) => makeDashboard({ basis: input.basis ?? 'reach' }));
    await screen.findByRole('listitem', { name: 'Engagement rate (by reach)' });
    // Saved for the client, so the grid and the week's summary change too: the label says so.
    const picker = screen.getByRole('combobox', { name: 'Default engagement rate for this client' });
    expect(picker.getAttribute('aria-describedby')).toBeTruthy();
    expect(screen.getByText('Also used by the Numbers screen and This week.')).toBeTruthy();

    await user.selectOptions(picker, 'by impressions');

    const rate = await screen.findByRole('listitem', { name: 'Engagement rate (by impressions)' });
    expect(within(rate).getByText('2.0%')).toBeTruthy();
    expect(screen.queryByRole('listitem', { name: 'Engagement rate (by reach)' })).toBeNull();
    expect(fake.calls.filter((c) => c.method === 'clients.update').map((c) => c.input)).toEqual([
      { id: CLIENT_ID, engagementBasis: 'impressions' },
    ]);
    expect(dashboardCalls(fake.calls).at(-1)).toMatchObject({ basis: 'impressions' });
    expect(screen.getByRole('columnheader', { name: /Engagement rate by impressions/ })).toBeTruthy();
  });
});

describe('the period', () => {
  it('starts on the current month, compared with the whole previous month', async () => {
    const { fake } = renderDashboard('en');

    expect(await screen.findByRole('heading', { name: 'October 2026' })).toBeTruthy();
    expect(screen.getByText('Compared with September 2026')).toBeTruthy();
    expect(dashboardCalls(fake.calls)[0]).toEqual({
      clientId: CLIENT_ID,
      from: '2026-10-01',
      to: '2026-11-01',
      previousFrom: '2026-09-01',
      basis: 'reach',
    });
    // November has not begun: there is nothing to see there yet.
    expect(screen.getByRole<HTMLButtonElement>('button', { name: 'Next period' }).disabled).toBe(true);
  });

  it('steps back a month and switches to quarters compared with the quarter before', async () => {
    const user = userEvent.setup();
    const { fake } = renderDashboard('en');
    await screen.findByRole('heading', { name: 'October 2026' });

    await user.click(screen.getByRole('button', { name: 'Previous period' }));
    expect(await screen.findByRole('heading', { name: 'September 2026' })).toBeTruthy();
    expect(dashboardCalls(fake.calls).at(-1)).toMatchObject({
      from: '2026-09-01',
      previousFrom: '2026-08-01',
    });

    await user.click(screen.getByRole('radio', { name: 'Quarter' }));
    expect(await screen.findByRole('heading', { name: 'Q3 2026' })).toBeTruthy();
    expect(dashboardCalls(fake.calls).at(-1)).toMatchObject({
      from: '2026-07-01',
      to: '2026-10-01',
      previousFrom: '2026-04-01',
    });
  });

  it('takes a typed range and refuses one that ends before it starts, without asking', async () => {
    const user = userEvent.setup();
    const { fake } = renderDashboard('en');
    await screen.findByRole('heading', { name: 'October 2026' });

    await user.click(screen.getByRole('radio', { name: 'Custom' }));
    const to = screen.getByLabelText('To');
    // Written day first, as the app writes dates, whatever the browser's locale.
    expect((screen.getByLabelText('From') as HTMLInputElement).value).toBe('01/10/2026');
    expect((to as HTMLInputElement).value).toBe('31/10/2026');
    const asked = dashboardCalls(fake.calls).length;

    await user.clear(to);
    await user.type(to, '20/09/2026');

    expect(await screen.findByText('The end date must come after the start date.')).toBeTruthy();
    expect(dashboardCalls(fake.calls)).toHaveLength(asked);
  });
});

describe('the charts', () => {
  it('give uPlot one series per channel, the rate on the basis, and the same figures to screen readers', async () => {
    renderDashboard('en');
    await screen.findByRole('listitem', { name: 'Reach' });
    await waitFor(() => expect(plots.length).toBeGreaterThanOrEqual(3));

    const followers = plotTitled('Followers per channel');
    const weeks = [Date.UTC(2026, 8, 28), Date.UTC(2026, 9, 5), Date.UTC(2026, 9, 12)].map((ms) => ms / 1000);
    expect(followers.data).toEqual([weeks, [2500, 2560, 2600], [2500, null, 2600]]);
    expect(followers.opts.series.slice(1).map((s) => s.label)).toEqual([
      'Instagram @atelier.rose',
      'LinkedIn Atelier Rose',
    ]);
    expect(plotTitled('Engagement rate (by reach)').data).toEqual([weeks, [4, 6, null]]);
    expect(plotTitled('Reach').data).toEqual([weeks, [2000, 4000, null]]);
    // No click logged: no axes around nothing, a sentence instead.
    const clicks = screen.getByRole('figure', { name: 'Link clicks' });
    expect(within(clicks).getByText('Nothing logged for this period.')).toBeTruthy();

    const table = screen.getByRole('table', { name: 'Followers per channel' });
    const row = within(table).getByRole('row', { name: /Week of Oct 5, 2026/ });
    expect(
      within(row)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['2,560', 'no value']);
  });

  it('feed a new period to the charts already drawn', async () => {
    const user = userEvent.setup();
    renderDashboard('en', (input) => {
      const d = makeDashboard();
      if (input.from === '2026-09-01')
        d.series = d.series.map((p) => ({
          ...p,
          followers: { ...p.followers, [Object.keys(p.followers)[0] ?? '']: 100 },
        }));
      return d;
    });
    await screen.findByRole('listitem', { name: 'Reach' });
    await waitFor(() => expect(plots.length).toBeGreaterThanOrEqual(3));
    const followers = plotTitled('Followers per channel');

    await user.click(screen.getByRole('button', { name: 'Previous period' }));

    await waitFor(() => expect(followers.setDataCalls).toHaveLength(1));
    expect(followers.data[1]).toEqual([100, 100, 100]);
    expect(plotTitled('Followers per channel')).toBe(followers);
  });
});

describe('the channel table', () => {
  it('sorts by a column from its header, a missing value last', async () => {
    const user = userEvent.setup();
    renderDashboard('en');
    const table = await screen.findByRole('table', { name: 'By channel' });
    const reachOf = () =>
      within(table)
        .getAllByRole('row')
        .slice(1)
        .map((r) => within(r).getAllByRole('cell')[4]?.textContent);
    expect(reachOf()).toHaveLength(2);

    await user.click(within(table).getByRole('button', { name: 'Reach' }));

    expect(reachOf()).toEqual(['5,000', '3,000']);
    // No engagement rate logged for either channel: "—", with the reason read out.
    const first = within(table).getAllByRole('row')[1] as HTMLElement;
    expect(within(first).getAllByText('No reach logged for this period.')).toHaveLength(1);
  });
});

describe('the heat-map', () => {
  it('names each cell with its weekday, hour, rate and posts, and marks empty slots', async () => {
    renderDashboard('en');
    await screen.findByRole('heading', { name: 'When does my audience engage?' });

    expect(screen.getByRole('cell', { name: 'Monday, 18:00: 6.0%, 2 posts' })).toBeTruthy();
    expect(screen.getByRole('cell', { name: 'Friday, 12:00: 2.0%, 1 post' })).toBeTruthy();
    expect(screen.getByRole('cell', { name: 'Monday, 03:00: no post' }).dataset.state).toBe('empty');
    expect(
      screen.getByRole('cell', { name: 'Wednesday, 09:00: 1 post. No reach logged for this period.' }).dataset
        .state,
    ).toBe('none');
    expect(screen.getByText('Best slots: Monday 18:00 (6.0%) · Friday 12:00 (2.0%).')).toBeTruthy();
    const grid = screen.getByRole('table', { name: 'When does my audience engage?' });
    expect(within(grid).getAllByRole('row')).toHaveLength(8);
  });

  it('uses the French weekday names and hours', async () => {
    renderDashboard('fr');
    await screen.findByRole('heading', { name: 'Quand mon audience réagit-elle\u202f?' });

    expect(screen.getByRole('cell', { name: 'lundi, 18 h\u202f: 6,0\u202f%, 2 publications' })).toBeTruthy();
  });
});

describe('a client with nothing logged', () => {
  it('explains where the numbers come from and links to the Numbers screen', async () => {
    renderDashboard('en', () => emptyDashboard());

    expect(await screen.findByRole('heading', { name: 'No numbers for this period yet' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Log numbers' }).getAttribute('href')).toBe(
      `#/clients/${CLIENT_ID}/numbers`,
    );
    expect(screen.queryByRole('listitem', { name: 'Reach' })).toBeNull();
  });

  it('points to the follower counts when only the posts have numbers', async () => {
    renderDashboard('en', () => {
      const d = makeDashboard();
      const none = { end: null, growthStart: null, growthEnd: null };
      return { ...d, current: { ...d.current, audience: none }, previous: { ...d.previous, audience: none } };
    });

    const followers = await screen.findByRole('listitem', { name: 'Followers' });
    expect(within(followers).getByText('No follower count logged for this period.')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Set follower counts' }).getAttribute('href')).toBe(
      `#/clients/${CLIENT_ID}/numbers`,
    );
  });
});
