import { describe, expect, it } from 'vitest';
import type { PeriodFigures } from '../../shared/domain/dashboard.ts';
import type { MetricValues } from '../../shared/domain/metrics.ts';
import { ENGAGEMENT_KPI, type KpiId, kpiValue } from '../../shared/kpi/catalogue.ts';
import { startTestCore, type TestCore } from '../support/hosts/fixture.ts';
import { seedCalendar } from '../support/seeds/calendar-seed.ts';

/**
 * A bakery's week of 16–22 November 2026 (Paris), and the week before, with numbers small enough
 * to compute by hand. The clock reads Thursday 26 November.
 */
async function bakeryWeeks(core: TestCore) {
  const seed = await seedCalendar(core, {
    channels: { ig: {}, li: { network: 'linkedin', handle: 'Boulangerie Martin', url: '' } },
  });
  const { client, ig, li } = seed;
  const post = (channelId: string, date: string, time: string, over: object = {}) =>
    core.call('posts.create', {
      clientId: client.id,
      channelId,
      date,
      time,
      status: 'published',
      caption: `Publication du ${date}`,
      ...over,
    });
  const log = (postId: string, on: string, values: Partial<MetricValues>) =>
    core.call('metrics.save', {
      on,
      cells: Object.entries(values).map(([metric, value]) => ({
        postId,
        metric: metric as keyof MetricValues,
        value,
      })),
    });
  const followers = (on: string, entries: { channelId: string; followers: number }[]) =>
    core.call('followers.save', { clientId: client.id, on, entries });

  await followers('2026-11-08', [{ channelId: ig.id, followers: 1000 }]);
  await followers('2026-11-15', [
    { channelId: ig.id, followers: 1100 },
    { channelId: li.id, followers: 500 },
  ]);
  await followers('2026-11-22', [
    { channelId: ig.id, followers: 1210 },
    { channelId: li.id, followers: 450 },
  ]);

  // The week before: one post.
  const q1 = await post(ig.id, '2026-11-11', '09:00', { format: 'image' });
  await log(q1.id, '2026-11-12', {
    impressions: 1000,
    reach: 800,
    reactions: 30,
    comments: 5,
    shares: 3,
    saves: 2,
    linkClicks: 10,
  });

  // The week: a feed post read twice (the latest reading counts), a story, a paid post, one not logged.
  const p1 = await post(ig.id, '2026-11-17', '09:00', { format: 'image' });
  await log(p1.id, '2026-11-18', { impressions: 900, reach: 700, reactions: 40 });
  await log(p1.id, '2026-11-20', {
    impressions: 2000,
    reach: 1500,
    reactions: 90,
    comments: 10,
    shares: 15,
    saves: 5,
    linkClicks: 30,
  });
  const p2 = await post(ig.id, '2026-11-19', '18:00', { format: 'story' });
  await log(p2.id, '2026-11-20', { impressions: 800, storyExits: 200 });
  const p3 = await post(li.id, '2026-11-20', '12:00', { format: 'text', paid: true });
  await log(p3.id, '2026-11-21', {
    impressions: 4000,
    reach: 3000,
    reactions: 40,
    comments: 5,
    shares: 5,
    saves: 0,
    linkClicks: 80,
    spend: 4000,
  });
  const p4 = await post(li.id, '2026-11-21', '10:00');
  // Neither a draft nor another client's post counts.
  await post(ig.id, '2026-11-18', '11:00', { status: 'draft' });
  const other = await seed.createOther({ date: '2026-11-17', time: '09:00', status: 'published' });
  await log(other.id, '2026-11-18', { impressions: 99_999, reach: 99_999, reactions: 99_999 });
  return { ...seed, q1, p1, p2, p3, p4 };
}

const value = (id: KpiId, p: PeriodFigures) => kpiValue(id, p.totals, p.audience).value;

describe('the KPI dashboard', () => {
  it('computes the week’s KPIs from the latest numbers, exactly as by hand', async () => {
    const core = await startTestCore();
    const { client } = await bakeryWeeks(core);
    const d = await core.call('kpis.dashboard', {
      clientId: client.id,
      from: '2026-11-16',
      to: '2026-11-23',
    });
    const week = d.current;

    expect(d.basis).toBe('reach');
    expect(week.totals.posts).toBe(4);
    // Followers on 22 Nov: 1210 + 450; growth over the channels counted on 15 Nov: (1660 − 1600) ÷ 1600.
    expect(value('followers', week)).toBe(1660);
    expect(value('audienceGrowth', week)).toBeCloseTo(3.75, 10);
    // Impressions 2000 + 800 + 4000; reach 1500 + 3000; engagements (90+10+15+5) + (40+5+5+0).
    expect(value('impressions', week)).toBe(6800);
    expect(value('reach', week)).toBe(4500);
    expect(value('engagements', week)).toBe(170);
    // By reach: 170 ÷ 4500. By impressions: the story logged no engagement, so 170 ÷ (2000 + 4000).
    expect(value('engagementRateReach', week)).toBeCloseTo((170 / 4500) * 100, 10);
    expect(value('engagementRateImpressions', week)).toBeCloseTo((170 / 6000) * 100, 10);
    // By followers on each post's day: 120 ÷ 1100 (Instagram on 17 Nov) and 50 ÷ 500 (LinkedIn on 20 Nov).
    expect(value('engagementRateFollowers', week)).toBeCloseTo((170 / 1600) * 100, 10);
    expect(value('reachRate', week)).toBeCloseTo((4500 / 1600) * 100, 10);
    expect(value('amplificationRate', week)).toBeCloseTo((20 / 1600) * 100, 10);
    expect(value('clickThroughRate', week)).toBeCloseTo((110 / 6000) * 100, 10);
    // The paid post: 40.00 € for 80 clicks and 4000 impressions.
    expect(value('spend', week)).toBe(4000);
    expect(value('costPerClick', week)).toBe(50);
    expect(value('costPerMille', week)).toBe(1000);
    // The story: (800 − 200) ÷ 800.
    expect(value('storyCompletionRate', week)).toBe(75);

    // The week before: one post, 40 ÷ 800; followers 1100 + 500; growth on Instagram alone, 1000 → 1100.
    expect(d.previous.from).toBe('2026-11-09');
    expect(value('engagementRateReach', d.previous)).toBe(5);
    expect(value('followers', d.previous)).toBe(1600);
    expect(value('audienceGrowth', d.previous)).toBeCloseTo(10, 10);
  });

  it('ranks posts, maps the hours they went out and follows each channel', async () => {
    const core = await startTestCore();
    const { client, ig, li, p1, p3 } = await bakeryWeeks(core);
    const d = await core.call('kpis.dashboard', {
      clientId: client.id,
      from: '2026-11-16',
      to: '2026-11-23',
    });

    // 120 ÷ 1500 = 8 % beats 50 ÷ 3000; the story and the unlogged post have no rate by reach.
    expect(d.top.map((p) => [p.postId, p.rate])).toEqual([
      [p1.id, 8],
      [p3.id, (50 / 3000) * 100],
    ]);
    expect(d.bottom).toEqual([]);
    // Tuesday 9 h, Thursday 18 h, Friday 12 h, Saturday 10 h on the Paris wall clock (Monday = 0).
    expect(d.heatmap.map((c) => [c.weekday, c.hour, c.totals.posts])).toEqual([
      [1, 9, 1],
      [3, 18, 1],
      [4, 12, 1],
      [5, 10, 1],
    ]);
    expect(d.bucket).toBe('day');
    expect(d.series.map((p) => p.start)).toEqual([
      '2026-11-16',
      '2026-11-17',
      '2026-11-18',
      '2026-11-19',
      '2026-11-20',
      '2026-11-21',
      '2026-11-22',
    ]);
    expect(d.series[0]?.followers).toEqual({ [ig.id]: 1100, [li.id]: 500 });
    expect(d.series[6]?.followers).toEqual({ [ig.id]: 1210, [li.id]: 450 });
    expect(d.series[1]?.totals.posts).toBe(1);

    const byChannel = new Map(d.channels.map((c) => [c.channelId, c]));
    const igWeek = byChannel.get(ig.id)?.current;
    const liWeek = byChannel.get(li.id)?.current;
    expect(igWeek && [igWeek.totals.posts, value('audienceGrowth', igWeek)]).toEqual([2, 10]);
    expect(liWeek && [liWeek.totals.posts, value('audienceGrowth', liWeek)]).toEqual([2, -10]);
  });

  it('uses the basis the client chose, or the one asked for', async () => {
    const core = await startTestCore();
    const { client } = await bakeryWeeks(core);
    await core.call('clients.update', { id: client.id, engagementBasis: 'followers' });
    const period = { clientId: client.id, from: '2026-11-16', to: '2026-11-23' };

    const byFollowers = await core.call('kpis.dashboard', period);
    expect(byFollowers.basis).toBe('followers');
    // 120 ÷ 1100 against 50 ÷ 500.
    expect(byFollowers.top.map((p) => p.rate)).toEqual([(120 / 1100) * 100, 10]);
    expect(kpiValue(ENGAGEMENT_KPI.followers, byFollowers.current.totals).value).toBeCloseTo(
      (170 / 1600) * 100,
      10,
    );

    const byImpressions = await core.call('kpis.dashboard', { ...period, basis: 'impressions' });
    expect(byImpressions.top.map((p) => p.rate)).toEqual([6, 1.25]);
  });

  it('says why a rate has no value instead of showing 0', async () => {
    const core = await startTestCore();
    const { client } = await bakeryWeeks(core);
    // A month before anything was logged.
    const empty = await core.call('kpis.dashboard', {
      clientId: client.id,
      from: '2026-10-01',
      to: '2026-11-01',
    });
    expect(empty.current.totals.posts).toBe(0);
    expect(kpiValue('engagementRateReach', empty.current.totals)).toEqual({
      value: null,
      reason: 'noData',
      term: 'reach',
    });
    // No follower count before 8 November: no growth for October, and no count at its end either.
    expect(kpiValue('audienceGrowth', empty.current.totals, empty.current.audience).value).toBeNull();
    expect(empty.current.audience.end).toBeNull();
    expect(empty.bucket).toBe('day');
    expect(empty.top).toEqual([]);
    expect(empty.heatmap).toEqual([]);
  });

  it('leaves out posts in the trash and compares a month with the month before', async () => {
    const core = await startTestCore();
    const { client, p1 } = await bakeryWeeks(core);
    await core.call('posts.delete', { ids: [p1.id] });
    const d = await core.call('kpis.dashboard', {
      clientId: client.id,
      from: '2026-11-01',
      to: '2026-12-01',
      previousFrom: '2026-10-01',
    });
    expect(d.previous).toMatchObject({ from: '2026-10-01', to: '2026-11-01' });
    // Q1, P2, P3, P4 remain in November; reach 800 + 3000, engagements 40 + 50.
    expect(d.current.totals.posts).toBe(4);
    expect(value('engagementRateReach', d.current)).toBeCloseTo((90 / 3800) * 100, 10);
    expect(d.series).toHaveLength(30);
  });
});
