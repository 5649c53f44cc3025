import { describe, expect, it } from 'vitest';
import { CLOCK_START } from '../support/hosts/clock.ts';
import { NOT_FOUND } from '../support/hosts/envelopes.ts';
import { startTestCore, type TestCore } from '../support/hosts/fixture.ts';
import { countRows, dumpTables } from '../support/readers/db-dump.ts';
import { channelInput, clientInput, MISSING_ID, postInput } from '../support/seeds/inputs.ts';

async function clientWithPillars(core: TestCore, name = 'Boulangerie Martin') {
  const client = await core.call('clients.create', clientInput({ name }));
  const channel = await core.call('channels.create', channelInput(client.id));
  const pillar = (pillarName: string, color = '#29A36A') =>
    core.call('pillars.create', { clientId: client.id, name: pillarName, color });
  return { client, channel, pillar };
}

describe('pillars', () => {
  it('creates a named colour for a client', async () => {
    const core = await startTestCore();
    const { client } = await clientWithPillars(core);
    const pillar = await core.call('pillars.create', {
      clientId: client.id,
      name: '  Recettes ',
      color: '#29a36a',
    });
    expect(pillar).toEqual({
      id: expect.any(String),
      clientId: client.id,
      name: 'Recettes',
      color: '#29a36a',
      createdAt: CLOCK_START,
      updatedAt: CLOCK_START,
      deletedAt: null,
    });
    expect(await core.call('pillars.list', { clientId: client.id })).toEqual([pillar]);
  });

  it("lists a client's pillars alphabetically, whatever their case, and never another client's", async () => {
    const core = await startTestCore();
    const mine = await clientWithPillars(core);
    const theirs = await clientWithPillars(core, 'Fromagerie Dupont');
    await mine.pillar('recettes');
    await mine.pillar('Coulisses');
    await mine.pillar('Avis clients');
    await theirs.pillar('Fromages');
    const names = (await core.call('pillars.list', { clientId: mine.client.id })).map((p) => p.name);
    expect(names).toEqual(['Avis clients', 'Coulisses', 'recettes']);
    expect((await core.call('pillars.list', { clientId: theirs.client.id })).map((p) => p.name)).toEqual([
      'Fromages',
    ]);
  });

  it('renames or recolours, keeping what was not sent', async () => {
    const core = await startTestCore();
    const { pillar } = await clientWithPillars(core);
    const created = await pillar('Recettes', '#29A36A');
    core.clock.advance(1000);
    const renamed = await core.call('pillars.update', { id: created.id, name: 'Recettes de saison' });
    expect(renamed).toEqual({
      ...created,
      name: 'Recettes de saison',
      updatedAt: '2026-11-26T09:00:01.000Z',
    });
    const recoloured = await core.call('pillars.update', { id: created.id, color: '#D63A7E' });
    expect(recoloured).toMatchObject({ name: 'Recettes de saison', color: '#D63A7E' });
  });

  it('refuses a pillar for an unknown or trashed client, and writes nothing', async () => {
    const core = await startTestCore();
    const { client } = await clientWithPillars(core);
    await core.call('clients.delete', { id: client.id });
    const before = dumpTables(core.ctx.db);
    for (const clientId of [client.id, MISSING_ID]) {
      const created = await core.dispatch('pillars.create', { clientId, name: 'X', color: '#000000' });
      expect(created).toMatchObject(NOT_FOUND);
      expect(await core.dispatch('pillars.list', { clientId })).toMatchObject(NOT_FOUND);
    }
    expect(dumpTables(core.ctx.db)).toEqual(before);
  });

  it('survives closing and reopening the app', async () => {
    const core = await startTestCore();
    const { client, pillar } = await clientWithPillars(core);
    const created = await pillar('Recettes');
    await core.call('pillars.update', { id: created.id, color: '#7B5EA7' });
    const before = await core.call('pillars.list', { clientId: client.id });
    await core.close();
    const reopened = await startTestCore({ dataDir: core.dataDir });
    expect(await reopened.call('pillars.list', { clientId: client.id })).toEqual(before);
    expect(before[0]?.color).toBe('#7B5EA7');
  });
});

describe('pillars in the trash', () => {
  it('moves a deleted pillar to the trash and restores it', async () => {
    const core = await startTestCore();
    const { client, pillar } = await clientWithPillars(core);
    const recettes = await pillar('Recettes');
    const coulisses = await pillar('Coulisses');
    core.clock.advance(3000);
    const item = await core.call('pillars.delete', { id: recettes.id });
    expect(item).toEqual({
      type: 'pillar',
      id: recettes.id,
      label: 'Recettes',
      network: null,
      clientName: 'Boulangerie Martin',
      deletedAt: '2026-11-26T09:00:03.000Z',
    });
    expect(await core.call('pillars.list', { clientId: client.id })).toEqual([coulisses]);
    expect(await core.call('trash.list', undefined)).toEqual([item]);
    expect(await core.dispatch('pillars.update', { id: recettes.id, name: 'X' })).toMatchObject(NOT_FOUND);
    expect(await core.dispatch('pillars.delete', { id: recettes.id })).toMatchObject(NOT_FOUND);

    await core.call('trash.restore', { type: 'pillar', id: recettes.id });
    const back = await core.call('pillars.list', { clientId: client.id });
    expect(back.map((p) => p.name)).toEqual(['Coulisses', 'Recettes']);
    expect(await core.call('trash.list', undefined)).toEqual([]);
  });

  it('cannot be given to a new post while in the trash', async () => {
    const core = await startTestCore();
    const { client, channel, pillar } = await clientWithPillars(core);
    const recettes = await pillar('Recettes');
    await core.call('pillars.delete', { id: recettes.id });
    expect(
      await core.dispatch('posts.create', postInput(client.id, channel.id, { pillarId: recettes.id })),
    ).toMatchObject(NOT_FOUND);
  });

  it('does not stop duplicating or copying a post whose pillar is in the trash', async () => {
    const core = await startTestCore();
    const { client, channel, pillar } = await clientWithPillars(core);
    const other = await core.call('channels.create', channelInput(client.id, { network: 'x', handle: '@x' }));
    const recettes = await pillar('Recettes');
    const post = await core.call('posts.create', postInput(client.id, channel.id, { pillarId: recettes.id }));
    await core.call('pillars.delete', { id: recettes.id });

    const [toChannel] = await core.call('posts.duplicate', { id: post.id, channelIds: [other.id] });
    const [nextWeek] = await core.call('posts.copy', { ids: [post.id], days: 7 });
    expect(toChannel?.caption).toBe(post.caption);
    expect(nextWeek?.caption).toBe(post.caption);
    // The copies lose the trashed pillar: a new post only ever takes a live one.
    expect([toChannel?.pillarId, nextWeek?.pillarId]).toEqual([null, null]);
  });

  it('leaves posts without a pillar once it is purged', async () => {
    const core = await startTestCore();
    const { client, channel, pillar } = await clientWithPillars(core);
    const recettes = await pillar('Recettes');
    const post = await core.call('posts.create', postInput(client.id, channel.id, { pillarId: recettes.id }));
    await core.call('pillars.delete', { id: recettes.id });
    await core.call('trash.purge', { type: 'pillar', id: recettes.id });
    expect(countRows(core.ctx.db, 'SELECT count(*) FROM pillars')).toBe(0);
    expect(await core.call('posts.get', { id: post.id })).toMatchObject({ id: post.id, pillarId: null });
  });

  it('keeps the pillars of a trashed client out of the trash list, and brings them back with it', async () => {
    const core = await startTestCore();
    const { client, pillar } = await clientWithPillars(core);
    const recettes = await pillar('Recettes');
    await core.call('clients.delete', { id: client.id });
    expect((await core.call('trash.list', undefined)).map((i) => i.type)).toEqual(['client']);
    expect(await core.dispatch('pillars.delete', { id: recettes.id })).toMatchObject(NOT_FOUND);
    await core.call('trash.restore', { type: 'client', id: client.id });
    expect(await core.call('pillars.list', { clientId: client.id })).toEqual([recettes]);
  });
});
