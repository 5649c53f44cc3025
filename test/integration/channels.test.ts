import { describe, expect, it } from 'vitest';
import { NETWORK_IDS, NETWORKS } from '../../shared/networks.ts';
import { EnvelopeError, startTestCore } from '../support/hosts/fixture.ts';
import { channelInput, clientInput } from '../support/seeds/inputs.ts';

describe('channels through the dispatch', () => {
  it('gives every network its usual kind from the catalogue when none is chosen', async () => {
    const core = await startTestCore();
    const client = await core.call('clients.create', clientInput());
    for (const network of NETWORK_IDS) {
      const input = channelInput(client.id, { network, handle: `@${network}` });
      expect(input).not.toHaveProperty('kind');
      const channel = await core.call('channels.create', input);
      expect(channel.kind, network).toBe(NETWORKS[network].defaultKind);
    }
  });

  it('keeps a kind the user chose over the catalogue default', async () => {
    const core = await startTestCore();
    const client = await core.call('clients.create', clientInput());
    const channel = await core.call(
      'channels.create',
      channelInput(client.id, { network: 'facebook', kind: 'messaging', handle: 'Groupe des clients' }),
    );
    expect(NETWORKS.facebook.defaultKind).not.toBe('messaging');
    expect(channel).toMatchObject({
      clientId: client.id,
      network: 'facebook',
      kind: 'messaging',
      handle: 'Groupe des clients',
      archived: false,
      deletedAt: null,
    });
  });

  it('stores an empty URL when none is given', async () => {
    const core = await startTestCore();
    const client = await core.call('clients.create', clientInput());
    const channel = await core.call('channels.create', {
      clientId: client.id,
      network: 'forum',
      handle: 'Forum des artisans',
    });
    expect(channel.url).toBe('');
  });

  it('lists the channels of one client only', async () => {
    const core = await startTestCore();
    const mine = await core.call('clients.create', clientInput({ name: 'Mine' }));
    const other = await core.call('clients.create', clientInput({ name: 'Other' }));
    const a = await core.call('channels.create', channelInput(mine.id, { network: 'x', handle: 'mine_x' }));
    const b = await core.call(
      'channels.create',
      channelInput(mine.id, { network: 'facebook', handle: 'Mine FB' }),
    );
    await core.call('channels.create', channelInput(other.id, { handle: 'other_ig' }));
    const listed = await core.call('channels.list', { clientId: mine.id });
    expect(listed.map((c) => c.id).sort()).toEqual([a.id, b.id].sort());
    expect(listed.every((c) => c.clientId === mine.id)).toBe(true);
  });

  it('updates a channel, keeping fields that were not sent', async () => {
    const core = await startTestCore();
    const client = await core.call('clients.create', clientInput());
    const created = await core.call('channels.create', channelInput(client.id));
    core.clock.advance(1000);
    const updated = await core.call('channels.update', { id: created.id, handle: '@martin.pains', url: '' });
    expect(updated).toEqual({
      ...created,
      handle: '@martin.pains',
      url: '',
      updatedAt: '2026-11-26T09:00:01.000Z',
    });
    const listed = await core.call('channels.list', { clientId: client.id });
    expect(listed).toEqual([updated]);
  });

  it('hides archived channels unless includeArchived', async () => {
    const core = await startTestCore();
    const client = await core.call('clients.create', clientInput());
    const channel = await core.call('channels.create', channelInput(client.id));
    expect((await core.call('channels.archive', { id: channel.id, archived: true })).archived).toBe(true);
    expect(await core.call('channels.list', { clientId: client.id })).toEqual([]);
    const all = await core.call('channels.list', { clientId: client.id, includeArchived: true });
    expect(all.map((c) => c.id)).toEqual([channel.id]);
    await core.call('channels.archive', { id: channel.id, archived: false });
    expect((await core.call('channels.list', { clientId: client.id })).map((c) => c.id)).toEqual([
      channel.id,
    ]);
  });

  it('does not reach a channel whose client is in the trash', async () => {
    const core = await startTestCore();
    const client = await core.call('clients.create', clientInput());
    const channel = await core.call('channels.create', channelInput(client.id));
    await core.call('clients.delete', { id: client.id });

    const attempts = [
      core.dispatch('channels.list', { clientId: client.id }),
      core.dispatch('channels.update', { id: channel.id, handle: 'new' }),
      core.dispatch('channels.archive', { id: channel.id, archived: true }),
      core.dispatch('channels.delete', { id: channel.id }),
      core.dispatch('channels.create', channelInput(client.id)),
    ];
    for (const envelope of await Promise.all(attempts)) {
      expect(envelope).toMatchObject({ ok: false, error: { code: 'not_found' } });
    }
    await expect(core.call('clients.get', { id: client.id })).rejects.toBeInstanceOf(EnvelopeError);
  });
});
