import { describe, expect, it } from 'vitest';
import { startTestCore, type TestCore } from '../support/hosts/fixture.ts';
import { channelInput, clientInput, postInput } from '../support/seeds/inputs.ts';

async function publishedPost(core: TestCore) {
  const client = await core.call('clients.create', clientInput());
  const channel = await core.call('channels.create', channelInput(client.id));
  const post = await core.call('posts.create', postInput(client.id, channel.id, { status: 'published' }));
  return { post, channel };
}

/** Counts, in a temporary table, the updates of a post that name its planning columns. */
function watchPlanning(core: TestCore): () => number {
  const db = core.ctx.db;
  db.exec(`CREATE TEMP TABLE fired (n INTEGER);
    CREATE TEMP TRIGGER planning_written AFTER UPDATE OF planned_at, status, channel_id, published_at ON posts
    BEGIN INSERT INTO fired VALUES (1); END;`);
  return () => db.prepare('SELECT count(*) FROM fired').pluck().get() as number;
}

describe('an update writes only what changed', () => {
  it('an update that changes nothing writes its updatedAt alone (no trigger fires)', async () => {
    const core = await startTestCore();
    const { post } = await publishedPost(core);
    core.clock.advance(60_000);
    const changes = () => core.ctx.db.prepare('SELECT total_changes()').pluck().get() as number;
    const before = changes();
    const same = await core.call('posts.update', { id: post.id, caption: post.caption, status: 'published' });
    expect(same).toEqual({ ...post, updatedAt: '2026-11-26T09:01:00.000Z' });
    expect(changes() - before).toBe(1);
    expect(await core.call('posts.get', { id: post.id })).toEqual(same);
  });

  it("a caption's autosave leaves the planning columns (and their triggers) alone, and answers as a read does", async () => {
    const core = await startTestCore();
    const { post } = await publishedPost(core);
    const planningWrites = watchPlanning(core);
    core.clock.advance(60_000);
    const saved = await core.call('posts.update', { id: post.id, caption: 'Un autre texte' });
    expect(planningWrites()).toBe(0);
    expect(saved).toEqual({ ...post, caption: 'Un autre texte', updatedAt: '2026-11-26T09:01:00.000Z' });
    expect(await core.call('posts.get', { id: post.id })).toEqual(saved);

    const moved = await core.call('posts.update', { id: post.id, time: '11:15' });
    expect(planningWrites()).toBe(1);
    expect(moved.plannedAt).not.toBe(post.plannedAt);
    expect(await core.call('posts.get', { id: post.id })).toEqual(moved);
  });
});
