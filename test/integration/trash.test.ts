import { describe, expect, it } from 'vitest';
import { startTestCore, type TestCore } from '../support/hosts/fixture.ts';
import { countRows } from '../support/readers/db-dump.ts';
import { channelInput, clientInput } from '../support/seeds/inputs.ts';

async function clientWithChannels(core: TestCore, name = 'Boulangerie Martin') {
  const client = await core.call('clients.create', clientInput({ name }));
  const ig = await core.call(
    'channels.create',
    channelInput(client.id, { network: 'instagram', handle: 'ig' }),
  );
  const x = await core.call('channels.create', channelInput(client.id, { network: 'x', handle: 'xx' }));
  return { client, channels: [ig, x] };
}

describe('trash, restore, purge', () => {
  it('moves a deleted client out of the list and into the trash', async () => {
    const core = await startTestCore();
    const { client } = await clientWithChannels(core);
    core.clock.advance(5000);
    const item = await core.call('clients.delete', { id: client.id });
    expect(item).toEqual({
      type: 'client',
      id: client.id,
      label: 'Boulangerie Martin',
      network: null,
      clientName: null,
      deletedAt: '2026-11-26T09:00:05.000Z',
    });
    expect(await core.call('clients.list', { includeArchived: true })).toEqual([]);
    expect(await core.call('trash.list', undefined)).toEqual([item]);
    expect(await core.dispatch('clients.get', { id: client.id })).toMatchObject({
      ok: false,
      error: { code: 'not_found' },
    });
  });

  it('restores a client together with its channels', async () => {
    const core = await startTestCore();
    const { client, channels } = await clientWithChannels(core);
    await core.call('clients.delete', { id: client.id });
    // Its channels come back with it, so the trash does not list them separately.
    expect((await core.call('trash.list', undefined)).map((i) => i.type)).toEqual(['client']);

    const restored = await core.call('trash.restore', { type: 'client', id: client.id });
    expect(restored).toMatchObject({ type: 'client', id: client.id });
    expect(await core.call('trash.list', undefined)).toEqual([]);
    const back = await core.call('clients.get', { id: client.id });
    expect(back).toMatchObject({ name: client.name, channelCount: 2, deletedAt: null });
    const listed = await core.call('channels.list', { clientId: client.id });
    expect(listed.map((c) => c.id).sort()).toEqual(channels.map((c) => c.id).sort());
  });

  it('purges a client for good, its channels with it', async () => {
    const core = await startTestCore();
    const { client } = await clientWithChannels(core);
    const survivor = await clientWithChannels(core, 'Survivant');
    await core.call('clients.delete', { id: client.id });
    await core.call('trash.purge', { type: 'client', id: client.id });

    expect(await core.call('trash.list', undefined)).toEqual([]);
    const db = core.ctx.db;
    expect(countRows(db, 'SELECT count(*) FROM clients WHERE id = ?', client.id)).toBe(0);
    expect(countRows(db, 'SELECT count(*) FROM channels WHERE client_id = ?', client.id)).toBe(0);
    expect(countRows(db, 'SELECT count(*) FROM channels WHERE client_id = ?', survivor.client.id)).toBe(2);
    expect(await core.dispatch('trash.restore', { type: 'client', id: client.id })).toMatchObject({
      ok: false,
      error: { code: 'not_found' },
    });
  });

  it('trashes, restores and purges a single channel', async () => {
    const core = await startTestCore();
    const { client, channels } = await clientWithChannels(core);
    const [ig, x] = channels;
    if (!ig || !x) throw new Error('fixture');

    const item = await core.call('channels.delete', { id: ig.id });
    expect(item).toMatchObject({
      type: 'channel',
      id: ig.id,
      label: 'ig',
      network: 'instagram',
      clientName: 'Boulangerie Martin',
    });
    expect((await core.call('channels.list', { clientId: client.id })).map((c) => c.id)).toEqual([x.id]);
    expect(await core.call('trash.list', undefined)).toEqual([item]);

    await core.call('trash.restore', { type: 'channel', id: ig.id });
    expect((await core.call('channels.list', { clientId: client.id })).map((c) => c.id).sort()).toEqual(
      [ig.id, x.id].sort(),
    );

    await core.call('channels.delete', { id: ig.id });
    await core.call('trash.purge', { type: 'channel', id: ig.id });
    expect(countRows(core.ctx.db, 'SELECT count(*) FROM channels WHERE id = ?', ig.id)).toBe(0);
    expect(countRows(core.ctx.db, 'SELECT count(*) FROM clients WHERE id = ?', client.id)).toBe(1);
    expect(await core.call('trash.list', undefined)).toEqual([]);
  });

  it('refuses to restore or purge what is not in the trash', async () => {
    const core = await startTestCore();
    const { client, channels } = await clientWithChannels(core);
    const live = [
      { type: 'client', id: client.id },
      { type: 'channel', id: channels[0]?.id },
    ];
    for (const ref of live) {
      for (const method of ['trash.restore', 'trash.purge']) {
        expect(await core.dispatch(method, ref), `${method} ${ref.type}`).toMatchObject({
          ok: false,
          error: { code: 'not_found' },
        });
      }
    }
    expect(countRows(core.ctx.db, 'SELECT count(*) FROM channels')).toBe(2);
    // A channel id is not a client id: the type must match too.
    await core.call('channels.delete', { id: channels[0]?.id ?? '' });
    expect(await core.dispatch('trash.restore', { type: 'client', id: channels[0]?.id })).toMatchObject({
      ok: false,
      error: { code: 'not_found' },
    });
  });

  it('refuses to delete twice', async () => {
    const core = await startTestCore();
    const { client } = await clientWithChannels(core);
    await core.call('clients.delete', { id: client.id });
    expect(await core.dispatch('clients.delete', { id: client.id })).toMatchObject({
      ok: false,
      error: { code: 'not_found' },
    });
  });

  it('lists the newest deletion first, so undo restores the last one', async () => {
    const core = await startTestCore();
    const first = await clientWithChannels(core, 'Premier');
    const second = await clientWithChannels(core, 'Second');
    await core.call('clients.delete', { id: first.client.id });
    core.clock.advance(1000);
    await core.call('channels.delete', { id: second.channels[1]?.id ?? '' });
    core.clock.advance(1000);
    await core.call('clients.delete', { id: second.client.id });

    // Undo from the toast: restore the newest item of the trash.
    const [last] = await core.call('trash.list', undefined);
    expect(last).toMatchObject({ type: 'client', id: second.client.id });
    if (!last) throw new Error('empty trash');
    await core.call('trash.restore', { type: last.type, id: last.id });

    expect((await core.call('clients.list', undefined)).map((c) => c.name)).toEqual(['Second']);
    // The channel deleted on its own before its client stays in the trash.
    const trash = await core.call('trash.list', undefined);
    expect(trash.map((i) => [i.type, i.id])).toEqual([
      ['channel', second.channels[1]?.id],
      ['client', first.client.id],
    ]);
  });
});
