import { describe, expect, it } from 'vitest';
import type { Metric } from '../../shared/domain/metrics.ts';
import type { ObjectiveCreate } from '../../shared/domain/objective.ts';
import type { PostCreate } from '../../shared/domain/post.ts';
import { CLOCK_START } from '../support/hosts/clock.ts';
import { NOT_FOUND } from '../support/hosts/envelopes.ts';
import { startTestCore, type TestCore } from '../support/hosts/fixture.ts';
import { seedCalendar } from '../support/seeds/calendar-seed.ts';
import { postInput } from '../support/seeds/inputs.ts';

/** The test clock's today, in Paris: Thursday 26 November 2026. */
const TODAY = '2026-11-26';

const bakery = (core: TestCore) =>
  seedCalendar(core, {
    channels: { ig: {}, fb: { network: 'facebook', handle: 'Boulangerie Martin', url: '' } },
  });

const objectiveInput = (clientId: string, over: Partial<ObjectiveCreate> = {}): ObjectiveCreate => ({
  clientId,
  title: 'Passer à 1 500 abonnés',
  kpi: 'followers',
  baseline: 1000,
  target: 1500,
  goal: 'awareness',
  why: 'Remplir la boutique les matins de semaine.',
  startOn: '2026-11-01',
  deadline: '2026-12-31',
  ...over,
});

/**
 * Four Sundays of follower counts (the day before the start, then weekly), and published posts from
 * October to today with their numbers read today. Engagements = reactions + comments + shares + saves.
 *
 * | post | channel | day   | reach | engagements                     |
 * |------|---------|-------|-------|---------------------------------|
 * | p0   | ig      | 10-20 | 1000  | 200                             |
 * | p1   | ig      | 11-05 | 5000  | 150 + 30 + 10 + 10 = 200        |
 * | p2   | ig      | 11-10 | 1200  | 60 + 12 = 72                    |
 * | p3   | fb      | 11-12 | 800   | 20 + 4 + 4 = 28                 |
 * | p4   | ig      | 11-18 | 600   | none (a story: replies only)    |
 * | p5   | ig      | 11-24 | —     | 9 (no reach logged)             |
 *
 * plus a draft and the neighbour's post, which count nowhere.
 */
async function loggedAutumn(core: TestCore) {
  const seed = await bakery(core);
  const { client, ig, fb, create, createOther } = seed;
  const counts = [
    ['2026-10-31', 900, 100],
    ['2026-11-08', 950, 110],
    ['2026-11-15', 1000, 120],
    ['2026-11-22', 1080, 140],
  ] as const;
  for (const [on, instagram, facebook] of counts)
    await core.call('followers.save', {
      clientId: client.id,
      on,
      entries: [
        { channelId: ig.id, followers: instagram },
        { channelId: fb.id, followers: facebook },
      ],
    });
  const post = (channelId: string, date: string, over: Partial<PostCreate> = {}) =>
    core.call('posts.create', postInput(client.id, channelId, { date, status: 'published', ...over }));
  const log = (postId: string, numbers: Partial<Record<Metric, number>>) =>
    core.call('metrics.save', {
      on: TODAY,
      cells: Object.entries(numbers).map(([metric, value]) => ({ postId, metric: metric as Metric, value })),
    });
  await log((await post(ig.id, '2026-10-20')).id, { reach: 1000, reactions: 200 });
  await log((await post(ig.id, '2026-11-05')).id, {
    reach: 5000,
    reactions: 150,
    comments: 30,
    shares: 10,
    saves: 10,
  });
  await log((await post(ig.id, '2026-11-10')).id, { reach: 1200, reactions: 60, comments: 12 });
  await log((await post(fb.id, '2026-11-12')).id, { reach: 800, reactions: 20, shares: 4, saves: 4 });
  await log((await post(ig.id, '2026-11-18', { format: 'story' })).id, { reach: 600, storyReplies: 5 });
  await log((await post(ig.id, '2026-11-24')).id, { comments: 9 });
  await create({ date: '2026-11-19', caption: 'Brouillon' });
  const neighbour = await createOther({ date: '2026-11-12', status: 'published' });
  await log(neighbour.id, { reach: 9999, reactions: 999 });
  return seed;
}

describe('objectives: create, update, list, trash', () => {
  it('keeps the five SMART parts of an objective', async () => {
    const core = await startTestCore();
    const { client, fb } = await bakery(core);
    const created = await core.call('objectives.create', objectiveInput(client.id, { channelId: fb.id }));
    expect(created).toMatchObject({
      id: expect.any(String),
      clientId: client.id,
      channelId: fb.id,
      title: 'Passer à 1 500 abonnés',
      kpi: 'followers',
      baseline: 1000,
      target: 1500,
      goal: 'awareness',
      why: 'Remplir la boutique les matins de semaine.',
      startOn: '2026-11-01',
      deadline: '2026-12-31',
      measure: 'level',
      createdAt: CLOCK_START,
      updatedAt: CLOCK_START,
      deletedAt: null,
    });
    expect(await core.call('objectives.list', { clientId: client.id })).toEqual([created]);
    // For the whole client by default, with nothing to say why.
    const minimal = await core.call('objectives.create', {
      clientId: client.id,
      title: 'Plus de clics',
      kpi: 'linkClicks',
      baseline: 0,
      target: 300,
      goal: 'traffic',
      startOn: '2026-11-01',
      deadline: '2026-11-30',
    });
    expect(minimal).toMatchObject({ channelId: null, why: '', measure: 'sinceStart' });
  });

  it("lists a client's objectives by deadline, then title, and never another client's", async () => {
    const core = await startTestCore();
    const { client, other } = await bakery(core);
    const create = (clientId: string, title: string, deadline: string) =>
      core.call('objectives.create', objectiveInput(clientId, { title, deadline }));
    await create(client.id, 'Zéro commentaire sans réponse', '2026-12-31');
    await create(client.id, 'abonnés LinkedIn', '2026-12-31');
    await create(client.id, 'Noël', '2026-12-24');
    await create(other.id, 'Fromages', '2026-12-01');
    const titles = (await core.call('objectives.list', { clientId: client.id })).map((o) => o.title);
    expect(titles).toEqual(['Noël', 'abonnés LinkedIn', 'Zéro commentaire sans réponse']);
  });

  it('updates the fields given, checking the dates and values against the stored ones', async () => {
    const core = await startTestCore();
    const { client, ig } = await bakery(core);
    const created = await core.call('objectives.create', objectiveInput(client.id));
    core.clock.advance(60_000);
    const updated = await core.call('objectives.update', {
      id: created.id,
      channelId: ig.id,
      kpi: 'engagementRateReach',
      baseline: 3.5,
      target: 5,
      goal: 'engagement',
      deadline: '2027-03-31',
    });
    expect(updated).toMatchObject({
      title: created.title,
      why: created.why,
      startOn: '2026-11-01',
      channelId: ig.id,
      kpi: 'engagementRateReach',
      baseline: 3.5,
      target: 5,
      goal: 'engagement',
      deadline: '2027-03-31',
      measure: 'recent',
      updatedAt: '2026-11-26T09:01:00.000Z',
    });
    // A start moved past the stored deadline is refused, and nothing changes.
    expect(await core.dispatch('objectives.update', { id: created.id, startOn: '2027-04-01' })).toMatchObject(
      {
        ok: false,
        error: { code: 'invalid_input', issues: [{ path: ['deadline'], code: 'deadlineBeforeStart' }] },
      },
    );
    // Both dates moved together are checked together.
    const moved = await core.call('objectives.update', {
      id: created.id,
      startOn: '2027-04-01',
      deadline: '2027-06-30',
      channelId: null,
    });
    expect(moved).toMatchObject({ startOn: '2027-04-01', deadline: '2027-06-30', channelId: null });
    expect(await core.call('objectives.list', { clientId: client.id })).toEqual([moved]);
  });

  it('moves an objective to the trash and back', async () => {
    const core = await startTestCore();
    const { client } = await bakery(core);
    const objective = await core.call('objectives.create', objectiveInput(client.id));
    core.clock.advance(1000);
    const item = await core.call('objectives.delete', { id: objective.id });
    expect(item).toEqual({
      type: 'objective',
      id: objective.id,
      label: 'Passer à 1 500 abonnés',
      network: null,
      clientName: client.name,
      deletedAt: '2026-11-26T09:00:01.000Z',
    });
    expect(await core.call('trash.list', undefined)).toEqual([item]);
    expect(await core.call('objectives.list', { clientId: client.id })).toEqual([]);
    expect(await core.dispatch('objectives.update', { id: objective.id, title: 'x' })).toMatchObject(
      NOT_FOUND,
    );

    await core.call('trash.restore', { type: 'objective', id: objective.id });
    const [back] = await core.call('objectives.list', { clientId: client.id });
    expect(back).toMatchObject({ id: objective.id, title: objective.title, deletedAt: null });
  });

  it('hides an objective of a channel in the trash, and shows it again when the channel is restored', async () => {
    const core = await startTestCore();
    const { client, fb } = await bakery(core);
    const whole = await core.call(
      'objectives.create',
      objectiveInput(client.id, { title: 'Tout le client' }),
    );
    const facebook = await core.call('objectives.create', objectiveInput(client.id, { channelId: fb.id }));
    await core.call('channels.delete', { id: fb.id });
    expect((await core.call('objectives.list', { clientId: client.id })).map((o) => o.id)).toEqual([
      whole.id,
    ]);
    // Hidden with its channel: it cannot be trashed on its own, nor show in the trash apart from it.
    expect((await core.dispatch('objectives.delete', { id: facebook.id })).ok).toBe(false);
    expect((await core.call('trash.list', undefined)).map((i) => i.type)).toEqual(['channel']);
    await core.call('trash.restore', { type: 'channel', id: fb.id });
    const ids = (await core.call('objectives.list', { clientId: client.id })).map((o) => o.id);
    expect(ids.sort()).toEqual([whole.id, facebook.id].sort());
  });
});

describe('objectives: progress from the logged numbers', () => {
  it('reads a followers objective as the level today, with a weekly series and its trend', async () => {
    const core = await startTestCore();
    const { client } = await loggedAutumn(core);
    const objective = await core.call('objectives.create', objectiveInput(client.id));
    // Today, 26 November: the latest counts are Sunday 22's, 1080 + 140 = 1220.
    expect(objective.current).toEqual({ value: 1220 });
    expect(objective.measure).toBe('level');
    // Each week's end from the start (1 November), then today.
    expect(objective.series).toEqual([
      { date: '2026-11-07', value: 900 + 100 },
      { date: '2026-11-14', value: 950 + 110 },
      { date: '2026-11-21', value: 1000 + 120 },
      { date: '2026-11-26', value: 1220 },
    ]);
    // (1220 − 1000) ÷ (1500 − 1000) = 44 %.
    expect(objective.progress.percent).toBeCloseTo(44, 9);
    // Days from the start 6, 13, 20, 25 (means 16 and 1100): slope = 2280 ÷ 206, so on the
    // deadline (day 60) the trend reads 1100 + 44 × 2280 ÷ 206 ≈ 1587, past the target of 1500.
    expect(objective.progress.forecast).toBeCloseTo(1100 + (44 * 2280) / 206, 6);
    expect(objective.progress.status).toBe('onTrack');
  });

  it('reads a reach objective as the total since its start', async () => {
    const core = await startTestCore();
    const { client } = await loggedAutumn(core);
    const objective = await core.call(
      'objectives.create',
      objectiveInput(client.id, {
        title: '10 000 personnes touchées',
        kpi: 'reach',
        baseline: 0,
        target: 10_000,
        startOn: '2026-11-09',
        deadline: '2026-12-06',
      }),
    );
    // Since 9 November: p2 1200 + p3 800 + p4 600 = 2600 (p1 is before the start, p5 has no reach).
    expect(objective.current).toEqual({ value: 2600 });
    expect(objective.measure).toBe('sinceStart');
    expect(objective.series).toEqual([
      { date: '2026-11-15', value: 2000 },
      { date: '2026-11-22', value: 2600 },
      { date: '2026-11-26', value: 2600 },
    ]);
    // 2600 ÷ 10,000 = 26 %.
    expect(objective.progress.percent).toBeCloseTo(26, 9);
    // Days 6, 13, 17 (means 12 and 2400): slope 3600 ÷ 62; at day 27 the trend reads
    // 2400 + 15 × 3600 ÷ 62 ≈ 3271, far from 10,000.
    expect(objective.progress.forecast).toBeCloseTo(2400 + (15 * 3600) / 62, 6);
    expect(objective.progress.status).toBe('offTrack');
  });

  it('reads an engagement rate objective over the last 28 days', async () => {
    const core = await startTestCore();
    const { client } = await loggedAutumn(core);
    const objective = await core.call(
      'objectives.create',
      objectiveInput(client.id, {
        title: 'Taux d’engagement à 8 %',
        kpi: 'engagementRateReach',
        baseline: 5,
        target: 8,
        goal: 'engagement',
        startOn: '2026-10-01',
        deadline: '2026-12-31',
      }),
    );
    // From 30 October to today: p1, p2 and p3 (p4 has no engagement logged, p5 no reach, p0 is older):
    // (200 + 72 + 28) ÷ (5000 + 1200 + 800) = 300 ÷ 7000 ≈ 4.29 %.
    expect(objective.current.value).toBeCloseTo((300 / 7000) * 100, 9);
    expect(objective.measure).toBe('recent');
    // Each point looks 28 days back (never before the start); weeks with no post logged have no point.
    const series = objective.series.map((p) => [p.date, Number(p.value.toFixed(4))]);
    expect(series).toEqual([
      ['2026-10-21', 20], // p0 alone: 200 ÷ 1000
      ['2026-10-28', 20],
      ['2026-11-04', 20],
      ['2026-11-11', Number(((472 / 7200) * 100).toFixed(4))], // p0, p1, p2
      ['2026-11-18', Number(((300 / 7000) * 100).toFixed(4))], // p1, p2, p3
      ['2026-11-25', Number(((300 / 7000) * 100).toFixed(4))],
      ['2026-11-26', Number(((300 / 7000) * 100).toFixed(4))],
    ]);
    // (4.2857 − 5) ÷ (8 − 5) ≈ −23.8 %: below the baseline, and falling.
    expect(objective.progress.percent).toBeCloseTo((((300 / 7000) * 100 - 5) / 3) * 100, 9);
    expect(objective.progress.forecast).toBeLessThan(8);
    expect(objective.progress.status).toBe('offTrack');
  });

  it('counts only its own channel for a channel objective', async () => {
    const core = await startTestCore();
    const { client, fb } = await loggedAutumn(core);
    const followers = await core.call(
      'objectives.create',
      objectiveInput(client.id, { channelId: fb.id, title: '200 fans Facebook', baseline: 100, target: 200 }),
    );
    // Facebook alone: 140 on 22 November; (140 − 100) ÷ (200 − 100) = 40 %.
    expect(followers.current).toEqual({ value: 140 });
    expect(followers.series.map((p) => p.value)).toEqual([100, 110, 120, 140]);
    expect(followers.progress.percent).toBeCloseTo(40, 9);
    // Days 6, 13, 20, 25 (means 16 and 117.5): slope 410 ÷ 206; at day 60, 117.5 + 44 × 410 ÷ 206 ≈ 205.
    expect(followers.progress.forecast).toBeCloseTo(117.5 + (44 * 410) / 206, 6);
    expect(followers.progress.status).toBe('onTrack');

    const reach = await core.call(
      'objectives.create',
      objectiveInput(client.id, {
        channelId: fb.id,
        title: 'Portée Facebook',
        kpi: 'reach',
        baseline: 0,
        target: 4000,
        startOn: '2026-11-09',
      }),
    );
    // p3 only: Instagram's 1200 + 600 do not count.
    expect(reach.current).toEqual({ value: 800 });
    expect(reach.progress.percent).toBeCloseTo(20, 9);
  });

  it('has nothing to measure before its start', async () => {
    const core = await startTestCore();
    const { client } = await loggedAutumn(core);
    const objective = await core.call(
      'objectives.create',
      objectiveInput(client.id, { title: 'Janvier', startOn: '2026-12-01', deadline: '2027-01-31' }),
    );
    expect(objective.current).toEqual({ value: null, reason: 'noData', term: 'posts' });
    expect(objective.series).toEqual([]);
    expect(objective.progress).toEqual({
      percent: null,
      forecast: null,
      status: 'notStarted',
      knownFromDay: null,
    });
  });

  it('says an objective whose deadline passed was missed, or achieved, as of its deadline', async () => {
    const core = await startTestCore();
    const { client } = await loggedAutumn(core);
    const october = (title: string, target: number) =>
      core.call(
        'objectives.create',
        objectiveInput(client.id, {
          title,
          kpi: 'reach',
          baseline: 0,
          target,
          startOn: '2026-10-01',
          deadline: '2026-10-31',
        }),
      );
    // October had p0 alone: 1000 reached. p1, from November, comes too late.
    const missed = await october('5 000 en octobre', 5000);
    expect(missed.current).toEqual({ value: 1000 });
    expect(missed.progress.percent).toBeCloseTo(20, 9);
    expect(missed.progress.status).toBe('missed');
    const achieved = await october('800 en octobre', 800);
    expect(achieved.current).toEqual({ value: 1000 });
    expect(achieved.progress.percent).toBeCloseTo(125, 9);
    expect(achieved.progress.status).toBe('achieved');

    // The followers level is read on the deadline, not today: 900 + 100 on 31 October.
    const level = await core.call(
      'objectives.create',
      objectiveInput(client.id, {
        baseline: 800,
        target: 1100,
        startOn: '2026-10-01',
        deadline: '2026-10-31',
      }),
    );
    expect(level.current).toEqual({ value: 1000 });
    expect(level.progress.status).toBe('missed');
  });

  it('follows the numbers logged after it was created', async () => {
    const core = await startTestCore();
    const { client, ig, fb } = await loggedAutumn(core);
    const objective = await core.call('objectives.create', objectiveInput(client.id, { target: 1300 }));
    expect(objective.progress.status).not.toBe('achieved');
    await core.call('followers.save', {
      clientId: client.id,
      on: TODAY,
      entries: [
        { channelId: ig.id, followers: 1150 },
        { channelId: fb.id, followers: 150 },
      ],
    });
    const [now] = await core.call('objectives.list', { clientId: client.id });
    // 1150 + 150 = 1300: the target, reached today.
    expect(now?.current).toEqual({ value: 1300 });
    expect(now?.progress).toMatchObject({ percent: 100, status: 'achieved' });
  });
});
