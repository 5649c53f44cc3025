import { describe, expect, it } from 'vitest';
import type { Db } from '../../electron/db/types.ts';
import type { Post } from '../../shared/domain/post.ts';
import { NOT_FOUND } from '../support/hosts/envelopes.ts';
import { startTestCore, type TestCore } from '../support/hosts/fixture.ts';
import { countRows, dumpTables } from '../support/readers/db-dump.ts';
import { seedCalendar } from '../support/seeds/calendar-seed.ts';
import { MISSING_ID } from '../support/seeds/inputs.ts';

/** The seeded bakery on Instagram and X; `list` gives the ids of a client's live posts. */
async function calendar(core: TestCore) {
  const seed = await seedCalendar(core, {
    channels: { ig: { network: 'instagram', handle: '@ig' }, x: { network: 'x', handle: '@x' } },
  });
  const list = async (clientId = seed.client.id) =>
    (await core.call('posts.list', { clientId })).map((p) => p.id);
  return { ...seed, list };
}

const ids = (posts: readonly Post[]) => posts.map((p) => p.id);

/** The full-text index agrees with the posts table (throws SQLITE_CORRUPT_VTAB otherwise). */
function checkSearchIndex(db: Db) {
  db.prepare("INSERT INTO posts_fts (posts_fts, rank) VALUES ('integrity-check', 1)").run();
}

describe('posts in the trash', () => {
  it('deletes several posts at once, each becoming a trash item', async () => {
    const core = await startTestCore();
    const { create, list } = await calendar(core);
    const a = await create({ caption: 'Croissants du dimanche' });
    const b = await create({ caption: 'x'.repeat(100), time: '11:00' });
    const kept = await create({ time: '12:00' });
    core.clock.advance(2000);
    const items = await core.call('posts.delete', { ids: [a.id, b.id] });
    const deletedAt = '2026-11-26T09:00:02.000Z';
    expect(items).toEqual([
      {
        type: 'post',
        id: a.id,
        label: 'Croissants du dimanche',
        network: 'instagram',
        clientName: 'Boulangerie Martin',
        deletedAt,
      },
      {
        type: 'post',
        id: b.id,
        label: 'x'.repeat(80),
        network: 'instagram',
        clientName: 'Boulangerie Martin',
        deletedAt,
      },
    ]);
    expect(await list()).toEqual([kept.id]);
    expect(await core.dispatch('posts.get', { id: a.id })).toMatchObject(NOT_FOUND);
    expect(await core.call('trash.list', undefined)).toEqual(expect.arrayContaining(items));
    expect(await core.call('trash.list', undefined)).toHaveLength(2);
  });

  it('brings a bulk deletion back in one undo, posts unchanged and searchable again', async () => {
    const core = await startTestCore();
    const { client, create, list } = await calendar(core);
    const posts = [
      await create({ caption: 'Tarte aux pommes', campaign: 'Automne' }),
      await create({ caption: 'Pain aux noix', time: '11:00' }),
      await create({ caption: 'Tarte tatin', time: '12:00' }),
    ];
    const items = await core.call('posts.delete', { ids: ids(posts) });
    expect(await list()).toEqual([]);
    core.clock.advance(1000);

    const restored = await core.call('trash.restoreMany', {
      refs: items.map(({ type, id }) => ({ type, id })),
    });
    expect(restored.map((i) => [i.type, i.id])).toEqual(posts.map((p) => ['post', p.id]));
    expect(await core.call('trash.list', undefined)).toEqual([]);
    const back = await core.call('posts.list', { clientId: client.id });
    expect(back).toEqual(posts.map((p) => ({ ...p, updatedAt: '2026-11-26T09:00:01.000Z' })));
    const found = await core.call('posts.list', { clientId: client.id, search: 'tarte' });
    // Search results come newest first.
    expect(found.map((p) => p.caption)).toEqual(['Tarte tatin', 'Tarte aux pommes']);
    expect(await core.call('posts.campaigns', { clientId: client.id })).toEqual(['Automne']);
  });

  it('restores nothing when one of the items is not in the trash', async () => {
    const core = await startTestCore();
    const { create } = await calendar(core);
    const a = await create();
    const b = await create({ time: '11:00' });
    await core.call('posts.delete', { ids: [a.id] });
    const before = dumpTables(core.ctx.db);
    const refs = [
      { type: 'post', id: a.id },
      { type: 'post', id: b.id },
    ] as const;
    expect(await core.dispatch('trash.restoreMany', { refs })).toMatchObject(NOT_FOUND);
    expect(dumpTables(core.ctx.db)).toEqual(before);
  });

  it('deletes nothing when one of the posts is unknown', async () => {
    const core = await startTestCore();
    const { create, list } = await calendar(core);
    const a = await create();
    expect(await core.dispatch('posts.delete', { ids: [a.id, MISSING_ID] })).toMatchObject(NOT_FOUND);
    expect(await list()).toEqual([a.id]);
    expect(await core.call('trash.list', undefined)).toEqual([]);
  });

  it('purges a post for good, from the table and from the search index', async () => {
    const core = await startTestCore();
    const { client, create } = await calendar(core);
    const post = await create({ caption: 'Galette des rois', notes: 'frangipane' });
    await core.call('posts.delete', { ids: [post.id] });
    const item = await core.call('trash.purge', { type: 'post', id: post.id });
    expect(item).toMatchObject({ type: 'post', id: post.id, label: 'Galette des rois' });
    expect(countRows(core.ctx.db, 'SELECT count(*) FROM posts')).toBe(0);
    expect(countRows(core.ctx.db, "SELECT count(*) FROM posts_fts WHERE posts_fts MATCH 'frangipane'")).toBe(
      0,
    );
    checkSearchIndex(core.ctx.db);
    expect(await core.call('trash.list', undefined)).toEqual([]);
    expect(await core.call('posts.list', { clientId: client.id, search: 'galette' })).toEqual([]);
    expect(await core.dispatch('trash.restore', { type: 'post', id: post.id })).toMatchObject(NOT_FOUND);
  });

  it('keeps the trash across a restart, and undo still works after it', async () => {
    const core = await startTestCore();
    const { client, create } = await calendar(core);
    const post = await create();
    const [item] = await core.call('posts.delete', { ids: [post.id] });
    await core.close();

    const reopened = await startTestCore({ dataDir: core.dataDir });
    expect(await reopened.call('trash.list', undefined)).toEqual([item]);
    await reopened.call('trash.restoreMany', { refs: [{ type: 'post', id: post.id }] });
    expect((await reopened.call('posts.list', { clientId: client.id })).map((p) => p.id)).toEqual([post.id]);
  });
});

describe('posts follow their channel and client into the trash', () => {
  it('hides the posts of a trashed channel, and shows them again when it comes back', async () => {
    const core = await startTestCore();
    const { client, ig, x, create, list } = await calendar(core);
    const onIg = await create({ caption: 'Sur Instagram' });
    const onX = await create({ channelId: x.id, caption: 'Sur X', time: '11:00' });
    await core.call('channels.delete', { id: ig.id });

    expect(await list()).toEqual([onX.id]);
    expect(await core.call('posts.list', { clientId: client.id, search: 'instagram' })).toEqual([]);
    expect(await core.dispatch('posts.get', { id: onIg.id })).toMatchObject(NOT_FOUND);
    expect(await core.dispatch('posts.delete', { ids: [onIg.id] })).toMatchObject(NOT_FOUND);
    // The trash lists the channel only: its posts come back with it.
    expect((await core.call('trash.list', undefined)).map((i) => [i.type, i.id])).toEqual([
      ['channel', ig.id],
    ]);

    await core.call('trash.restore', { type: 'channel', id: ig.id });
    expect(await list()).toEqual([onIg.id, onX.id]);
    expect(await core.call('posts.get', { id: onIg.id })).toMatchObject({
      caption: 'Sur Instagram',
      deletedAt: null,
    });
  });

  it('leaves a post deleted on its own in the trash when its channel comes back', async () => {
    const core = await startTestCore();
    const { ig, create, list } = await calendar(core);
    const post = await create();
    await core.call('posts.delete', { ids: [post.id] });
    await core.call('channels.delete', { id: ig.id });
    await core.call('trash.restore', { type: 'channel', id: ig.id });
    expect(await list()).toEqual([]);
    expect((await core.call('trash.list', undefined)).map((i) => [i.type, i.id])).toEqual([
      ['post', post.id],
    ]);
  });

  it('removes the posts of a purged channel, and only those', async () => {
    const core = await startTestCore();
    const { ig, x, create, list } = await calendar(core);
    await create({ caption: 'Sur Instagram' });
    const onX = await create({ channelId: x.id, caption: 'Sur X' });
    await core.call('channels.delete', { id: ig.id });
    await core.call('trash.purge', { type: 'channel', id: ig.id });
    expect(await list()).toEqual([onX.id]);
    expect(countRows(core.ctx.db, 'SELECT count(*) FROM posts')).toBe(1);
    checkSearchIndex(core.ctx.db);
  });

  it('removes every post of a purged client, and leaves the other clients’ alone', async () => {
    const core = await startTestCore();
    const { client, other, pillar, create, createOther, list } = await calendar(core);
    for (const time of ['09:00', '10:00', '11:00']) await create({ time, caption: `Pain ${time}` });
    const survivor = await createOther({ caption: 'Comté 24 mois' });

    await core.call('clients.delete', { id: client.id });
    expect(await core.dispatch('posts.list', { clientId: client.id })).toMatchObject(NOT_FOUND);
    // Only the client is in the trash: its posts and pillars come back with it.
    expect((await core.call('trash.list', undefined)).map((i) => i.type)).toEqual(['client']);
    await core.call('trash.purge', { type: 'client', id: client.id });

    const db = core.ctx.db;
    expect(countRows(db, 'SELECT count(*) FROM posts WHERE client_id = ?', client.id)).toBe(0);
    expect(countRows(db, 'SELECT count(*) FROM pillars WHERE id = ?', pillar.id)).toBe(0);
    expect(countRows(db, "SELECT count(*) FROM posts_fts WHERE posts_fts MATCH 'pain'")).toBe(0);
    checkSearchIndex(db);
    expect(await list(other.id)).toEqual([survivor.id]);
    expect(await core.call('trash.list', undefined)).toEqual([]);
  });

  it('brings a trashed client back with all its posts', async () => {
    const core = await startTestCore();
    const { client, create, list } = await calendar(core);
    const a = await create();
    const b = await create({ time: '11:00' });
    await core.call('clients.delete', { id: client.id });
    await core.call('trash.restoreMany', { refs: [{ type: 'client', id: client.id }] });
    expect(await list()).toEqual([a.id, b.id]);
  });
});
