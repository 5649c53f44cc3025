import { describe, expect, it } from 'vitest';
import { startTestCore } from '../support/hosts/fixture.ts';
import { channelInput, clientInput } from '../support/seeds/inputs.ts';

describe('clients through the dispatch', () => {
  it('creates a client with what the user typed, trimmed, and lists it', async () => {
    const core = await startTestCore();
    const created = await core.call('clients.create', {
      name: '  Boulangerie Martin  ',
      color: '#E4572E',
      timeZone: 'Europe/Paris',
      notes: 'Publie le mardi',
    });
    expect(created).toMatchObject({
      name: 'Boulangerie Martin',
      color: '#E4572E',
      timeZone: 'Europe/Paris',
      notes: 'Publie le mardi',
      archived: false,
      channelCount: 0,
      deletedAt: null,
      createdAt: '2026-11-26T09:00:00.000Z',
      updatedAt: '2026-11-26T09:00:00.000Z',
    });
    expect(created.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(await core.call('clients.list', undefined)).toEqual([created]);
    expect(await core.call('clients.get', { id: created.id })).toEqual(created);
  });

  it('defaults notes to empty when the user leaves them out', async () => {
    const core = await startTestCore();
    const { notes: _omitted, ...withoutNotes } = clientInput();
    expect((await core.call('clients.create', withoutNotes)).notes).toBe('');
  });

  it('lists clients by name, ignoring case', async () => {
    const core = await startTestCore();
    for (const name of ['zèbre', 'Atelier Nord', 'bistrot du Port', 'Café Lune'])
      await core.call('clients.create', clientInput({ name }));
    const names = (await core.call('clients.list', {})).map((c) => c.name);
    expect(names).toEqual(['Atelier Nord', 'bistrot du Port', 'Café Lune', 'zèbre']);
  });

  it('updates only the fields given and stamps updatedAt', async () => {
    const core = await startTestCore();
    const created = await core.call('clients.create', clientInput({ notes: 'garder' }));
    core.clock.advance(60_000);
    const updated = await core.call('clients.update', {
      id: created.id,
      name: 'Boulangerie Martin & Fils',
      timeZone: 'America/Montreal',
    });
    expect(updated).toEqual({
      ...created,
      name: 'Boulangerie Martin & Fils',
      timeZone: 'America/Montreal',
      updatedAt: '2026-11-26T09:01:00.000Z',
    });
    expect(await core.call('clients.get', { id: created.id })).toEqual(updated);
  });

  it('hides archived clients unless includeArchived, and brings them back on unarchive', async () => {
    const core = await startTestCore();
    const kept = await core.call('clients.create', clientInput({ name: 'Actif' }));
    const old = await core.call('clients.create', clientInput({ name: 'Ancien' }));
    const archived = await core.call('clients.archive', { id: old.id, archived: true });
    expect(archived.archived).toBe(true);

    expect((await core.call('clients.list', undefined)).map((c) => c.id)).toEqual([kept.id]);
    expect((await core.call('clients.list', { includeArchived: false })).map((c) => c.id)).toEqual([kept.id]);
    expect((await core.call('clients.list', { includeArchived: true })).map((c) => c.id)).toEqual([
      kept.id,
      old.id,
    ]);
    // An archived client is still reachable by id: the user can open it to unarchive it.
    expect((await core.call('clients.get', { id: old.id })).archived).toBe(true);

    await core.call('clients.archive', { id: old.id, archived: false });
    expect((await core.call('clients.list', undefined)).map((c) => c.name)).toEqual(['Actif', 'Ancien']);
  });

  it('counts only live channels in channelCount', async () => {
    const core = await startTestCore();
    const client = await core.call('clients.create', clientInput());
    const a = await core.call('channels.create', channelInput(client.id, { handle: 'a' }));
    const b = await core.call('channels.create', channelInput(client.id, { handle: 'b', network: 'x' }));
    await core.call('channels.create', channelInput(client.id, { handle: 'c', network: 'tiktok' }));
    expect((await core.call('clients.get', { id: client.id })).channelCount).toBe(3);

    await core.call('channels.archive', { id: a.id, archived: true });
    await core.call('channels.delete', { id: b.id });
    expect((await core.call('clients.get', { id: client.id })).channelCount).toBe(1);
    expect((await core.call('clients.list', undefined))[0]?.channelCount).toBe(1);
  });
});
