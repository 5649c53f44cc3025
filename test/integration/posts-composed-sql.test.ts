import { describe, expect, it } from 'vitest';
import { utcToZoned } from '../../shared/calendar/zoned.ts';
import type { Post } from '../../shared/domain/post.ts';
import { startTestCore, type TestCore } from '../support/hosts/fixture.ts';
import { countRows } from '../support/readers/db-dump.ts';
import { seedCalendar } from '../support/seeds/calendar-seed.ts';

// listPosts composes its filters and its order (sql.ts); updatePost writes only what it is given
// (update.ts). What the user sees must be what it was when both were edited as strings.

const HOSTILE = "'; DROP TABLE posts; --";
const when = (p: Post) => {
  const local = utcToZoned(p.plannedAt, 'Europe/Paris');
  return `${local.date} ${local.time}`;
};

/** Five posts of the bakery over two weeks, out of order, two of them at the same minute. */
async function fivePosts(core: TestCore) {
  const seeded = await seedCalendar(core);
  const { create } = seeded;
  const posts = [
    await create({ date: '2026-12-03', time: '18:00', caption: 'Galette des rois', campaign: 'Noël' }),
    await create({ date: '2026-11-30', time: '08:00', caption: 'Galette au beurre' }),
    await create({ date: '2026-12-08', time: '12:00', caption: 'Galette aux pommes', campaign: 'Noël' }),
    await create({ date: '2026-11-30', time: '08:00', caption: 'Croissants du matin' }),
    await create({ date: '2026-12-01', time: '09:30', caption: 'Galette frangipane', status: 'ready' }),
  ];
  return { ...seeded, posts };
}

describe('posts.list order', () => {
  it('lists a range oldest first, ties by id, whatever filters are on', async () => {
    const core = await startTestCore();
    const { client, posts } = await fivePosts(core);
    const all = await core.call('posts.list', { clientId: client.id, from: '2026-11-30', to: '2026-12-14' });
    expect(all.map(when)).toEqual([
      '2026-11-30 08:00',
      '2026-11-30 08:00',
      '2026-12-01 09:30',
      '2026-12-03 18:00',
      '2026-12-08 12:00',
    ]);
    const tied = all.slice(0, 2).map((p) => p.id);
    expect(tied).toEqual([...tied].sort());
    const filtered = await core.call('posts.list', {
      clientId: client.id,
      campaigns: ['Noël'],
      statuses: ['draft'],
    });
    expect(filtered.map((p) => p.id)).toEqual([posts[0]?.id, posts[2]?.id]);
  });

  it('lists a search newest first, and keeps the most recent matches at the limit', async () => {
    const core = await startTestCore();
    const { client } = await fivePosts(core);
    const found = await core.call('posts.list', { clientId: client.id, search: 'galette' });
    expect(found.map(when)).toEqual([
      '2026-12-08 12:00',
      '2026-12-03 18:00',
      '2026-12-01 09:30',
      '2026-11-30 08:00',
    ]);
    const two = await core.call('posts.list', { clientId: client.id, search: 'galette', limit: 2 });
    expect(two.map(when)).toEqual(['2026-12-08 12:00', '2026-12-03 18:00']);
    // A search narrowed by a filter and a range keeps both and the order.
    const narrowed = await core.call('posts.list', {
      clientId: client.id,
      search: 'galette',
      campaigns: ['Noël'],
      from: '2026-12-01',
      to: '2026-12-31',
    });
    expect(narrowed.map(when)).toEqual(['2026-12-08 12:00', '2026-12-03 18:00']);
  });

  it('takes a hostile filter or search as a value, finding nothing and dropping nothing', async () => {
    const core = await startTestCore();
    const { client } = await fivePosts(core);
    expect(await core.call('posts.list', { clientId: client.id, campaigns: [HOSTILE] })).toEqual([]);
    expect(await core.call('posts.list', { clientId: client.id, search: HOSTILE })).toEqual([]);
    expect(countRows(core.ctx.db, 'SELECT count(*) FROM posts')).toBe(5);
  });
});

describe('posts.update writes only what it is given', () => {
  it('changes the caption alone, and the search follows it', async () => {
    const core = await startTestCore();
    const { client, posts } = await fivePosts(core);
    const post = posts[1] as Post;
    core.clock.advance(1000);
    const updated = await core.call('posts.update', { id: post.id, caption: 'Pain de campagne' });
    expect(updated).toEqual({ ...post, caption: 'Pain de campagne', updatedAt: '2026-11-26T09:00:01.000Z' });
    const search = async (text: string) =>
      (await core.call('posts.list', { clientId: client.id, search: text })).map((p) => p.id);
    expect(await search('campagne')).toEqual([post.id]);
    expect(await search('beurre')).toEqual([]);
  });

  it('clears a pillar and a budget given as null, and keeps the rest', async () => {
    const core = await startTestCore();
    const { create, pillar } = await seedCalendar(core);
    const post = await create({ pillarId: pillar.id, paid: true, budgetCents: 5000, notes: 'Boosté' });
    const updated = await core.call('posts.update', { id: post.id, pillarId: null, budgetCents: null });
    expect(updated).toMatchObject({ pillarId: null, budgetCents: null, paid: true, notes: 'Boosté' });
    const unpaid = await core.call('posts.update', { id: post.id, paid: false });
    expect(unpaid).toMatchObject({ paid: false, pillarId: null, notes: 'Boosté' });
  });

  it('with nothing but an id, only moves updatedAt', async () => {
    const core = await startTestCore();
    const { posts } = await fivePosts(core);
    const post = posts[4] as Post;
    core.clock.advance(2000);
    expect(await core.call('posts.update', { id: post.id })).toEqual({
      ...post,
      updatedAt: '2026-11-26T09:00:02.000Z',
    });
  });

  it('sets a caption that looks like SQL as plain text', async () => {
    const core = await startTestCore();
    const { posts } = await fivePosts(core);
    const updated = await core.call('posts.update', { id: (posts[0] as Post).id, caption: HOSTILE });
    expect(updated.caption).toBe(HOSTILE);
    expect(countRows(core.ctx.db, 'SELECT count(*) FROM posts')).toBe(5);
  });
});
