import { describe, expect, it } from 'vitest';
import { startTestCore } from '../support/hosts/fixture.ts';
import { channelInput, clientInput, postInput } from '../support/seeds/inputs.ts';

describe('editing what the journal and the competitors hold', () => {
  it('keeps a mention editable once the post it answers is in the trash, and its moment where it was read', async () => {
    const core = await startTestCore();
    const client = await core.call('clients.create', clientInput({ timeZone: 'Europe/Paris' }));
    const channel = await core.call('channels.create', channelInput(client.id));
    const post = await core.call(
      'posts.create',
      postInput(client.id, channel.id, { date: '2026-11-20', status: 'published', caption: 'Pain du jour' }),
    );
    const mention = await core.call('mentions.create', {
      clientId: client.id,
      date: '2026-11-21',
      time: '10:00',
      network: 'instagram',
      text: 'Bon pain',
      subject: { kind: 'brand' },
      sentiment: 'neutral',
      postId: post.id,
    });
    await core.call('posts.delete', { ids: [post.id] });
    await core.call('clients.update', { id: client.id, timeZone: 'America/New_York' });

    // The form sends every field back: the trashed post's link and the moment are not checked again.
    const { id, clientId, createdAt, updatedAt, deletedAt, ...fields } = mention;
    const edited = await core.call('mentions.update', { id, ...fields, sentiment: 'positive' });
    expect([edited.sentiment, edited.postId, edited.date, edited.time]).toEqual([
      'positive',
      post.id,
      '2026-11-21',
      '10:00',
    ]);
    const stored = core.ctx.db.prepare('SELECT said_at, time_zone FROM mentions WHERE id = ?').get(id);
    expect(stored).toEqual({ said_at: '2026-11-21T09:00:00.000Z', time_zone: 'Europe/Paris' });

    // Moved to another time, it is read on the client's clock of now.
    await core.call('mentions.update', { id, time: '11:00' });
    expect(core.ctx.db.prepare('SELECT said_at, time_zone FROM mentions WHERE id = ?').get(id)).toEqual({
      said_at: '2026-11-21T16:00:00.000Z',
      time_zone: 'America/New_York',
    });
  });

  it('brings an account typed again after it was removed back with its readings', async () => {
    const core = await startTestCore();
    const client = await core.call('clients.create', clientInput());
    const rival = await core.call('competitors.create', {
      clientId: client.id,
      name: 'Fournil',
      color: '#123456',
      accounts: [{ network: 'instagram', handle: '@fournil' }],
    });
    const account = rival.accounts[0]?.id as string;
    await core.call('competitors.saveReadings', {
      clientId: client.id,
      on: '2026-11-20',
      rows: [{ accountId: account, followers: 5000 }],
    });
    await core.call('competitors.update', { id: rival.id, accounts: [] });
    expect(await core.call('competitors.readings', { clientId: client.id, on: '2026-11-26' })).toEqual([]);

    const back = await core.call('competitors.update', {
      id: rival.id,
      accounts: [{ network: 'instagram', handle: 'Fournil' }],
    });
    expect(back.accounts.map((a) => [a.id, a.handle])).toEqual([[account, 'Fournil']]);
    const [row] = await core.call('competitors.readings', { clientId: client.id, on: '2026-11-26' });
    expect(row?.previous?.followers).toBe(5000);
  });
});
