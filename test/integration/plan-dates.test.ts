import { describe, expect, it } from 'vitest';
import { startTestCore } from '../support/hosts/fixture.ts';
import { clientInput } from '../support/seeds/inputs.ts';

describe('dates to plan around', () => {
  it('shows no built-in date until a set is turned on for the client, then its days', async () => {
    const core = await startTestCore();
    const client = await core.call('clients.create', clientInput());
    const may2027 = { clientId: client.id, from: '2027-05-01', to: '2027-06-01' };
    expect(await core.call('dates.list', may2027)).toEqual([]);

    expect(
      await core.call('dates.setSets', { clientId: client.id, sets: ['fr-commerce', 'fr-holidays'] }),
    ).toEqual(['fr-holidays', 'fr-commerce']);
    const may = await core.call('dates.list', may2027);
    // Pentecost 2027 is 16 May: Fête des mères keeps the last Sunday of May, the 30th.
    expect(may.find((d) => d.id === 'fr-fete-des-meres')).toMatchObject({
      source: 'builtIn',
      on: '2027-05-30',
      days: 1,
    });
    expect(may.filter((d) => d.set === 'fr-holidays').map((d) => d.on)).toEqual([
      '2027-05-01',
      '2027-05-06',
      '2027-05-08',
      '2027-05-17',
    ]);
    expect(await core.call('dates.sets', { clientId: client.id })).toEqual(['fr-holidays', 'fr-commerce']);
  });

  it("adds the user's own dates, the client's and everyone's, on every year they fall", async () => {
    const core = await startTestCore();
    const client = await core.call('clients.create', clientInput());
    const other = await core.call('clients.create', clientInput({ name: 'Fleuriste Rose' }));
    const anniversary = await core.call('dates.create', {
      clientId: client.id,
      name: 'Anniversaire de la boutique',
      rule: { kind: 'fixed', month: 2, day: 29 },
    });
    await core.call('dates.create', {
      clientId: null,
      name: 'Salon du chocolat',
      rule: { kind: 'nth', month: 10, weekday: 3, nth: -1 },
      days: 5,
    });
    await core.call('dates.create', {
      clientId: other.id,
      name: 'Pas le mien',
      rule: { kind: 'fixed', month: 3, day: 1 },
    });

    const days = async (from: string, to: string) =>
      (await core.call('dates.list', { clientId: client.id, from, to })).map((d) => [d.name, d.on, d.days]);
    // 29 February falls only in leap years.
    expect(await days('2027-01-01', '2029-01-01')).toEqual([
      ['Salon du chocolat', '2027-10-27', 5],
      ['Anniversaire de la boutique', '2028-02-29', 1],
      ['Salon du chocolat', '2028-10-25', 5],
    ]);
    // A date that started before the range and lasts into it is shown.
    expect(await days('2028-10-28', '2028-11-05')).toEqual([['Salon du chocolat', '2028-10-25', 5]]);

    const renamed = await core.call('dates.update', {
      id: anniversary.id,
      rule: { kind: 'fixed', month: 3, day: 1 },
    });
    expect(renamed).toMatchObject({
      name: 'Anniversaire de la boutique',
      rule: { kind: 'fixed', month: 3, day: 1 },
    });
    expect((await core.call('dates.custom', { clientId: client.id })).map((d) => d.name)).toEqual([
      'Anniversaire de la boutique',
      'Salon du chocolat',
    ]);
    await core.call('dates.delete', { id: anniversary.id });
    expect((await core.call('dates.custom', { clientId: null })).map((d) => d.name)).toEqual([
      'Salon du chocolat',
    ]);
  });

  it('refuses 31 February and changes nothing', async () => {
    const core = await startTestCore();
    const client = await core.call('clients.create', clientInput());
    const refused = await core.dispatch('dates.create', {
      clientId: client.id,
      name: 'Impossible',
      rule: { kind: 'fixed', month: 2, day: 31 },
    });
    expect(refused).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', issues: [{ path: ['rule', 'day'], code: 'dayNotInMonth' }] },
    });
    expect(await core.call('dates.custom', { clientId: client.id })).toEqual([]);
  });
});
