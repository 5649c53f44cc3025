import { describe, expect, it } from 'vitest';
import { addDays } from '../../shared/calendar/dates.ts';
import { utcToZoned } from '../../shared/calendar/zoned.ts';
import type { Post } from '../../shared/domain/post.ts';
import { CLOCK_START } from '../support/hosts/clock.ts';
import { NOT_FOUND } from '../support/hosts/envelopes.ts';
import { startTestCore, type TestCore } from '../support/hosts/fixture.ts';
import { countRows, dumpTables } from '../support/readers/db-dump.ts';
import { seedCalendar } from '../support/seeds/calendar-seed.ts';
import { MISSING_ID, pillarInput, postInput } from '../support/seeds/inputs.ts';
import { POST_DEFAULTS } from '../support/seeds/post-defaults.ts';

const PARIS = 'Europe/Paris';

/** The seeded bakery on three networks, next to its neighbour, to try to mix them up. */
const calendar = (core: TestCore) =>
  seedCalendar(core, {
    channels: {
      ig: { network: 'instagram', handle: '@ig' },
      x: { network: 'x', handle: '@x' },
      fb: { network: 'facebook', handle: 'FB' },
    },
  });

/** What the week view shows: the day and time on the client's wall clock. */
const wall = (post: Post, zone = PARIS) => {
  const local = utcToZoned(post.plannedAt, zone);
  return `${local.date} ${local.time}`;
};
const ids = (posts: readonly Post[]) => posts.map((p) => p.id).sort();
const captions = (posts: readonly Post[]) => posts.map((p) => p.caption).sort();

describe('posts.create and posts.get', () => {
  it('plans a post at a wall-clock time of the client, with the usual defaults', async () => {
    const core = await startTestCore();
    const { client, ig } = await calendar(core);
    const post = await core.call('posts.create', {
      clientId: client.id,
      channelId: ig.id,
      date: '2026-11-30',
      time: '10:00',
    });
    expect(post).toEqual({
      id: expect.any(String),
      clientId: client.id,
      channelId: ig.id,
      // Paris is at UTC+1 in November.
      plannedAt: '2026-11-30T09:00:00.000Z',
      timeZone: PARIS,
      ...POST_DEFAULTS,
      attachments: [],
      publishedAt: null,
      // Only an export names where the post is on its network.
      networkPostId: null,
      permalink: null,
      ideaId: null,
      // Nothing was sent to the client to approve yet.
      approval: null,
      createdAt: CLOCK_START,
      updatedAt: CLOCK_START,
      deletedAt: null,
    });
    expect(await core.call('posts.get', { id: post.id })).toEqual(post);
  });

  it('keeps every field the composer sends, trimming the campaign and the link', async () => {
    const core = await startTestCore();
    const { pillar, create } = await calendar(core);
    const post = await create({
      status: 'ready',
      format: 'reel',
      caption: 'La bûche de Noël 🎄 arrive ! #noel #boulangerie',
      linkUrl: '  https://boulangerie-martin.fr/noel  ',
      pillarId: pillar.id,
      campaign: '  Noël 2026 ',
      paid: true,
      budgetCents: 15_000,
      notes: 'Tourner la vidéo mardi',
    });
    expect(post).toMatchObject({
      status: 'ready',
      format: 'reel',
      caption: 'La bûche de Noël 🎄 arrive ! #noel #boulangerie',
      linkUrl: 'https://boulangerie-martin.fr/noel',
      pillarId: pillar.id,
      campaign: 'Noël 2026',
      paid: true,
      budgetCents: 15_000,
      notes: 'Tourner la vidéo mardi',
    });
    expect(await core.call('posts.get', { id: post.id })).toEqual(post);
  });

  it("plans in the client's own zone: 10:00 in New York is 15:00 UTC in winter", async () => {
    const core = await startTestCore();
    const { create } = await seedCalendar(core, { client: { timeZone: 'America/New_York' } });
    const post = await create();
    expect(post.plannedAt).toBe('2026-11-30T15:00:00.000Z');
    expect(post.timeZone).toBe('America/New_York');
    expect(wall(post, 'America/New_York')).toBe('2026-11-30 10:00');
  });

  it('refuses a channel of another client, and writes nothing', async () => {
    const core = await startTestCore();
    const { client, otherChannel } = await calendar(core);
    const before = dumpTables(core.ctx.db);
    const envelope = await core.dispatch('posts.create', postInput(client.id, otherChannel.id));
    expect(envelope).toEqual({
      ok: false,
      error: {
        code: 'invalid_input',
        message: expect.any(String),
        issues: [{ path: ['channelId'], code: 'otherClient' }],
      },
    });
    expect(dumpTables(core.ctx.db)).toEqual(before);
  });

  it('refuses a pillar of another client, and writes nothing', async () => {
    const core = await startTestCore();
    const { client, ig, otherPillar } = await calendar(core);
    const before = dumpTables(core.ctx.db);
    const envelope = await core.dispatch(
      'posts.create',
      postInput(client.id, ig.id, { pillarId: otherPillar.id }),
    );
    expect(envelope).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', issues: [{ path: ['pillarId'], code: 'otherClient' }] },
    });
    expect(dumpTables(core.ctx.db)).toEqual(before);
  });

  it('refuses unknown or trashed channels, pillars and clients', async () => {
    const core = await startTestCore();
    const { client, ig, x, pillar } = await calendar(core);
    await core.call('pillars.delete', { id: pillar.id });
    await core.call('channels.delete', { id: x.id });
    const before = dumpTables(core.ctx.db);
    for (const input of [
      postInput(client.id, MISSING_ID),
      postInput(client.id, x.id),
      postInput(MISSING_ID, ig.id),
      postInput(client.id, ig.id, { pillarId: pillar.id }),
      postInput(client.id, ig.id, { pillarId: MISSING_ID }),
    ]) {
      expect(await core.dispatch('posts.create', input), JSON.stringify(input)).toMatchObject(NOT_FOUND);
    }
    expect(dumpTables(core.ctx.db)).toEqual(before);
  });

  it('does not find an unknown post', async () => {
    const core = await startTestCore();
    expect(await core.dispatch('posts.get', { id: MISSING_ID })).toMatchObject(NOT_FOUND);
  });
});

describe('publication time', () => {
  it('is the planned time when a past post is marked published, and now when it was planned later', async () => {
    const core = await startTestCore();
    const { create } = await calendar(core);
    const past = await create({ date: '2026-11-20', time: '18:30', status: 'published' });
    expect(past.publishedAt).toBe('2026-11-20T17:30:00.000Z');
    const early = await create({ date: '2026-12-01', status: 'published' });
    expect(early.publishedAt).toBe(CLOCK_START);
  });

  it('keeps a publication time the user gives, in the same form as every stored instant', async () => {
    const core = await startTestCore();
    const { create } = await calendar(core);
    const post = await create({
      date: '2026-11-20',
      status: 'published',
      publishedAt: '2026-11-20T11:42:00Z',
    });
    expect(post.publishedAt).toBe('2026-11-20T11:42:00.000Z');
  });

  it('is ignored on a post that is not published', async () => {
    const core = await startTestCore();
    const { create } = await calendar(core);
    const post = await create({ status: 'ready', publishedAt: '2026-11-20T11:42:00.000Z' });
    expect(post.publishedAt).toBeNull();
  });

  it('is set when a post becomes published, kept while it stays so, cleared when it leaves', async () => {
    const core = await startTestCore();
    const { create } = await calendar(core);
    const post = await create({ date: '2026-11-25', time: '12:00' });
    core.clock.advance(60_000);
    const published = await core.call('posts.update', { id: post.id, status: 'published' });
    expect(published.publishedAt).toBe('2026-11-25T11:00:00.000Z');

    // Editing a published post (even its planned time) keeps when it went out.
    core.clock.advance(60_000);
    const edited = await core.call('posts.update', { id: post.id, caption: 'Corrigé', time: '13:00' });
    expect(edited.publishedAt).toBe('2026-11-25T11:00:00.000Z');
    const corrected = await core.call('posts.update', {
      id: post.id,
      publishedAt: '2026-11-25T11:07:00.000Z',
    });
    expect(corrected.publishedAt).toBe('2026-11-25T11:07:00.000Z');

    const back = await core.call('posts.update', { id: post.id, status: 'ready' });
    expect(back.publishedAt).toBeNull();
    // Published again later: the time is worked out afresh, not remembered.
    const future = await core.call('posts.update', { id: post.id, date: '2026-12-10' });
    const again = await core.call('posts.update', { id: post.id, status: 'published' });
    expect(future.publishedAt).toBeNull();
    expect(again.publishedAt).toBe(core.clock.now().toISOString());
  });
});

describe('posts.update', () => {
  it('changes only the fields sent', async () => {
    const core = await startTestCore();
    const { create } = await calendar(core);
    const post = await create({ campaign: 'Noël', budgetCents: 5000, paid: true, notes: 'à valider' });
    core.clock.advance(1000);
    const updated = await core.call('posts.update', { id: post.id, caption: 'Nouvelle légende' });
    expect(updated).toEqual({ ...post, caption: 'Nouvelle légende', updatedAt: '2026-11-26T09:00:01.000Z' });
    expect(await core.call('posts.get', { id: post.id })).toEqual(updated);
  });

  it('clears the fields set to empty or null', async () => {
    const core = await startTestCore();
    const { pillar, create } = await calendar(core);
    const post = await create({
      pillarId: pillar.id,
      budgetCents: 5000,
      linkUrl: 'https://x.org',
      paid: true,
    });
    const cleared = await core.call('posts.update', {
      id: post.id,
      pillarId: null,
      budgetCents: null,
      linkUrl: '',
      paid: false,
    });
    expect(cleared).toMatchObject({ pillarId: null, budgetCents: null, linkUrl: '', paid: false });
    expect(cleared.caption).toBe(post.caption);
  });

  it('keeps the time of day when only the date changes, across the spring change', async () => {
    const core = await startTestCore();
    const { create } = await calendar(core);
    const post = await create({ date: '2026-03-27', time: '10:00' });
    expect(post.plannedAt).toBe('2026-03-27T09:00:00.000Z');
    const moved = await core.call('posts.update', { id: post.id, date: '2026-03-30' });
    expect(wall(moved)).toBe('2026-03-30 10:00');
    expect(moved.plannedAt).toBe('2026-03-30T08:00:00.000Z');
  });

  it('keeps the date when only the time changes', async () => {
    const core = await startTestCore();
    const { create } = await calendar(core);
    const post = await create({ date: '2026-10-25', time: '09:00' });
    const moved = await core.call('posts.update', { id: post.id, time: '18:45' });
    expect(wall(moved)).toBe('2026-10-25 18:45');
  });

  it('moves a post to another channel of the same client', async () => {
    const core = await startTestCore();
    const { x, create } = await calendar(core);
    const post = await create();
    const moved = await core.call('posts.update', { id: post.id, channelId: x.id });
    expect(moved.channelId).toBe(x.id);
    expect(moved.plannedAt).toBe(post.plannedAt);
  });

  it('refuses a channel or a pillar of another client, and leaves the post as it was', async () => {
    const core = await startTestCore();
    const { otherChannel, otherPillar, create } = await calendar(core);
    const post = await create();
    const before = dumpTables(core.ctx.db);
    core.clock.advance(1000);
    const cases = [
      [{ id: post.id, channelId: otherChannel.id, caption: 'volé' }, 'channelId'],
      [{ id: post.id, pillarId: otherPillar.id, caption: 'volé' }, 'pillarId'],
    ] as const;
    for (const [input, field] of cases) {
      expect(await core.dispatch('posts.update', input)).toMatchObject({
        ok: false,
        error: { code: 'invalid_input', issues: [{ path: [field], code: 'otherClient' }] },
      });
    }
    expect(dumpTables(core.ctx.db)).toEqual(before);
    expect(await core.call('posts.get', { id: post.id })).toEqual(post);
  });

  it('does not find a post in the trash', async () => {
    const core = await startTestCore();
    const { create } = await calendar(core);
    const post = await create();
    await core.call('posts.delete', { ids: [post.id] });
    expect(await core.dispatch('posts.update', { id: post.id, caption: 'x' })).toMatchObject(NOT_FOUND);
  });
});

describe('posts.list: the days of a week or a month on the client’s wall calendar', () => {
  // Around each change: the edges of the week and the awkward hours of the change day.
  const SPRING = [
    ['2026-03-22', '23:30', '2026-03-22 23:30'],
    ['2026-03-23', '00:30', '2026-03-23 00:30'],
    ['2026-03-29', '00:30', '2026-03-29 00:30'],
    ['2026-03-29', '02:30', '2026-03-29 03:30'],
    ['2026-03-29', '03:30', '2026-03-29 03:30'],
    ['2026-03-29', '23:30', '2026-03-29 23:30'],
    ['2026-03-30', '00:30', '2026-03-30 00:30'],
  ] as const;
  const AUTUMN = [
    ['2026-10-18', '23:30', '2026-10-18 23:30'],
    ['2026-10-19', '00:30', '2026-10-19 00:30'],
    ['2026-10-25', '00:30', '2026-10-25 00:30'],
    ['2026-10-25', '02:30', '2026-10-25 02:30'],
    ['2026-10-25', '03:30', '2026-10-25 03:30'],
    ['2026-10-25', '23:30', '2026-10-25 23:30'],
    ['2026-10-26', '00:30', '2026-10-26 00:30'],
  ] as const;

  async function plan(core: TestCore, slots: readonly (readonly [string, string, string])[]) {
    const { client, create } = await calendar(core);
    for (const [date, time] of slots) await create({ date, time, caption: `${date} ${time}` });
    const list = (from: string, to: string) => core.call('posts.list', { clientId: client.id, from, to });
    return { list };
  }

  /** Caption (the wall time asked for) → the wall time the calendar shows, in list order. */
  const shown = (posts: readonly Post[]) => posts.map((p) => [p.caption, wall(p)]);

  it.each([
    ['spring', SPRING, '2026-03-23', '2026-03-30'],
    ['autumn', AUTUMN, '2026-10-19', '2026-10-26'],
  ] as const)(
    'shows the %s DST week from its Monday 00:00 to its Sunday 24:00',
    async (_, slots, from, to) => {
      const core = await startTestCore();
      const { list } = await plan(core, slots);
      const week = await list(from, to);
      expect(shown(week)).toEqual(
        slots.slice(1, -1).map(([date, time, shownAt]) => [`${date} ${time}`, shownAt]),
      );
      const times = week.map((p) => p.plannedAt);
      expect(times).toEqual([...times].sort());
      // The weeks before and after get the posts at their edges, and only those.
      const [before] = slots;
      const after = slots[slots.length - 1];
      expect(shown(await list(addDays(from, -7), from))).toEqual([[`${before[0]} ${before[1]}`, before[2]]]);
      expect(captions(await list(to, addDays(to, 7)))).toEqual([`${after?.[0]} ${after?.[1]}`]);
    },
  );

  it('gives the four posts of the 23-hour spring day and of the 25-hour autumn day', async () => {
    const core = await startTestCore();
    const { list } = await plan(core, [...SPRING, ...AUTUMN]);
    expect(shown(await list('2026-03-29', '2026-03-30'))).toEqual([
      ['2026-03-29 00:30', '2026-03-29 00:30'],
      ['2026-03-29 02:30', '2026-03-29 03:30'],
      ['2026-03-29 03:30', '2026-03-29 03:30'],
      ['2026-03-29 23:30', '2026-03-29 23:30'],
    ]);
    expect(shown(await list('2026-10-25', '2026-10-26'))).toEqual([
      ['2026-10-25 00:30', '2026-10-25 00:30'],
      ['2026-10-25 02:30', '2026-10-25 02:30'],
      ['2026-10-25 03:30', '2026-10-25 03:30'],
      ['2026-10-25 23:30', '2026-10-25 23:30'],
    ]);
  });

  it('shows a month from the 1st to the 1st of the next, at local midnight', async () => {
    const core = await startTestCore();
    const { list } = await plan(core, [
      ['2026-02-28', '23:30', ''],
      ['2026-03-01', '00:30', ''],
      ...SPRING,
      ['2026-03-31', '23:30', ''],
      ['2026-04-01', '00:30', ''],
    ]);
    const march = await list('2026-03-01', '2026-04-01');
    expect(march.map((p) => p.caption)).toEqual([
      '2026-03-01 00:30',
      ...SPRING.map(([date, time]) => `${date} ${time}`),
      '2026-03-31 23:30',
    ]);
    expect(captions(await list('2026-04-01', '2026-05-01'))).toEqual(['2026-04-01 00:30']);
  });

  it('lists every post of the client without a range, and never another client’s', async () => {
    const core = await startTestCore();
    const { client, create, createOther } = await calendar(core);
    const a = await create({ date: '2020-01-01' });
    const b = await create({ date: '2031-12-31', time: '23:59' });
    await createOther();
    expect((await core.call('posts.list', { clientId: client.id })).map((p) => p.id)).toEqual([a.id, b.id]);
    expect(await core.call('posts.list', { clientId: client.id, from: '2026-01-01' })).toEqual([b]);
    expect(await core.call('posts.list', { clientId: client.id, to: '2026-01-01' })).toEqual([a]);
  });

  it('stops at the limit, keeping the earliest', async () => {
    const core = await startTestCore();
    const { client, create } = await calendar(core);
    for (const time of ['12:00', '08:00', '16:00', '10:00']) await create({ time, caption: time });
    const first = await core.call('posts.list', { clientId: client.id, limit: 2 });
    expect(first.map((p) => p.caption)).toEqual(['08:00', '10:00']);
  });

  it('refuses an unknown client', async () => {
    const core = await startTestCore();
    expect(await core.dispatch('posts.list', { clientId: MISSING_ID })).toMatchObject(NOT_FOUND);
  });
});

describe('posts.list filters', () => {
  async function varied(core: TestCore) {
    const { client, ig, x, fb, pillar: recettes, create, createOther } = await calendar(core);
    const coulisses = await core.call(
      'pillars.create',
      pillarInput(client.id, { name: 'Coulisses', color: '#2E86AB' }),
    );
    const p1 = await create({
      caption: 'p1',
      date: '2026-11-30',
      status: 'draft',
      format: 'image',
      pillarId: recettes.id,
      campaign: 'Noël',
    });
    const p2 = await create({
      caption: 'p2',
      date: '2026-12-01',
      channelId: x.id,
      status: 'ready',
      format: 'text',
      pillarId: coulisses.id,
      campaign: 'Soldes',
    });
    const p3 = await create({
      caption: 'p3',
      date: '2026-12-02',
      channelId: fb.id,
      status: 'published',
      format: 'video',
    });
    const p4 = await create({
      caption: 'p4',
      date: '2026-12-03',
      status: 'idea',
      format: 'text',
      pillarId: recettes.id,
      campaign: 'Soldes',
    });
    await createOther({ caption: 'theirs', campaign: 'Soldes', format: 'text' });
    const list = async (filter: Record<string, unknown>) =>
      (
        await core.call('posts.list', {
          clientId: client.id,
          from: '2026-11-30',
          to: '2026-12-07',
          ...filter,
        })
      ).map((p) => p.caption);
    return { ig, x, recettes, coulisses, p1, p2, p3, p4, list };
  }

  it('filters by channel, status, format, pillar and campaign', async () => {
    const core = await startTestCore();
    const { ig, x, recettes, list } = await varied(core);
    expect(await list({})).toEqual(['p1', 'p2', 'p3', 'p4']);
    expect(await list({ channelIds: [ig.id] })).toEqual(['p1', 'p4']);
    expect(await list({ channelIds: [ig.id, x.id] })).toEqual(['p1', 'p2', 'p4']);
    expect(await list({ statuses: ['ready', 'published'] })).toEqual(['p2', 'p3']);
    expect(await list({ formats: ['text'] })).toEqual(['p2', 'p4']);
    expect(await list({ formats: ['carousel'] })).toEqual([]);
    expect(await list({ pillarIds: [recettes.id] })).toEqual(['p1', 'p4']);
    expect(await list({ campaigns: ['Soldes'] })).toEqual(['p2', 'p4']);
    expect(await list({ campaigns: ['Noël', 'Soldes'] })).toEqual(['p1', 'p2', 'p4']);
  });

  it('combines filters: each narrows the others', async () => {
    const core = await startTestCore();
    const { ig, recettes, coulisses, list } = await varied(core);
    expect(await list({ channelIds: [ig.id], campaigns: ['Soldes'] })).toEqual(['p4']);
    expect(await list({ formats: ['text'], statuses: ['ready'] })).toEqual(['p2']);
    expect(await list({ pillarIds: [recettes.id, coulisses.id], statuses: ['idea', 'draft'] })).toEqual([
      'p1',
      'p4',
    ]);
    expect(await list({ channelIds: [ig.id], statuses: ['published'] })).toEqual([]);
  });
});

describe('posts.list full-text search', () => {
  async function searchable(core: TestCore) {
    const { client, create, createOther } = await calendar(core);
    await create({ date: '2026-11-30', caption: 'Croissants au beurré, tout chauds' });
    await create({
      date: '2026-12-01',
      caption: 'Tarte aux pommes du dimanche',
      notes: 'Photo : pâte au beurre demi-sel',
    });
    await create({ date: '2026-12-08', caption: 'Pain au chocolat' });
    await createOther({ caption: 'Le beurre de la ferme' });
    const search = async (text: string, range: { from?: string; to?: string } = {}) =>
      captions(await core.call('posts.list', { clientId: client.id, search: text, ...range }));
    return { client, search };
  }
  const A = 'Croissants au beurré, tout chauds';
  const B = 'Tarte aux pommes du dimanche';
  const C = 'Pain au chocolat';

  it('finds words without their accents, in captions and in notes', async () => {
    const core = await startTestCore();
    const { search } = await searchable(core);
    expect(await search('beurre')).toEqual([A, B]);
    expect(await search('BEURRÉ')).toEqual([A, B]);
    expect(await search('pate')).toEqual([B]);
  });

  it('finds words by their beginning', async () => {
    const core = await startTestCore();
    const { search } = await searchable(core);
    expect(await search('croiss')).toEqual([A]);
    expect(await search('choc')).toEqual([C]);
    expect(await search('issants')).toEqual([]);
  });

  it('wants every word typed', async () => {
    const core = await startTestCore();
    const { search } = await searchable(core);
    expect(await search('pommes dimanche')).toEqual([B]);
    expect(await search('tarte chocolat')).toEqual([]);
    expect(await search('  tarte,   pommes ! ')).toEqual([B]);
  });

  // A search with no word in it ("#", "🎄", "(((") finds nothing rather than every post.
  it.each([
    ['"', []],
    ['*', []],
    ['"beurre', [A, B]],
    ['beurre"', [A, B]],
    ['croiss*', [A]],
    ['tarte OR chocolat', []],
    ['NOT tarte', []],
    ['-tarte', [B]],
    ['NEAR(', []],
    ['NEAR(tarte pommes)', []],
    ['caption:pain', []],
    ['{caption notes}: pain', []],
    ['^pain', [C]],
    ['pain AND', []],
    ["l'été", []],
    ['(((', []],
    ['🎄', []],
  ] as const)('takes FTS syntax %j as plain text', async (text, expected) => {
    const core = await startTestCore();
    const { client, search } = await searchable(core);
    const envelope = await core.dispatch('posts.list', { clientId: client.id, search: text });
    expect(envelope.ok, JSON.stringify(envelope)).toBe(true);
    expect(await search(text)).toEqual([...expected].sort());
  });

  it('searches within a range', async () => {
    const core = await startTestCore();
    const { search } = await searchable(core);
    expect(await search('au', { from: '2026-11-30', to: '2026-12-07' })).toEqual([A, B]);
    expect(await search('au', { from: '2026-12-07', to: '2026-12-14' })).toEqual([C]);
    expect(await search('beurre', { from: '2026-12-01', to: '2026-12-02' })).toEqual([B]);
  });

  it('follows edits and deletions', async () => {
    const core = await startTestCore();
    const { client, search } = await searchable(core);
    const [pain] = await core.call('posts.list', { clientId: client.id, search: 'chocolat' });
    if (!pain) throw new Error('fixture');
    await core.call('posts.update', { id: pain.id, caption: 'Pain au beurre', notes: 'brioché' });
    expect(await search('beurre')).toEqual([A, 'Pain au beurre', B].sort());
    expect(await search('chocolat')).toEqual([]);
    expect(await search('brioche')).toEqual(['Pain au beurre']);
    await core.call('posts.delete', { ids: [pain.id] });
    expect(await search('beurre')).toEqual([A, B]);
  });
});

describe('posts.move', () => {
  it('moves several posts to a day, each keeping its time of day', async () => {
    const core = await startTestCore();
    const { create } = await calendar(core);
    const a = await create({ date: '2026-03-26', time: '09:00' });
    const b = await create({ date: '2026-03-27', time: '18:45' });
    core.clock.advance(1000);
    const moved = await core.call('posts.move', { ids: [a.id, b.id], date: '2026-03-30' });
    expect(moved.map((p) => wall(p))).toEqual(['2026-03-30 09:00', '2026-03-30 18:45']);
    expect(moved.map((p) => p.plannedAt)).toEqual(['2026-03-30T07:00:00.000Z', '2026-03-30T16:45:00.000Z']);
    expect(moved[0]).toEqual({
      ...a,
      plannedAt: '2026-03-30T07:00:00.000Z',
      updatedAt: '2026-11-26T09:00:01.000Z',
    });
  });

  it('sets the time when one is given; a time the spring change skips moves forward', async () => {
    const core = await startTestCore();
    const { create } = await calendar(core);
    const a = await create({ date: '2026-03-26', time: '09:00' });
    const b = await create({ date: '2026-03-27', time: '18:45' });
    const moved = await core.call('posts.move', { ids: [a.id, b.id], date: '2026-03-29', time: '02:30' });
    expect(moved.map((p) => wall(p))).toEqual(['2026-03-29 03:30', '2026-03-29 03:30']);
  });

  it('moves nothing when one of the posts is unknown', async () => {
    const core = await startTestCore();
    const { create } = await calendar(core);
    const a = await create();
    const before = dumpTables(core.ctx.db);
    const envelope = await core.dispatch('posts.move', { ids: [a.id, MISSING_ID], date: '2026-12-24' });
    expect(envelope).toMatchObject(NOT_FOUND);
    expect(dumpTables(core.ctx.db)).toEqual(before);
  });
});

describe('posts.setStatus', () => {
  it('changes the status of several posts, setting and then clearing their publication time', async () => {
    const core = await startTestCore();
    const { create } = await calendar(core);
    const past = await create({ date: '2026-11-20', time: '08:00' });
    const later = await create({ date: '2026-12-02' });
    const idea = await create({ status: 'idea', date: '2026-12-03' });
    core.clock.advance(5000);
    const published = await core.call('posts.setStatus', {
      ids: [past.id, later.id, idea.id],
      status: 'published',
    });
    expect(published.map((p) => [p.status, p.publishedAt])).toEqual([
      ['published', '2026-11-20T07:00:00.000Z'],
      ['published', '2026-11-26T09:00:05.000Z'],
      ['published', '2026-11-26T09:00:05.000Z'],
    ]);
    const ready = await core.call('posts.setStatus', { ids: [past.id, later.id], status: 'ready' });
    expect(ready.map((p) => [p.status, p.publishedAt])).toEqual([
      ['ready', null],
      ['ready', null],
    ]);
    expect((await core.call('posts.get', { id: idea.id })).status).toBe('published');
  });
});

describe('posts.duplicate', () => {
  it('makes one draft per channel, at the same date and wall-clock time', async () => {
    const core = await startTestCore();
    const { client, ig, x, fb, pillar, create } = await calendar(core);
    const source = await create({
      date: '2026-03-29',
      time: '03:30',
      status: 'published',
      format: 'carousel',
      pillarId: pillar.id,
      campaign: 'Pâques',
      paid: true,
      budgetCents: 2500,
      linkUrl: 'https://boulangerie-martin.fr',
      notes: 'notes internes',
    });
    core.clock.advance(1000);
    const copies = await core.call('posts.duplicate', { id: source.id, channelIds: [x.id, fb.id] });
    expect(copies.map((p) => p.channelId)).toEqual([x.id, fb.id]);
    for (const copy of copies) {
      expect(copy).toEqual({
        ...source,
        id: expect.any(String),
        channelId: copy.channelId,
        status: 'draft',
        publishedAt: null,
        createdAt: '2026-11-26T09:00:01.000Z',
        updatedAt: '2026-11-26T09:00:01.000Z',
      });
      expect(copy.id).not.toBe(source.id);
    }
    expect(await core.call('posts.get', { id: source.id })).toEqual(source);
    const all = await core.call('posts.list', { clientId: client.id, channelIds: [ig.id, x.id, fb.id] });
    expect(all).toHaveLength(3);
  });

  it('makes one copy per date, same channel and time, on either side of a DST change', async () => {
    const core = await startTestCore();
    const { create } = await calendar(core);
    const source = await create({ date: '2026-03-27', time: '10:00', status: 'idea' });
    const copies = await core.call('posts.duplicate', { id: source.id, dates: ['2026-03-30', '2026-03-20'] });
    expect(copies.map((p) => wall(p))).toEqual(['2026-03-30 10:00', '2026-03-20 10:00']);
    // An idea stays an idea.
    expect(copies.map((p) => [p.status, p.channelId])).toEqual([
      ['idea', source.channelId],
      ['idea', source.channelId],
    ]);
  });

  it('does both at once', async () => {
    const core = await startTestCore();
    const { x, create } = await calendar(core);
    const source = await create();
    const copies = await core.call('posts.duplicate', {
      id: source.id,
      channelIds: [x.id],
      dates: ['2026-12-07'],
    });
    expect(copies.map((p) => [p.channelId, wall(p)])).toEqual([
      [x.id, '2026-11-30 10:00'],
      [source.channelId, '2026-12-07 10:00'],
    ]);
  });

  it('refuses a channel of another client, and creates nothing', async () => {
    const core = await startTestCore();
    const { x, otherChannel, create } = await calendar(core);
    const source = await create();
    const before = dumpTables(core.ctx.db);
    const envelope = await core.dispatch('posts.duplicate', {
      id: source.id,
      channelIds: [x.id, otherChannel.id],
    });
    expect(envelope).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    if (!envelope.ok) expect(envelope.error.issues?.map((i) => i.code)).toEqual(['otherClient']);
    expect(dumpTables(core.ctx.db)).toEqual(before);
  });
});

describe('posts.copy ("copy last week")', () => {
  it('keeps the wall-clock time across the spring change: 10:00 stays 10:00 a week later', async () => {
    const core = await startTestCore();
    const { client, create } = await calendar(core);
    const monday = await create({ date: '2026-03-23', time: '10:00', status: 'published' });
    const sunday = await create({ date: '2026-03-29', time: '23:30', status: 'ready' });
    const copies = await core.call('posts.copy', { ids: [monday.id, sunday.id], days: 7 });
    expect(copies.map((p) => wall(p))).toEqual(['2026-03-30 10:00', '2026-04-05 23:30']);
    expect(copies[0]?.plannedAt).toBe('2026-03-30T08:00:00.000Z');
    // The instants are 167 hours apart, not 168.
    expect((Date.parse(copies[0]?.plannedAt ?? '') - Date.parse(monday.plannedAt)) / 3_600_000).toBe(167);
    expect(copies.map((p) => [p.status, p.publishedAt])).toEqual([
      ['draft', null],
      ['draft', null],
    ]);
    const next = await core.call('posts.list', { clientId: client.id, from: '2026-03-30', to: '2026-04-06' });
    expect(ids(next)).toEqual(ids(copies));
    // The originals stay where they were.
    expect(await core.call('posts.get', { id: monday.id })).toEqual(monday);
  });

  it('keeps it across the autumn change too, and copies backwards', async () => {
    const core = await startTestCore();
    const { create } = await calendar(core);
    const post = await create({ date: '2026-10-19', time: '10:00', status: 'idea' });
    const [later] = await core.call('posts.copy', { ids: [post.id], days: 7 });
    expect(later && wall(later)).toBe('2026-10-26 10:00');
    expect((Date.parse(later?.plannedAt ?? '') - Date.parse(post.plannedAt)) / 3_600_000).toBe(169);
    expect(later?.status).toBe('idea');
    const [earlier] = await core.call('posts.copy', { ids: [post.id], days: -7 });
    expect(earlier && wall(earlier)).toBe('2026-10-12 10:00');
  });
});

describe('posts.campaigns', () => {
  it("lists the client's campaigns once each, alphabetically, without the deleted ones", async () => {
    const core = await startTestCore();
    const { client, create, createOther } = await calendar(core);
    await create({ campaign: 'Soldes' });
    await create({ campaign: 'noël' });
    await create({ campaign: 'Soldes' });
    await create({ campaign: '' });
    await create({ campaign: 'Anniversaire' });
    const gone = await create({ campaign: 'Abandonnée' });
    await core.call('posts.delete', { ids: [gone.id] });
    await createOther({ campaign: 'Fromages' });
    expect(await core.call('posts.campaigns', { clientId: client.id })).toEqual([
      'Anniversaire',
      'noël',
      'Soldes',
    ]);
  });
});

describe('posts survive closing and reopening the app', () => {
  it('keeps created, edited, moved and re-statused posts', async () => {
    const core = await startTestCore();
    const { client, create } = await calendar(core);
    const a = await create({ date: '2026-03-29', time: '02:30' });
    const b = await create({ date: '2026-10-25', time: '02:30' });
    await core.call('posts.update', { id: a.id, caption: 'Modifié', budgetCents: 1200 });
    await core.call('posts.move', { ids: [b.id], date: '2026-10-26' });
    await core.call('posts.setStatus', { ids: [a.id], status: 'published' });
    const before = await core.call('posts.list', { clientId: client.id });
    await core.close();

    const reopened = await startTestCore({ dataDir: core.dataDir });
    const after = await reopened.call('posts.list', { clientId: client.id });
    expect(after).toEqual(before);
    expect(after.map((p) => wall(p))).toEqual(['2026-03-29 03:30', '2026-10-26 02:30']);
    expect(after[0]).toMatchObject({ caption: 'Modifié', budgetCents: 1200, status: 'published' });
    expect(countRows(reopened.ctx.db, 'SELECT count(*) FROM posts')).toBe(2);
  });
});
