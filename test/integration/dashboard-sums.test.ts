import { describe, expect, it } from 'vitest';
import { installDashboardPosts } from '../../electron/db/dashboard-posts.ts';
import { addDays } from '../../shared/calendar/dates.ts';
import { contract } from '../../shared/contract.ts';
import type { Channel } from '../../shared/domain/channel.ts';
import type { Client } from '../../shared/domain/client.ts';
import type { DashboardQuery } from '../../shared/domain/dashboard.ts';
import type { Metric } from '../../shared/domain/metrics.ts';
import type { PostFormat } from '../../shared/domain/post.ts';
import { ENGAGEMENT_BASES } from '../../shared/kpi/formulas.ts';
import { startTestCore, type TestCore } from '../support/hosts/fixture.ts';
import { dashboardPostByPost } from '../support/readers/dashboard-reference.ts';
import { random } from '../support/seeds/random.ts';

const TODAY = '2026-11-26';

/**
 * Zones with their clock changes of 2026, and wall-clock times around them: Paris and New York
 * skip and repeat an hour at night, Lord Howe moves by half an hour, Santiago skips its midnight
 * (and repeats the hour before it), Nouméa never changes.
 */
const ZONES: Record<string, { day: string; time: string; occurrence?: 'earlier' | 'later' }[]> = {
  'Europe/Paris': [
    { day: '2026-03-29', time: '02:30' },
    { day: '2026-03-29', time: '03:10' },
    { day: '2026-10-25', time: '02:30' },
    { day: '2026-10-25', time: '02:30', occurrence: 'later' },
    { day: '2026-10-25', time: '23:30' },
  ],
  'America/New_York': [
    { day: '2026-03-08', time: '02:15' },
    { day: '2026-11-01', time: '01:30', occurrence: 'later' },
    { day: '2026-11-01', time: '00:05' },
  ],
  'Australia/Lord_Howe': [
    { day: '2026-04-05', time: '01:45', occurrence: 'later' },
    { day: '2026-10-04', time: '02:10' },
  ],
  'America/Santiago': [
    { day: '2026-04-04', time: '23:30', occurrence: 'later' },
    { day: '2026-09-06', time: '00:20' },
    { day: '2026-09-05', time: '23:50' },
  ],
  'Pacific/Noumea': [{ day: '2026-06-30', time: '23:59' }],
};

const FORMATS: readonly PostFormat[] = ['image', 'story', 'video', 'carousel', 'text'];
const FEED: readonly Metric[] = [
  'impressions',
  'reach',
  'reactions',
  'comments',
  'shares',
  'saves',
  'linkClicks',
  'videoViews',
];

interface Seeded {
  client: Client;
  channels: Channel[];
  posts: { id: string; date: string; format: PostFormat; paid: boolean }[];
}

/** One client per zone, three channels, ~90 published posts over two years with their readings. */
async function seedZone(core: TestCore, zone: string, seed: number): Promise<Seeded> {
  const rng = random(seed);
  const client = await core.call('clients.create', {
    name: `Client ${zone}`,
    color: '#E4572E',
    timeZone: zone,
    notes: '',
  });
  const channels: Channel[] = [];
  for (const network of ['instagram', 'facebook', 'linkedin'] as const)
    channels.push(
      await core.call('channels.create', { clientId: client.id, network, handle: `@${network}`, url: '' }),
    );
  const slots: { day: string; time: string; occurrence?: 'earlier' | 'later' }[] = [...(ZONES[zone] ?? [])];
  for (let i = 0; i < 80; i++)
    slots.push({
      day: addDays('2024-10-01', rng.int(0, 785)),
      time: `${String(rng.int(0, 23)).padStart(2, '0')}:${rng.pick(['00', '15', '30', '45'])}`,
    });
  const posts: Seeded['posts'] = [];
  for (const [i, slot] of slots.entries()) {
    const format = rng.pick(FORMATS);
    const paid = format !== 'story' && rng.next() < 0.2;
    const post = await core.call('posts.create', {
      clientId: client.id,
      channelId: rng.pick(channels).id,
      date: slot.day,
      time: slot.time,
      ...(slot.occurrence ? { occurrence: slot.occurrence } : {}),
      status: rng.next() < 0.9 ? 'published' : 'ready',
      format,
      paid,
      caption: `Publication ${i}`,
    });
    if (post.status === 'published' && slot.day < TODAY)
      posts.push({ id: post.id, date: slot.day, format, paid });
  }
  // Twins: the same day and time on two channels, no engagement: the ranking's ties.
  for (const channel of channels.slice(0, 2)) {
    const twin = await core.call('posts.create', {
      clientId: client.id,
      channelId: channel.id,
      date: '2026-06-10',
      time: '09:00',
      status: 'published',
      format: 'image',
      caption: 'Jumeau',
    });
    await core.call('metrics.save', {
      on: '2026-06-11',
      cells: [
        { postId: twin.id, metric: 'reach', value: 100 },
        { postId: twin.id, metric: 'impressions', value: 100 },
        { postId: twin.id, metric: 'reactions', value: 0 },
      ],
    });
  }
  for (const post of posts) {
    if (rng.next() < 0.15) continue;
    const metrics = [
      ...FEED,
      ...(post.format === 'story' ? (['storyExits'] as const) : []),
      ...(post.paid ? (['spend'] as const) : []),
    ];
    for (const after of [1, rng.int(2, 30)]) {
      const on = addDays(post.date, after);
      if (on > TODAY) break;
      const cells = metrics
        .filter(() => rng.next() < 0.7)
        .map((metric) => ({ postId: post.id, metric, value: rng.int(0, 5000) }));
      if (cells.length > 0) await core.call('metrics.save', { on, cells });
    }
  }
  for (let day = '2024-09-15'; day <= TODAY; day = addDays(day, rng.int(5, 12))) {
    const entries = channels
      .filter(() => rng.next() < 0.8)
      .map((c) => ({ channelId: c.id, followers: rng.int(100, 20_000) }));
    if (entries.length > 0) await core.call('followers.save', { clientId: client.id, on: day, entries });
  }
  return { client, channels, posts };
}

/** The periods a user opens: a year, a month and a week around clock changes, ten days, two months. */
const QUERIES: Omit<DashboardQuery, 'clientId'>[] = [
  { from: '2025-12-01', to: '2026-12-01' },
  { from: '2026-03-01', to: '2026-04-01' },
  { from: '2026-10-19', to: '2026-10-26' },
  { from: '2026-10-26', to: '2026-11-02', previousFrom: '2026-09-28' },
  { from: '2026-04-01', to: '2026-04-11' },
  { from: '2026-08-20', to: '2026-10-20' },
  { from: '2024-11-01', to: '2026-11-01' },
];

async function expectSameAsPostByPost(core: TestCore, clientIds: readonly string[]) {
  for (const clientId of clientIds)
    for (const query of QUERIES)
      for (const basis of ENGAGEMENT_BASES) {
        const input = { clientId, ...query, basis };
        const parsed = contract['kpis.dashboard'].input.parse(input);
        const expected = dashboardPostByPost(core.ctx.db, parsed, core.clock.now());
        expect(
          await core.call('kpis.dashboard', input),
          `${clientId} ${JSON.stringify(query)} ${basis}`,
        ).toEqual(expected);
      }
}

describe('kpis.dashboard summed by SQLite', () => {
  it('gives exactly what adding post by post gave, over clock changes in five time zones', {
    timeout: 120_000,
  }, async () => {
    const core = await startTestCore();
    const seeded: Seeded[] = [];
    for (const [i, zone] of Object.keys(ZONES).entries()) seeded.push(await seedZone(core, zone, 13 + i));
    await expectSameAsPostByPost(
      core,
      seeded.map((s) => s.client.id),
    );

    // Posts moved, one in the trash, a channel in the trash, a zone changed: still the same.
    const paris = seeded[0] as Seeded;
    const moved = paris.posts.slice(0, 6).map((p) => p.id);
    await core.call('posts.move', { ids: moved.slice(0, 3), date: '2026-03-29', time: '02:30' });
    await core.call('posts.move', { ids: moved.slice(3), date: '2026-10-25' });
    await core.call('posts.delete', { ids: [paris.posts[10]?.id as string] });
    await core.call('channels.delete', { id: paris.channels[2]?.id as string });
    const santiago = seeded[3] as Seeded;
    await core.call('clients.update', { id: santiago.client.id, timeZone: 'Asia/Tokyo' });
    await core.call('clients.update', { id: paris.client.id, timeZone: 'America/Los_Angeles' });
    await expectSameAsPostByPost(core, [paris.client.id, santiago.client.id]);

    // Unpublished, made a story, paid, moved to another channel, restored, purged, corrected
    // earlier (carried forward), read once by a clock that ran ahead: the kept rows follow.
    const ny = seeded[1] as Seeded;
    const [a, b, c, d, e, f] = ny.posts.map((p) => p.id) as [string, string, string, string, string, string];
    await core.call('posts.update', { id: a, status: 'ready' });
    await core.call('posts.update', { id: b, format: 'story' });
    await core.call('posts.update', { id: c, paid: true, channelId: ny.channels[1]?.id as string });
    await core.call('trash.restore', { type: 'channel', id: paris.channels[2]?.id as string });
    await core.call('trash.restore', { type: 'post', id: paris.posts[10]?.id as string });
    await core.call('posts.delete', { ids: [d] });
    await core.call('trash.purge', { type: 'post', id: d });
    const earliest = ny.posts.find((p) => p.id === e)?.date as string;
    await core.call('metrics.save', {
      on: addDays(earliest, 1),
      cells: [{ postId: e, metric: 'reach', value: 7 }],
    });
    core.ctx.db
      .prepare(
        `INSERT INTO post_metrics (id, post_id, taken_on, logged, reach, created_at, updated_at)
         VALUES ('ahead', ?, '2099-01-01', 2, 99999, '2026-11-26T00:00:00Z', '2026-11-26T00:00:00Z')`,
      )
      .run(f);
    await expectSameAsPostByPost(core, [paris.client.id, ny.client.id]);

    // What the triggers kept is what filling the table afresh from the posts and readings gives.
    const kept = () => core.ctx.db.prepare('SELECT * FROM dashboard_posts ORDER BY seq').all();
    const before = kept();
    installDashboardPosts(core.ctx.db);
    expect(kept()).toEqual(before);
  });
});
