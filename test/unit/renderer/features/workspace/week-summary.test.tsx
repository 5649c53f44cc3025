// @vitest-environment jsdom
import { cleanup, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { WeekSummary } from '../../../../../renderer/features/workspace/WeekSummary.tsx';
import type { Language } from '../../../../../shared/domain/prefs.ts';
import { makeClient } from '../../support/fake-bridge.ts';
import { renderWithApp } from '../../support/render-app.tsx';
import { CLIENT_ID, makeDashboard } from '../kpis/dashboard-fixture.ts';

const client = makeClient({ id: CLIENT_ID, channelCount: 2 });
const current = { from: '2026-11-23', to: '2026-11-30', previousFrom: '2026-11-16' };
const earlier = { from: '2026-11-16', to: '2026-11-23', previousFrom: '2026-11-09' };

beforeEach(() => {
  // Wednesday 25 November 2026.
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date('2026-11-25T10:00:00Z'));
});
afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

function renderSummary(
  week: typeof current,
  language: Language = 'en',
  onFold = () => {},
  dashboard = makeDashboard(),
) {
  return renderWithApp(<WeekSummary client={client} week={week} onFold={onFold} />, {
    language,
    handlers: { 'kpis.dashboard': () => ({ ok: true, value: dashboard }) },
  });
}

const row = (name: string) =>
  [...(screen.getByRole('rowheader', { name }).closest('tr')?.querySelectorAll('td') ?? [])].map((td) =>
    td.textContent?.replace(/\s+/g, ' '),
  );

const headers = () => screen.getAllByRole('columnheader').map((h) => h.textContent);

describe('the week’s figures beside the calendar', () => {
  it('compare this week with last week when the calendar shows the current week', async () => {
    const { fake } = renderSummary(current);

    expect(await screen.findByRole('heading', { name: 'This week and last week' })).toBeTruthy();
    await screen.findByRole('table');
    expect(headers()).toEqual(['Indicator', 'This week', 'Last week', 'Change']);
    expect(fake.calls.find((c) => c.method === 'kpis.dashboard')?.input).toEqual({
      clientId: CLIENT_ID,
      ...current,
    });
  });

  it('name another week and the one before it by their dates', async () => {
    renderSummary(earlier);

    expect(await screen.findByRole('heading', { name: '16–22 Nov and the week before' })).toBeTruthy();
    await screen.findByRole('table');
    expect(headers()).toEqual(['Indicator', '16–22 Nov', '9–15 Nov', 'Change']);
  });

  it('write the dates the French way, across two months', async () => {
    renderSummary({ from: '2026-11-30', to: '2026-12-07', previousFrom: '2026-11-23' }, 'fr');

    expect(
      await screen.findByRole('heading', { name: '30 nov. – 6 déc. et la semaine précédente' }),
    ).toBeTruthy();
    await screen.findByRole('table');
    expect(headers()).toEqual(['Indicateur', '30 nov. – 6 déc.', '23–29 nov.', 'Évolution']);
  });

  it('put the figures that matter first, and fold to a strip from their button', async () => {
    const onFold = vi.fn();
    renderSummary(current, 'en', onFold);

    await screen.findByRole('table');
    expect(screen.getAllByRole('rowheader').map((h) => h.textContent)).toEqual([
      'Published posts',
      'Reach',
      'Engagement rate (by reach)',
      'Audience growth',
      'Followers',
      'Engagements',
      'Link clicks',
      'Share of voice',
      'Sentiment score',
    ]);
    // 11 of 20 mentions now, 5 of 15 before; 6 positive against 2 negative, 3 against 1 before.
    expect(row('Share of voice')).toEqual(['55.0%', '33.3%', '+21.7 pt (better)']);
    expect(row('Sentiment score')).toEqual(['75.0%', '75.0%', '±0 pt']);
    const fold = screen.getByRole('button', { name: 'Fold the figures and notes to a strip' });
    expect(fold.getAttribute('aria-expanded')).toBe('true');
    fold.click();
    expect(onFold).toHaveBeenCalledTimes(1);
  });

  it('leave share of voice out for a client who keeps no listening journal', async () => {
    const quiet = makeDashboard();
    const none = { brand: { positive: 0, neutral: 0, negative: 0 }, competitors: {} };
    quiet.listening = {
      competitors: [],
      current: { ...quiet.listening.current, all: none, byNetwork: {} },
      previous: { ...quiet.listening.previous, all: none, byNetwork: {} },
      series: [],
    };
    renderSummary(current, 'en', () => {}, quiet);

    await screen.findByRole('table');
    expect(screen.queryByRole('rowheader', { name: 'Share of voice' })).toBeNull();
    expect(screen.getAllByRole('rowheader')).toHaveLength(7);
  });
});
