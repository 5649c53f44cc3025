// @vitest-environment jsdom
import { act, cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ObjectivesPage } from '../../../../../renderer/features/kpis/ObjectivesPage.tsx';
import type { Input } from '../../../../../shared/contract.ts';
import type { ObjectiveWithProgress } from '../../../../../shared/domain/objective-progress.ts';
import type { Language } from '../../../../../shared/domain/prefs.ts';
import type { Envelope } from '../../../../../shared/errors.ts';
import { type FakeHandlers, makeClient } from '../../support/fake-bridge.ts';
import { renderWithApp } from '../../support/render-app.tsx';
import { CHANNELS, CLIENT_ID, INSTAGRAM, makeDashboard } from './dashboard-fixture.ts';
import { objective } from './objective-fixture.ts';

const client = makeClient({ id: CLIENT_ID, channelCount: 2 });
const channels = CHANNELS;

const achieved = objective({
  id: '0190a000-0000-7000-8000-0000000000c2',
  channelId: null,
  title: 'More visits to the shop',
  kpi: 'clickThroughRate',
  baseline: 0.5,
  target: 0.75,
  goal: 'traffic',
  why: '',
  deadline: '2026-12-31',
  current: { value: 0.83 },
  measure: 'recent',
  progress: { percent: 132, forecast: 0.9, status: 'achieved', knownFromDay: null },
});

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date('2026-10-15T10:00:00Z'));
});
afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

const ok = <T,>(value: T): Envelope<T> => ({ ok: true, value });

function renderObjectives(
  list: ObjectiveWithProgress[],
  language: Language = 'en',
  handlers: FakeHandlers = {},
) {
  return renderWithApp(<ObjectivesPage client={client} />, {
    language,
    handlers: {
      'objectives.list': () => ok(list),
      'channels.list': () => ok(channels),
      'kpis.dashboard': () => ok(makeDashboard()),
      'objectives.create': (input) =>
        ok(objective({ ...input, channelId: input.channelId ?? null, why: input.why ?? '' })),
      'objectives.update': (input) => ok(objective(input)),
      ...handlers,
    },
  });
}

const created = (calls: { method: string; input: unknown }[]) =>
  calls.filter((c) => c.method === 'objectives.create').map((c) => c.input as Input<'objectives.create'>);

describe('the objectives list', () => {
  it('shows baseline → now → target, the progress, the status and where the trend lands', async () => {
    renderObjectives([objective(), achieved]);

    const card = await screen.findByRole('listitem', { name: 'Grow the Instagram community' });
    expect(within(card).getByText('On track')).toBeTruthy();
    expect(within(card).getByText('Followers · Instagram @atelier.rose · Awareness')).toBeTruthy();
    expect(within(card).getByText('1,000')).toBeTruthy();
    expect(within(card).getByText('1,250')).toBeTruthy();
    expect(within(card).getByText('1,500')).toBeTruthy();
    const bar = within(card).getByRole('progressbar', { name: 'Progress' });
    expect(bar.getAttribute('aria-valuenow')).toBe('50');
    expect(within(card).getByText('50% of the way')).toBeTruthy();
    expect(within(card).getByText('Deadline: 31 March 2027')).toBeTruthy();
    expect(within(card).getByText('167 days left')).toBeTruthy();
    expect(within(card).getByText('At this pace: 1,480 by 31 March 2027')).toBeTruthy();
    expect(
      within(card).getByRole('img', { name: 'Weekly values: from 1,100 on 7 Oct to 1,250 on 14 Oct' }),
    ).toBeTruthy();
  });

  it('fills the bar at most, but says the true share of the way', async () => {
    renderObjectives([achieved]);

    const card = await screen.findByRole('listitem', { name: 'More visits to the shop' });
    expect(within(card).getByText('Achieved')).toBeTruthy();
    expect(within(card).getByRole('progressbar').getAttribute('aria-valuenow')).toBe('100');
    expect(within(card).getByText('132% of the way')).toBeTruthy();
    expect(within(card).getByText('(last 28 days)')).toBeTruthy();
    expect(within(card).getByText('0.50%')).toBeTruthy();
    expect(within(card).getByText('0.83%')).toBeTruthy();
    expect(within(card).getByText('0.75%')).toBeTruthy();
    expect(within(card).queryByText(/At this pace/)).toBeNull();
  });

  it('speaks French', async () => {
    renderObjectives([objective()], 'fr');

    const card = await screen.findByRole('listitem', { name: 'Grow the Instagram community' });
    expect(within(card).getByText('En bonne voie')).toBeTruthy();
    expect(card.textContent).toContain('À ce rythme\u202f: 1\u202f480 le 31 mars 2027');
    expect(card.textContent).toContain('50\u202f% du chemin');
  });

  it('counts the days left from the new day once midnight passes, the page still open', async () => {
    vi.useRealTimers();
    vi.useFakeTimers({ toFake: ['Date', 'setTimeout', 'clearTimeout'], shouldAdvanceTime: true });
    vi.setSystemTime(new Date('2026-10-15T23:59:30Z'));
    renderObjectives([objective()]);
    const card = await screen.findByRole('listitem', { name: 'Grow the Instagram community' });
    expect(within(card).getByText('167 days left')).toBeTruthy();

    act(() => vi.advanceTimersByTime(60_000));
    expect(await within(card).findByText('166 days left')).toBeTruthy();
  });

  it('explains SMART when there is none yet', async () => {
    renderObjectives([]);

    expect(await screen.findByRole('heading', { name: 'No objectives yet' })).toBeTruthy();
    expect(screen.getByText(/Specific .* Measurable .* Achievable .* Relevant .* Time-bound/)).toBeTruthy();
    expect(screen.getByRole('button', { name: 'New objective' })).toBeTruthy();
  });

  it('moves a deleted objective to the trash, and Undo brings it back', async () => {
    const user = userEvent.setup();
    let trashed = false;
    const item = {
      type: 'objective' as const,
      id: objective().id,
      label: objective().title,
      network: null,
      clientName: client.name,
      deletedAt: '2026-10-15T10:00:00.000Z',
    };
    const { fake } = renderObjectives([], 'en', {
      'objectives.list': () => ok(trashed ? [] : [objective()]),
      'objectives.delete': () => {
        trashed = true;
        return ok(item);
      },
      'trash.restoreMany': () => {
        trashed = false;
        return ok([item]);
      },
    });

    await user.click(await screen.findByRole('button', { name: 'Delete Grow the Instagram community' }));
    expect(
      await screen.findByText('Objective “Grow the Instagram community” moved to the trash'),
    ).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Undo' }));

    expect(await screen.findByRole('listitem', { name: 'Grow the Instagram community' })).toBeTruthy();
    expect(fake.calls.filter((c) => c.method === 'trash.restoreMany').map((c) => c.input)).toEqual([
      { refs: [{ type: 'objective', id: item.id }] },
    ]);
  });
});

describe('the objective form', () => {
  it.each([
    ['en', /^Prefilled with the count of 15 Oct 2026: 5,200\./],
    ['fr', /^Prérempli avec le relevé du 15 oct\. 2026\s: 5\s200\./],
  ] as const)(
    'says a follower baseline is a count on a day, not “the last 28 days” (%s)',
    async (language, hint) => {
      const user = userEvent.setup();
      const dashboard = makeDashboard();
      const counted = {
        ...dashboard.current,
        audience: { ...dashboard.current.audience, growthTo: '2026-10-15' },
      };
      renderObjectives([], language, { 'kpis.dashboard': () => ok({ ...dashboard, current: counted }) });
      await user.click(
        await screen.findByRole('button', { name: language === 'en' ? 'New objective' : 'Nouvel objectif' }),
      );
      expect(await screen.findByText(hint)).toBeTruthy();
      expect(screen.queryByText(/28/)).toBeNull();
    },
  );

  it('prefills the baseline with the last 28 days and refuses a deadline before the start before sending', async () => {
    const user = userEvent.setup();
    const { fake } = renderObjectives([]);
    await user.click(await screen.findByRole('button', { name: 'New objective' }));

    const baseline = await screen.findByRole('textbox', { name: 'Baseline' });
    expect((baseline as HTMLInputElement).value).toBe('5200');
    expect(screen.getByText(/Prefilled with the last 28 days: 5,200\./)).toBeTruthy();
    expect(fake.calls.find((c) => c.method === 'kpis.dashboard')?.input).toEqual({
      clientId: CLIENT_ID,
      from: '2026-09-18',
      to: '2026-10-16',
    });

    await user.type(screen.getByRole('textbox', { name: 'Objective' }), 'Grow the audience');
    await user.type(screen.getByRole('textbox', { name: 'Target' }), '6000');
    const deadline = screen.getByLabelText('Deadline');
    await user.clear(deadline);
    await user.type(deadline, '2026-10-01');

    // Said as soon as both dates are there, not after a round trip.
    expect(await screen.findByText('The deadline must come after the start.')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Create objective' }));
    expect(created(fake.calls)).toEqual([]);
    expect(document.activeElement).toBe(deadline);
  });

  it('says how each KPI is measured, and starts a KPI counted from the start date at 0', async () => {
    const user = userEvent.setup();
    renderObjectives([]);
    await user.click(await screen.findByRole('button', { name: 'New objective' }));
    const baseline = (await screen.findByRole('textbox', { name: 'Baseline' })) as HTMLInputElement;
    const kpi = screen.getByRole('combobox', { name: 'KPI' });
    expect(kpi.getAttribute('aria-describedby')).toBeTruthy();
    expect(screen.getByText('Measured as today’s level.')).toBeTruthy();

    // Reach since the start adds up from nothing: 8,000 over the last 28 days is no baseline for it.
    await user.selectOptions(kpi, 'Reach');
    expect(baseline.value).toBe('0');
    expect(screen.getByText('Counted from the start date: only what happens after it adds up.')).toBeTruthy();
    expect(screen.getByText(/^Prefilled with 0: nothing before the start date counts\./)).toBeTruthy();

    await user.selectOptions(kpi, 'Ad spend');
    expect(baseline.value).toBe('0');
    expect(screen.getByText(/^Prefilled with €0\.00: nothing before the start date counts\./)).toBeTruthy();

    // A rate is read over the last four weeks: 5.0 % by reach.
    await user.selectOptions(kpi, 'Engagement rate (by reach)');
    expect(baseline.value).toBe('5');
    expect(screen.getByText('Measured over the last 4 weeks.')).toBeTruthy();
    expect(screen.getByText(/^Prefilled with the last 28 days: 5\.0%\./)).toBeTruthy();
  });

  it('says which number cannot be read, in the KPI’s unit, and sends nothing', async () => {
    const user = userEvent.setup();
    const { fake } = renderObjectives([]);
    await user.click(await screen.findByRole('button', { name: 'New objective' }));
    await screen.findByRole('textbox', { name: 'Baseline' });

    await user.type(screen.getByRole('textbox', { name: 'Objective' }), 'Grow the audience');
    await user.type(screen.getByRole('textbox', { name: 'Target' }), 'lots');
    await user.click(screen.getByRole('button', { name: 'Create objective' }));

    expect(await screen.findByText('Type a number, such as 1,500.')).toBeTruthy();
    expect(created(fake.calls)).toEqual([]);
  });

  it('reads a percentage typed the French way for one channel and creates the objective', async () => {
    const user = userEvent.setup();
    const { fake } = renderObjectives([], 'fr');
    await user.click(await screen.findByRole('button', { name: 'Nouvel objectif' }));
    await screen.findByRole('textbox', { name: 'Point de départ' });

    await user.type(screen.getByRole('textbox', { name: 'Objectif' }), 'Plus d’engagement sur Instagram');
    await user.selectOptions(
      screen.getByRole('combobox', { name: 'KPI' }),
      'Taux d’engagement (sur la portée)',
    );
    // The whole client's rate over 28 days is 5,0 %: the baseline follows the KPI.
    expect((screen.getByRole('textbox', { name: 'Point de départ' }) as HTMLInputElement).value).toBe('5');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Mesuré sur' }), 'Instagram @atelier.rose');
    const baseline = screen.getByRole('textbox', { name: 'Point de départ' }) as HTMLInputElement;
    // Nothing logged on that channel: no suggestion, the user types it.
    expect(baseline.value).toBe('');
    await user.type(baseline, '4,5');
    await user.type(screen.getByRole('textbox', { name: 'Cible' }), '6,25 %');
    await user.selectOptions(screen.getByRole('combobox', { name: 'But' }), 'Engagement');
    await user.click(screen.getByRole('button', { name: 'Créer l’objectif' }));

    await vi.waitFor(() => expect(created(fake.calls)).toHaveLength(1));
    expect(created(fake.calls)[0]).toEqual({
      clientId: CLIENT_ID,
      title: 'Plus d’engagement sur Instagram',
      kpi: 'engagementRateReach',
      channelId: INSTAGRAM,
      baseline: 4.5,
      target: 6.25,
      goal: 'engagement',
      why: '',
      startOn: '2026-10-15',
      deadline: '2027-01-13',
    });
    await vi.waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
  });

  it('shows what the server refused under its field', async () => {
    const user = userEvent.setup();
    renderObjectives([], 'en', {
      'objectives.create': () => ({
        ok: false,
        error: { code: 'invalid_input', message: 'bad', issues: [{ path: ['title'], code: 'required' }] },
      }),
    });
    await user.click(await screen.findByRole('button', { name: 'New objective' }));
    await screen.findByRole('textbox', { name: 'Baseline' });
    await user.type(screen.getByRole('textbox', { name: 'Target' }), '6000');

    await user.click(screen.getByRole('button', { name: 'Create objective' }));

    expect(await screen.findByText('The objective could not be saved: check the fields below.')).toBeTruthy();
    const title = screen.getByRole('textbox', { name: 'Objective' });
    expect(title.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText('Required.')).toBeTruthy();
    expect(document.activeElement).toBe(title);
  });

  it('edits an objective with its numbers written in the UI language, money in the client’s currency', async () => {
    const user = userEvent.setup();
    const cpc = objective({ kpi: 'costPerClick', baseline: 45, target: 30, channelId: null, why: '' });
    const { fake } = renderObjectives([cpc], 'fr');

    await user.click(await screen.findByRole('button', { name: 'Modifier Grow the Instagram community' }));
    const baseline = (await screen.findByRole('textbox', { name: 'Point de départ' })) as HTMLInputElement;
    expect(baseline.value).toBe('0,45');
    expect(screen.getAllByText(/Un montant en EUR, par exemple 0,35\./)).toHaveLength(2);
    const target = screen.getByRole('textbox', { name: 'Cible' });
    await user.clear(target);
    await user.type(target, '0,25 €');
    await user.click(screen.getByRole('button', { name: 'Enregistrer' }));

    await vi.waitFor(() => expect(fake.calls.some((c) => c.method === 'objectives.update')).toBe(true));
    expect(fake.calls.find((c) => c.method === 'objectives.update')?.input).toMatchObject({
      id: cpc.id,
      kpi: 'costPerClick',
      baseline: 45,
      target: 25,
      channelId: null,
    });
  });
});
