import { describe, expect, it } from 'vitest';
import type { MetricValues } from '../../shared/domain/metrics.ts';
import type { ObjectiveCreate } from '../../shared/domain/objective.ts';
import { growthBasis, kpiValue } from '../../shared/kpi/catalogue.ts';
import { startTestCore, type TestCore } from '../support/hosts/fixture.ts';
import { seedCalendar } from '../support/seeds/calendar-seed.ts';

/** A bakery that started with Calepin this month: its first follower counts are November's. */
async function newBakery(core: TestCore) {
  const seed = await seedCalendar(core);
  const followers = (on: string, entries: { channelId: string; followers: number }[]) =>
    core.call('followers.save', { clientId: seed.client.id, on, entries });
  const post = async (day: string, values: Partial<MetricValues>) => {
    const p = await seed.create({ date: day, time: '09:00', status: 'published', caption: `Post ${day}` });
    await core.call('metrics.save', {
      on: '2026-11-26',
      cells: Object.entries(values).map(([metric, value]) => ({
        postId: p.id,
        metric: metric as keyof MetricValues,
        value,
      })),
    });
    return p;
  };
  return { ...seed, followers, post };
}

const november = { from: '2026-11-01', to: '2026-12-01' };

/** An awareness objective of the bakery's, to the end of the year unless told otherwise. */
const objective = (core: TestCore, clientId: string, over: Partial<ObjectiveCreate>) =>
  core.call('objectives.create', {
    clientId,
    title: 'Objectif',
    kpi: 'followers',
    baseline: 0,
    target: 10,
    goal: 'awareness',
    why: '',
    startOn: '2026-11-01',
    deadline: '2026-12-31',
    ...over,
  });

// The test clock's today, in Paris: Thursday 26 November 2026.
describe('growth over a first month', () => {
  it('compares the first count inside the period with the last when none precedes it, and says which two', async () => {
    const core = await startTestCore();
    const { client, ig, li, followers } = await newBakery(core);
    await followers('2026-11-01', [{ channelId: ig.id, followers: 2000 }]);
    await followers('2026-11-25', [{ channelId: ig.id, followers: 2150 }]);
    // LinkedIn is counted once only: it has no growth of its own and must not pass for growth.
    await followers('2026-11-20', [{ channelId: li.id, followers: 300 }]);

    const d = await core.call('kpis.dashboard', { clientId: client.id, ...november });
    // (2,150 − 2,000) ÷ 2,000 = 7.5 %, where it used to be "no follower count before the period".
    expect(kpiValue('audienceGrowth', d.current.totals, d.current.audience).value).toBeCloseTo(7.5, 9);
    expect(growthBasis(d.current.audience)).toEqual({
      from: { on: '2026-11-01', followers: 2000 },
      to: { on: '2026-11-25', followers: 2150 },
    });
    expect(d.current.audience.end).toBe(2150 + 300);
    // October had no count at all: still nothing to say.
    expect(kpiValue('audienceGrowth', d.previous.totals, d.previous.audience)).toMatchObject({ value: null });
    expect(growthBasis(d.previous.audience)).toBeNull();
  });

  it('asks for a second count, not for one before the period, when the channel was counted once', async () => {
    const core = await startTestCore();
    const { client, ig, followers } = await newBakery(core);
    await followers('2026-11-01', [{ channelId: ig.id, followers: 2000 }]);
    const d = await core.call('kpis.dashboard', { clientId: client.id, ...november });
    expect(kpiValue('audienceGrowth', d.current.totals, d.current.audience)).toEqual({
      value: null,
      reason: 'noData',
      term: 'followersLater',
    });
    expect(d.current.audience.end).toBe(2000);
  });

  it('keeps comparing with the count before the period when there is one', async () => {
    const core = await startTestCore();
    const { client, ig, followers } = await newBakery(core);
    await followers('2026-10-28', [{ channelId: ig.id, followers: 1900 }]);
    await followers('2026-11-01', [{ channelId: ig.id, followers: 2000 }]);
    await followers('2026-11-25', [{ channelId: ig.id, followers: 2150 }]);
    const d = await core.call('kpis.dashboard', { clientId: client.id, ...november });
    // (2,150 − 1,900) ÷ 1,900
    expect(kpiValue('audienceGrowth', d.current.totals, d.current.audience).value).toBeCloseTo(
      (250 / 1900) * 100,
      9,
    );
    expect(growthBasis(d.current.audience)?.from).toEqual({ on: '2026-10-28', followers: 1900 });
  });

  it('measures a growth objective that starts on the day of the first count', async () => {
    const core = await startTestCore();
    const { client, ig, followers } = await newBakery(core);
    await followers('2026-11-01', [{ channelId: ig.id, followers: 2000 }]);
    await followers('2026-11-25', [{ channelId: ig.id, followers: 2150 }]);
    const growing = await objective(core, client.id, { title: '+10 % d’abonnés', kpi: 'audienceGrowth' });
    expect(growing.current.value).toBeCloseTo(7.5, 9);
    expect(growing.growth).toEqual({
      from: { on: '2026-11-01', followers: 2000 },
      to: { on: '2026-11-25', followers: 2150 },
    });
  });
});

describe('an objective too young for a forecast', () => {
  it('says "too early" rather than "on track" when created today at its current value, and from when it will know', async () => {
    const core = await startTestCore();
    const { client, ig, followers } = await newBakery(core);
    await followers('2026-11-20', [{ channelId: ig.id, followers: 2150 }]);
    const young = await objective(core, client.id, {
      title: '2 500 abonnés',
      baseline: 2150,
      target: 2500,
      startOn: '2026-11-26',
      deadline: '2027-03-31',
    });
    expect(young.progress).toMatchObject({ percent: 0, forecast: null, status: 'tooEarly' });
    // Weekly readings: the second after the start comes at the end of its first week.
    expect(young.knownFrom).toBe('2026-12-03');
  });
});

describe('ranked posts', () => {
  it('lists a few posts once each, best first, with no bottom list to contradict it', async () => {
    const core = await startTestCore();
    const { client, post } = await newBakery(core);
    // Engagement rates by reach: 10 %, 5 %, 20 %, 2 %.
    await post('2026-11-03', { reach: 1000, reactions: 100 });
    await post('2026-11-05', { reach: 1000, reactions: 50 });
    await post('2026-11-10', { reach: 1000, reactions: 200 });
    await post('2026-11-12', { reach: 1000, reactions: 20 });
    const d = await core.call('kpis.dashboard', { clientId: client.id, ...november, basis: 'reach' });
    expect(d.top.map((p) => p.rate)).toEqual([20, 10, 5, 2]);
    expect(d.bottom).toEqual([]);
  });

  it('splits eleven posts into five best and five worst, none in both', async () => {
    const core = await startTestCore();
    const { client, post } = await newBakery(core);
    for (let i = 1; i <= 11; i += 1)
      await post(`2026-11-${String(i + 1).padStart(2, '0')}`, { reach: 1000, reactions: i * 10 });
    const d = await core.call('kpis.dashboard', { clientId: client.id, ...november, basis: 'reach' });
    const rates = (list: typeof d.top) => list.map((p) => Math.round(p.rate * 1000) / 1000);
    expect(rates(d.top)).toEqual([11, 10, 9, 8, 7]);
    expect(rates(d.bottom)).toEqual([1, 2, 3, 4, 5]);
  });
});
