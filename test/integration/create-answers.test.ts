import { describe, expect, it } from 'vitest';
import { startTestCore } from '../support/hosts/fixture.ts';
import { channelInput, clientInput, pillarInput, postInput } from '../support/seeds/inputs.ts';

/** A create answers with the row it wrote, not read back: the answer must be what a read gives. */
describe('what a create answers is what a fresh read gives', () => {
  it('for a client, a channel and a pillar', async () => {
    const core = await startTestCore();
    const client = await core.call('clients.create', clientInput({ name: '  Café Lune ', notes: 'mardi' }));
    expect(await core.call('clients.get', { id: client.id })).toEqual(client);

    const channel = await core.call('channels.create', channelInput(client.id, { network: 'youtube' }));
    expect(await core.call('channels.list', { clientId: client.id })).toEqual([channel]);

    const pillar = await core.call('pillars.create', pillarInput(client.id));
    expect(await core.call('pillars.list', { clientId: client.id })).toEqual([pillar]);
  });

  it('for posts: a draft, a published paid post with its pillar, and one with segments', async () => {
    const core = await startTestCore();
    const client = await core.call('clients.create', clientInput({ timeZone: 'America/Montreal' }));
    const channel = await core.call('channels.create', channelInput(client.id));
    const pillar = await core.call('pillars.create', pillarInput(client.id));
    const [zèbre, atelier] = [
      await core.call('segments.create', { clientId: client.id, name: 'zèbre' }),
      await core.call('segments.create', { clientId: client.id, name: 'Atelier' }),
    ];
    const created = [
      await core.call('posts.create', postInput(client.id, channel.id)),
      await core.call(
        'posts.create',
        postInput(client.id, channel.id, {
          date: '2026-11-01',
          time: '01:30',
          occurrence: 'later',
          status: 'published',
          paid: true,
          budgetCents: 1250,
          pillarId: pillar.id,
          campaign: 'Noël',
          linkUrl: 'https://example.org/noel',
          notes: 'relancer',
        }),
      ),
      await core.call(
        'posts.create',
        postInput(client.id, channel.id, {
          segmentIds: [zèbre?.id ?? '', atelier?.id ?? '', zèbre?.id ?? ''],
        }),
      ),
    ];
    expect(created[2]?.segmentIds).toEqual([atelier?.id, zèbre?.id]);
    for (const post of created) expect(await core.call('posts.get', { id: post.id })).toEqual(post);
  });
});
