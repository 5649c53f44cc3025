import { describe, expect, it } from 'vitest';
import type { CompetitorReadingsSave } from '../../shared/domain/competitor-readings.ts';
import type { MetricValues } from '../../shared/domain/metrics.ts';
import { CLOCK_START } from '../support/hosts/clock.ts';
import { NOT_FOUND } from '../support/hosts/envelopes.ts';
import { startTestCore, type TestCore } from '../support/hosts/fixture.ts';
import { benchmarkFigures } from '../support/seeds/benchmark-figures.ts';
import { clientInput, postInput } from '../support/seeds/inputs.ts';
import {
  about,
  accountOn,
  BRAND,
  competitorInput,
  said,
  seedListening,
  topic,
} from '../support/seeds/listening-seed.ts';

/** The test clock's today, in Paris: Thursday 26 November 2026. */
const TODAY = '2026-11-26';

type Row = CompetitorReadingsSave['rows'][number];

const saveReadings = (core: TestCore, clientId: string, on: string, rows: Row[]) =>
  core.call('competitors.saveReadings', { clientId, on, rows });

const grid = (core: TestCore, clientId: string, on: string) =>
  core.call('competitors.readings', { clientId, on });

/** A reading as the grid shows it, with what was not typed empty. */
const reading = (takenOn: string, over: Partial<Record<string, unknown>> = {}) => ({
  takenOn,
  followers: null,
  posts: null,
  engagementsPerPost: null,
  standoutUrl: '',
  standoutNote: '',
  ...over,
});

describe('competitors and their accounts', () => {
  it('keeps a competitor with its accounts, in the order typed', async () => {
    const core = await startTestCore();
    const { client } = await seedListening(core);
    const created = await core.call(
      'competitors.create',
      competitorInput(
        client.id,
        '  Maison Lenôtre ',
        [
          {
            network: 'instagram',
            handle: '@Maison.Lenotre',
            url: 'https://www.instagram.com/maison.lenotre',
          },
          { network: 'tiktok', handle: '@lenotre' },
          { network: 'instagram', handle: '@lenotre.boutique' },
        ],
        {
          color: '#123456',
          notes: 'Le **haut de gamme** du quartier.',
          tags: ['Pâtisserie', 'pâtisserie', 'Luxe'],
        },
      ),
    );
    expect(created).toEqual({
      id: expect.any(String),
      clientId: client.id,
      name: 'Maison Lenôtre',
      color: '#123456',
      notes: 'Le **haut de gamme** du quartier.',
      // Tags compare without case, the first spelling kept.
      tags: ['Pâtisserie', 'Luxe'],
      archived: false,
      accounts: [
        {
          id: expect.any(String),
          network: 'instagram',
          handle: '@Maison.Lenotre',
          url: 'https://www.instagram.com/maison.lenotre',
        },
        { id: expect.any(String), network: 'tiktok', handle: '@lenotre', url: '' },
        { id: expect.any(String), network: 'instagram', handle: '@lenotre.boutique', url: '' },
      ],
      createdAt: CLOCK_START,
      updatedAt: CLOCK_START,
      deletedAt: null,
    });
    expect(new Set(created.accounts.map((a) => a.id)).size).toBe(3);

    // The same after the app is closed and opened again.
    const dataDir = core.dataDir;
    await core.close();
    const reopened = await startTestCore({ dataDir });
    const listed = await reopened.call('competitors.list', { clientId: client.id });
    expect(listed.find((c) => c.id === created.id)).toEqual(created);
  });

  it("lists a client's competitors by name, never another client's", async () => {
    const core = await startTestCore();
    const { client, other } = await seedListening(core);
    await core.call('competitors.create', competitorInput(client.id, 'au bon pain'));
    await core.call('competitors.create', competitorInput(other.id, 'Crèmerie Voisine'));
    const names = (await core.call('competitors.list', { clientId: client.id })).map((c) => c.name);
    expect(names).toEqual(['au bon pain', 'Fournil Dupré', 'Pâtisserie Caron']);
    expect((await core.call('competitors.list', { clientId: other.id })).map((c) => c.name)).toEqual([
      'Crèmerie Voisine',
    ]);
  });

  it('updates the fields given; a new list of accounts keeps the readings of the accounts kept', async () => {
    const core = await startTestCore();
    const { client, fournil } = await seedListening(core);
    const ig = accountOn(fournil, 'instagram');
    const fb = accountOn(fournil, 'facebook');
    await saveReadings(core, client.id, '2026-11-15', [
      { accountId: ig, followers: 5000 },
      { accountId: fb, followers: 800 },
    ]);
    core.clock.advance(60_000);
    const renamed = await core.call('competitors.update', { id: fournil.id, notes: 'Ouvert le dimanche' });
    expect(renamed).toMatchObject({
      name: 'Fournil Dupré',
      notes: 'Ouvert le dimanche',
      accounts: fournil.accounts,
      updatedAt: '2026-11-26T09:01:00.000Z',
    });

    // Instagram kept (its handle changed), Facebook left out, TikTok added.
    const updated = await core.call('competitors.update', {
      id: fournil.id,
      accounts: [
        { id: ig, network: 'instagram', handle: '@fournil.dupre.officiel' },
        { network: 'tiktok', handle: '@fournil' },
      ],
    });
    expect(updated.accounts).toEqual([
      { id: ig, network: 'instagram', handle: '@fournil.dupre.officiel', url: '' },
      { id: expect.any(String), network: 'tiktok', handle: '@fournil', url: '' },
    ]);
    const tiktok = updated.accounts[1]?.id ?? '';
    const rows = (await grid(core, client.id, '2026-11-15')).filter((r) => r.competitorId === fournil.id);
    expect(rows.map((r) => [r.accountId, r.handle, r.reading?.followers ?? null])).toEqual([
      [ig, '@fournil.dupre.officiel', 5000],
      [tiktok, '@fournil', null],
    ]);
    // A removed account takes no reading.
    expect(
      await core.dispatch('competitors.saveReadings', {
        clientId: client.id,
        on: '2026-11-16',
        rows: [{ accountId: fb, followers: 810 }],
      }),
    ).toMatchObject({
      ok: false,
      error: { issues: [{ path: ['rows', '0', 'accountId'], code: 'invalidId' }] },
    });

    // Listing it again by its old id brings it back with its readings (the undo of the edit).
    const undone = await core.call('competitors.update', {
      id: fournil.id,
      accounts: [...updated.accounts, { id: fb, network: 'facebook', handle: 'Fournil Dupré' }],
    });
    expect(undone.accounts.map((a) => a.id)).toEqual([ig, tiktok, fb]);
    const back = (await grid(core, client.id, '2026-11-15')).find((r) => r.accountId === fb);
    expect(back?.reading).toEqual(reading('2026-11-15', { followers: 800 }));

    // An id that is not one of this competitor's accounts is refused, and nothing changes.
    const elsewhere = await core.call(
      'competitors.create',
      competitorInput(client.id, 'Au Bon Pain', [{ network: 'x', handle: '@aubonpain' }]),
    );
    expect(
      await core.dispatch('competitors.update', {
        id: fournil.id,
        accounts: [{ id: elsewhere.accounts[0]?.id, network: 'x', handle: '@autre' }],
      }),
    ).toMatchObject({ ok: false, error: { issues: [{ path: ['accounts', '0', 'id'], code: 'invalidId' }] } });
    expect(
      (await core.call('competitors.list', { clientId: client.id })).find((c) => c.id === fournil.id),
    ).toEqual(undone);
  });

  it('takes "@X" and "x" for one account, and refuses an account listed under another competitor', async () => {
    const core = await startTestCore();
    const { client, other, fournil, caron } = await seedListening(core);
    // Twice in one list.
    expect(
      await core.dispatch(
        'competitors.create',
        competitorInput(client.id, 'Au Bon Pain', [
          { network: 'x', handle: '@AuBonPain' },
          { network: 'x', handle: 'aubonpain' },
        ]),
      ),
    ).toMatchObject({
      ok: false,
      error: {
        code: 'invalid_input',
        issues: [{ path: ['accounts', '1', 'handle'], code: 'duplicateAccount' }],
      },
    });
    // The same handle on two networks is two accounts.
    const bonPain = await core.call(
      'competitors.create',
      competitorInput(client.id, 'Au Bon Pain', [
        { network: 'x', handle: '@AuBonPain' },
        { network: 'instagram', handle: 'aubonpain' },
      ]),
    );
    expect(bonPain.accounts).toHaveLength(2);

    // Fournil's Instagram, written without the @ and in capitals, under a new competitor or an edit.
    const taken = {
      ok: false,
      error: {
        code: 'invalid_input',
        issues: [
          { path: ['accounts', '0', 'handle'], code: 'accountTaken', params: { name: 'Fournil Dupré' } },
        ],
      },
    };
    expect(
      await core.dispatch(
        'competitors.create',
        competitorInput(client.id, 'Copie', [{ network: 'instagram', handle: 'FOURNIL.DUPRE' }]),
      ),
    ).toMatchObject(taken);
    expect(
      await core.dispatch('competitors.update', {
        id: caron.id,
        accounts: [{ network: 'instagram', handle: '@@Fournil.Dupre' }],
      }),
    ).toMatchObject(taken);
    expect((await core.call('competitors.list', { clientId: client.id })).map((c) => c.name)).toEqual([
      'Au Bon Pain',
      'Fournil Dupré',
      'Pâtisserie Caron',
    ]);
    expect((await core.call('competitors.list', { clientId: client.id }))[2]?.accounts).toEqual(
      caron.accounts,
    );
    // Its own accounts, written differently, are still its own.
    const same = await core.call('competitors.update', {
      id: fournil.id,
      accounts: [{ id: accountOn(fournil, 'instagram'), network: 'instagram', handle: 'Fournil.Dupre' }],
    });
    expect(same.accounts.map((a) => a.handle)).toEqual(['Fournil.Dupre']);
    // Another client may watch the same account.
    const theirs = await core.call(
      'competitors.create',
      competitorInput(other.id, 'Fournil Dupré', [{ network: 'instagram', handle: '@fournil.dupre' }]),
    );
    expect(theirs.accounts).toHaveLength(1);
  });

  it('hides an archived competitor from the list and the readings grid, until it is brought back', async () => {
    const core = await startTestCore();
    const { client, fournil, caron } = await seedListening(core);
    const archived = await core.call('competitors.archive', { id: caron.id, archived: true });
    expect(archived).toMatchObject({ id: caron.id, archived: true, accounts: caron.accounts });
    expect((await core.call('competitors.list', { clientId: client.id })).map((c) => c.id)).toEqual([
      fournil.id,
    ]);
    expect(
      (await core.call('competitors.list', { clientId: client.id, includeArchived: true })).map((c) => [
        c.id,
        c.archived,
      ]),
    ).toEqual([
      [fournil.id, false],
      [caron.id, true],
    ]);
    expect((await grid(core, client.id, TODAY)).map((r) => r.competitorId)).toEqual([fournil.id, fournil.id]);

    await core.call('competitors.archive', { id: caron.id, archived: false });
    expect((await core.call('competitors.list', { clientId: client.id })).map((c) => c.id)).toEqual([
      fournil.id,
      caron.id,
    ]);
    expect((await grid(core, client.id, TODAY)).map((r) => r.handle)).toEqual([
      '@fournil.dupre',
      'Fournil Dupré',
      '@patisserie.caron',
    ]);
  });

  it('sends a competitor to the trash and brings it back with its accounts, readings and mentions', async () => {
    const core = await startTestCore();
    const { client, fournil, caron, log } = await seedListening(core);
    const ig = accountOn(fournil, 'instagram');
    await saveReadings(core, client.id, '2026-11-15', [{ accountId: ig, followers: 5000 }]);
    await log([said('2026-11-20', 'instagram', about(fournil), 'positive')]);
    core.clock.advance(1000);
    const item = await core.call('competitors.delete', { id: fournil.id });
    expect(item).toEqual({
      type: 'competitor',
      id: fournil.id,
      label: 'Fournil Dupré',
      network: null,
      clientName: client.name,
      deletedAt: '2026-11-26T09:00:01.000Z',
    });
    expect(await core.call('trash.list', undefined)).toEqual([item]);
    expect(
      (await core.call('competitors.list', { clientId: client.id, includeArchived: true })).map((c) => c.id),
    ).toEqual([caron.id]);
    expect((await grid(core, client.id, '2026-11-15')).map((r) => r.competitorId)).toEqual([caron.id]);
    expect(await core.dispatch('competitors.update', { id: fournil.id, name: 'x' })).toMatchObject(NOT_FOUND);
    expect(await core.dispatch('competitors.archive', { id: fournil.id, archived: true })).toMatchObject(
      NOT_FOUND,
    );
    expect(await core.dispatch('competitors.delete', { id: fournil.id })).toMatchObject(NOT_FOUND);
    expect(
      await core.dispatch('competitors.saveReadings', {
        clientId: client.id,
        on: '2026-11-16',
        rows: [{ accountId: ig, followers: 1 }],
      }),
    ).toMatchObject({
      ok: false,
      error: { issues: [{ path: ['rows', '0', 'accountId'], code: 'invalidId' }] },
    });
    expect((await core.call('mentions.list', { clientId: client.id })).total).toBe(0);

    await core.call('trash.restore', { type: 'competitor', id: fournil.id });
    const [back] = await core.call('competitors.list', { clientId: client.id });
    expect(back).toMatchObject({ id: fournil.id, accounts: fournil.accounts, deletedAt: null });
    expect((await grid(core, client.id, '2026-11-15'))[0]?.reading).toEqual(
      reading('2026-11-15', { followers: 5000 }),
    );
    expect((await core.call('mentions.list', { clientId: client.id })).total).toBe(1);

    // Purged for good: its mentions go with it.
    await core.call('competitors.delete', { id: fournil.id });
    await core.call('trash.purge', { type: 'competitor', id: fournil.id });
    expect(await core.call('trash.list', undefined)).toEqual([]);
    expect((await core.call('mentions.list', { clientId: client.id })).total).toBe(0);
    expect((await core.call('competitors.list', { clientId: client.id })).map((c) => c.id)).toEqual([
      caron.id,
    ]);
  });
});

describe('competitor readings', () => {
  it('saves the fields given and keeps the others; null clears one; an emptied reading disappears', async () => {
    const core = await startTestCore();
    const { client, fournil } = await seedListening(core);
    const ig = accountOn(fournil, 'instagram');
    const on = '2026-11-15';
    const mine = async () =>
      (await grid(core, client.id, on)).find((r) => r.accountId === ig)?.reading ?? null;

    const saved = await saveReadings(core, client.id, on, [{ accountId: ig, followers: 5000, posts: 3 }]);
    // The save answers with the day's grid.
    expect(saved).toEqual(await grid(core, client.id, on));
    expect(await mine()).toEqual(reading(on, { followers: 5000, posts: 3 }));

    await saveReadings(core, client.id, on, [
      {
        accountId: ig,
        engagementsPerPost: 12.5,
        standoutUrl: 'https://www.instagram.com/p/concours',
        standoutNote: 'Le concours de Noël : 300 commentaires',
      },
    ]);
    expect(await mine()).toEqual(
      reading(on, {
        followers: 5000,
        posts: 3,
        engagementsPerPost: 12.5,
        standoutUrl: 'https://www.instagram.com/p/concours',
        standoutNote: 'Le concours de Noël : 300 commentaires',
      }),
    );

    await saveReadings(core, client.id, on, [{ accountId: ig, followers: null, standoutNote: '' }]);
    expect(await mine()).toEqual(
      reading(on, {
        posts: 3,
        engagementsPerPost: 12.5,
        standoutUrl: 'https://www.instagram.com/p/concours',
      }),
    );

    await saveReadings(core, client.id, on, [
      { accountId: ig, posts: null, engagementsPerPost: null, standoutUrl: '' },
    ]);
    expect(await mine()).toBeNull();
    // Gone, not an empty reading: the next day does not see it as the one before.
    const next = (await grid(core, client.id, '2026-11-16')).find((r) => r.accountId === ig);
    expect(next?.previous).toBeNull();
  });

  it('shows each account’s reading of the day and its latest one before', async () => {
    const core = await startTestCore();
    const { client, fournil, caron } = await seedListening(core);
    const ig = accountOn(fournil, 'instagram');
    const fb = accountOn(fournil, 'facebook');
    const caronIg = accountOn(caron, 'instagram');
    await saveReadings(core, client.id, '2026-11-01', [{ accountId: ig, followers: 4800 }]);
    await saveReadings(core, client.id, '2026-11-08', [
      { accountId: ig, followers: 5000, posts: 2 },
      { accountId: fb, followers: 800 },
    ]);
    await saveReadings(core, client.id, '2026-11-15', [{ accountId: ig, followers: 5100 }]);

    expect(await grid(core, client.id, '2026-11-15')).toEqual([
      {
        accountId: ig,
        competitorId: fournil.id,
        competitorName: 'Fournil Dupré',
        color: '#3366CC',
        network: 'instagram',
        handle: '@fournil.dupre',
        reading: reading('2026-11-15', { followers: 5100 }),
        previous: reading('2026-11-08', { followers: 5000, posts: 2 }),
      },
      {
        accountId: fb,
        competitorId: fournil.id,
        competitorName: 'Fournil Dupré',
        color: '#3366CC',
        network: 'facebook',
        handle: 'Fournil Dupré',
        reading: null,
        previous: reading('2026-11-08', { followers: 800 }),
      },
      {
        accountId: caronIg,
        competitorId: caron.id,
        competitorName: 'Pâtisserie Caron',
        color: '#AA3377',
        network: 'instagram',
        handle: '@patisserie.caron',
        reading: null,
        previous: null,
      },
    ]);
    const on = async (day: string) =>
      (await grid(core, client.id, day)).map((r) => [
        r.reading?.takenOn ?? null,
        r.previous?.takenOn ?? null,
      ]);
    expect(await on('2026-11-10')).toEqual([
      [null, '2026-11-08'],
      [null, '2026-11-08'],
      [null, null],
    ]);
    expect(await on('2026-11-08')).toEqual([
      ['2026-11-08', '2026-11-01'],
      ['2026-11-08', null],
      [null, null],
    ]);
    expect(await on('2026-11-01')).toEqual([
      ['2026-11-01', null],
      [null, null],
      [null, null],
    ]);
    // A client watching no competitor has an empty grid.
    const cellar = await core.call('clients.create', clientInput({ name: 'Caviste du coin' }));
    expect(await grid(core, cellar.id, TODAY)).toEqual([]);
  });

  it('refuses a day to come, an account not of the client and an impossible number, and saves nothing', async () => {
    const core = await startTestCore();
    const { client, other, fournil } = await seedListening(core);
    const ig = accountOn(fournil, 'instagram');
    const theirs = await core.call(
      'competitors.create',
      competitorInput(other.id, 'Crèmerie Voisine', [{ network: 'instagram', handle: '@cremerie' }]),
    );
    const refused = async (on: string, rows: Row[]) =>
      core.dispatch('competitors.saveReadings', { clientId: client.id, on, rows });
    expect(await refused('2026-11-27', [{ accountId: ig, followers: 1 }])).toMatchObject({
      ok: false,
      error: { issues: [{ path: ['on'], code: 'futureDate', params: { date: TODAY } }] },
    });
    expect(
      await refused(TODAY, [
        { accountId: ig, followers: 5000 },
        { accountId: theirs.accounts[0]?.id ?? '', followers: 1 },
      ]),
    ).toMatchObject({
      ok: false,
      error: { issues: [{ path: ['rows', '1', 'accountId'], code: 'otherClient' }] },
    });
    expect(await refused(TODAY, [{ accountId: ig, engagementsPerPost: 12.34 }])).toMatchObject({
      ok: false,
      error: { issues: [{ path: ['rows', '0', 'engagementsPerPost'], code: 'tooPrecise' }] },
    });
    expect(await refused(TODAY, [{ accountId: ig, followers: -1 }])).toMatchObject({
      ok: false,
      error: { issues: [{ path: ['rows', '0', 'followers'], code: 'negative' }] },
    });
    expect(await refused(TODAY, [{ accountId: ig, posts: 2.5 }])).toMatchObject({
      ok: false,
      error: { issues: [{ path: ['rows', '0', 'posts'], code: 'notInteger' }] },
    });
    expect(
      await refused(TODAY, [
        { accountId: ig, followers: 1 },
        { accountId: ig, posts: 1 },
      ]),
    ).toMatchObject({
      ok: false,
      error: { issues: [{ path: ['rows', '1', 'accountId'], code: 'duplicateAccount' }] },
    });
    expect((await grid(core, client.id, TODAY)).map((r) => r.reading)).toEqual([null, null, null]);
    // Today itself is fine.
    await saveReadings(core, client.id, TODAY, [{ accountId: ig, followers: 5000 }]);
    expect((await grid(core, client.id, TODAY))[0]?.reading?.followers).toBe(5000);
  });
});

/**
 * The bakery's week of 16–22 November against its competitors', and the week before (9–15).
 *
 * The bakery's follower counts: Instagram 1000 (11-08), 1050 (11-15), 1100 (11-22); Facebook 300
 * (11-18) only. Its published posts: Instagram 11-10 (40 reactions), 11-17 (90 + 10), 11-19 (not
 * logged); Facebook 11-20 (20 reactions); and a draft.
 *
 * Fournil's readings, Instagram: 11-08 5000 followers; 11-13 5100, 3 posts × 20; 11-17 2 posts;
 * 11-20 5300, 4 posts × 12.5; 11-23 5400, 1 post × 10 (after the week). Facebook: 11-18 800, 11-21 860.
 * Caron: no reading.
 */
async function benchmarkWeeks(core: TestCore) {
  const seed = await seedListening(core);
  const { client, ig, fb, fournil, caron, log } = seed;
  const followers = (on: string, entries: { channelId: string; followers: number }[]) =>
    core.call('followers.save', { clientId: client.id, on, entries });
  await followers('2026-11-08', [{ channelId: ig.id, followers: 1000 }]);
  await followers('2026-11-15', [{ channelId: ig.id, followers: 1050 }]);
  await followers('2026-11-18', [{ channelId: fb.id, followers: 300 }]);
  await followers('2026-11-22', [{ channelId: ig.id, followers: 1100 }]);
  const published = async (
    channelId: string,
    date: string,
    values: Partial<MetricValues>,
    status = 'published',
  ) => {
    const post = await core.call(
      'posts.create',
      postInput(client.id, channelId, { date, time: '09:00', status: status as 'published' }),
    );
    const cells = Object.entries(values).map(([metric, value]) => ({
      postId: post.id,
      metric: metric as keyof MetricValues,
      value: value as number,
    }));
    if (cells.length > 0) await core.call('metrics.save', { on: TODAY, cells });
  };
  await published(ig.id, '2026-11-10', { reactions: 40 });
  await published(ig.id, '2026-11-17', { reactions: 90, comments: 10 });
  await published(ig.id, '2026-11-19', {});
  await published(fb.id, '2026-11-20', { reactions: 20 });
  await published(ig.id, '2026-11-18', {}, 'draft');

  const fIg = accountOn(fournil, 'instagram');
  const fFb = accountOn(fournil, 'facebook');
  await saveReadings(core, client.id, '2026-11-08', [{ accountId: fIg, followers: 5000 }]);
  await saveReadings(core, client.id, '2026-11-13', [
    { accountId: fIg, followers: 5100, posts: 3, engagementsPerPost: 20 },
  ]);
  await saveReadings(core, client.id, '2026-11-17', [{ accountId: fIg, posts: 2 }]);
  await saveReadings(core, client.id, '2026-11-18', [{ accountId: fFb, followers: 800 }]);
  await saveReadings(core, client.id, '2026-11-20', [
    { accountId: fIg, followers: 5300, posts: 4, engagementsPerPost: 12.5 },
  ]);
  await saveReadings(core, client.id, '2026-11-21', [{ accountId: fFb, followers: 860 }]);
  await saveReadings(core, client.id, '2026-11-23', [
    { accountId: fIg, followers: 5400, posts: 1, engagementsPerPost: 10 },
  ]);

  await log([
    said('2026-11-12', 'instagram', about(fournil), 'positive'),
    said('2026-11-16', 'instagram', BRAND, 'positive'),
    said('2026-11-18', 'instagram', BRAND, 'negative'),
    said('2026-11-18', 'instagram', about(fournil), 'neutral'),
    said('2026-11-19', 'instagram', about(caron), 'positive'),
    said('2026-11-20', 'facebook', BRAND, 'positive'),
    said('2026-11-21', 'tiktok', topic('#galette'), 'positive'),
  ]);
  return { ...seed, fIg, fFb, caronIg: accountOn(caron, 'instagram') };
}

describe('the competitor benchmark', () => {
  it('puts the client’s channels beside its competitors’ accounts, period against period', async () => {
    const core = await startTestCore();
    const { client, ig, fb, fournil, caron, fIg, fFb, caronIg } = await benchmarkWeeks(core);
    const b = await core.call('competitors.benchmark', {
      clientId: client.id,
      from: '2026-11-16',
      to: '2026-11-23',
    });
    expect(b).toMatchObject({
      from: '2026-11-16',
      to: '2026-11-23',
      previousFrom: '2026-11-09',
      clientName: 'Boulangerie Martin',
      clientColor: '#E4572E',
      competitors: [
        { id: fournil.id, name: 'Fournil Dupré', color: '#3366CC', archived: false },
        { id: caron.id, name: 'Pâtisserie Caron', color: '#AA3377', archived: false },
      ],
    });
    expect(b.entries).toEqual([
      {
        accountId: fb.id,
        ownerId: 'brand',
        network: 'facebook',
        handle: 'Boulangerie Martin',
        // One count only (11-18): no growth to compare. One post, 20 engagements.
        current: benchmarkFigures({ followers: 300, posts: 1, engagements: 20, engagementPosts: 1 }),
        previous: benchmarkFigures({ posts: 0 }),
      },
      {
        accountId: ig.id,
        ownerId: 'brand',
        network: 'instagram',
        handle: '@boulangerie.martin',
        // 1050 (11-15, before the week) → 1100 (11-22); two posts, one logged with 90 + 10.
        current: benchmarkFigures({
          followers: 1100,
          growthStart: 1050,
          growthEnd: 1100,
          posts: 2,
          engagements: 100,
          engagementPosts: 1,
        }),
        // 1000 (11-08) → 1050 (11-15); the post of 11-10 and its 40.
        previous: benchmarkFigures({
          followers: 1050,
          growthStart: 1000,
          growthEnd: 1050,
          posts: 1,
          engagements: 40,
          engagementPosts: 1,
        }),
      },
      {
        accountId: fIg,
        ownerId: fournil.id,
        network: 'instagram',
        handle: '@fournil.dupre',
        // 5100 (11-13) → 5300 (11-20); posts 2 + 4 = 6, engagements only where logged: 4 × 12.5 = 50.
        current: benchmarkFigures({
          followers: 5300,
          growthStart: 5100,
          growthEnd: 5300,
          posts: 6,
          engagements: 50,
          engagementPosts: 4,
        }),
        // 5000 (11-08) → 5100 (11-13); 3 posts × 20 = 60.
        previous: benchmarkFigures({
          followers: 5100,
          growthStart: 5000,
          growthEnd: 5100,
          posts: 3,
          engagements: 60,
          engagementPosts: 3,
        }),
      },
      {
        accountId: fFb,
        ownerId: fournil.id,
        network: 'facebook',
        handle: 'Fournil Dupré',
        // Nothing before the week: growth starts at its first reading inside it, 800 (11-18) → 860.
        current: benchmarkFigures({ followers: 860, growthStart: 800, growthEnd: 860 }),
        previous: benchmarkFigures({}),
      },
      {
        accountId: caronIg,
        ownerId: caron.id,
        network: 'instagram',
        handle: '@patisserie.caron',
        current: benchmarkFigures({}),
        previous: benchmarkFigures({}),
      },
    ]);
    // Mentions per network and owner; the topic on TikTok is no one's voice.
    expect(b.voices).toEqual({
      current: {
        instagram: { brand: 2, [fournil.id]: 1, [caron.id]: 1 },
        facebook: { brand: 1 },
      },
      previous: { instagram: { brand: 0, [fournil.id]: 1 } },
    });
  });

  it('reads the same figures over another period, and leaves a removed account out', async () => {
    const core = await startTestCore();
    const { client, fournil, fIg, fFb } = await benchmarkWeeks(core);
    // The week after: nothing from the bakery; Fournil's 11-23 reading (5400, 1 post × 10).
    const after = await core.call('competitors.benchmark', {
      clientId: client.id,
      from: '2026-11-23',
      to: '2026-11-30',
    });
    const fournilIg = after.entries.find((e) => e.accountId === fIg);
    // Up to today (26 November): 5300 (11-20) → 5400 (11-23).
    expect(fournilIg?.current).toEqual(
      benchmarkFigures({
        followers: 5400,
        growthStart: 5300,
        growthEnd: 5400,
        posts: 1,
        engagements: 10,
        engagementPosts: 1,
      }),
    );
    expect(fournilIg?.previous).toEqual(
      benchmarkFigures({
        followers: 5300,
        growthStart: 5100,
        growthEnd: 5300,
        posts: 6,
        engagements: 50,
        engagementPosts: 4,
      }),
    );
    // A fortnight: 9–22 November against 26 October–8 November.
    const fortnight = await core.call('competitors.benchmark', {
      clientId: client.id,
      from: '2026-11-09',
      to: '2026-11-23',
    });
    expect(fortnight.previousFrom).toBe('2026-10-26');
    expect(fortnight.entries.find((e) => e.accountId === fIg)?.current).toEqual(
      // 5000 (11-08) → 5300 (11-20); 3 + 2 + 4 posts, 60 + 50 engagements over 7 posts.
      benchmarkFigures({
        followers: 5300,
        growthStart: 5000,
        growthEnd: 5300,
        posts: 9,
        engagements: 110,
        engagementPosts: 7,
      }),
    );
    expect(fortnight.entries.find((e) => e.accountId === fIg)?.previous).toEqual(
      benchmarkFigures({ followers: 5000, posts: null }),
    );
    // A week against a period the user names (the dashboard compares a month with the one before):
    // 14–15 November holds no reading (5100 then, counted on the 13th), the week before holds its posts.
    const week = { clientId: client.id, from: '2026-11-16', to: '2026-11-23' };
    const usual = await core.call('competitors.benchmark', week);
    const named = await core.call('competitors.benchmark', { ...week, previousFrom: '2026-11-14' });
    expect([usual.previousFrom, named.previousFrom]).toEqual(['2026-11-09', '2026-11-14']);
    expect(usual.entries.find((e) => e.accountId === fIg)?.previous.posts).not.toBeNull();
    expect(named.entries.find((e) => e.accountId === fIg)?.previous).toEqual(
      benchmarkFigures({ followers: 5100, posts: null }),
    );

    // Fournil's Facebook removed from its list: out of the benchmark.
    await core.call('competitors.update', {
      id: fournil.id,
      accounts: [{ id: fIg, network: 'instagram', handle: '@fournil.dupre' }],
    });
    const without = await core.call('competitors.benchmark', {
      clientId: client.id,
      from: '2026-11-16',
      to: '2026-11-23',
    });
    expect(without.entries.map((e) => e.accountId)).not.toContain(fFb);
    expect(without.entries).toHaveLength(4);
  });

  it('refuses a period that ends before it starts', async () => {
    const core = await startTestCore();
    const { client } = await seedListening(core);
    expect(
      await core.dispatch('competitors.benchmark', {
        clientId: client.id,
        from: '2026-11-23',
        to: '2026-11-16',
      }),
    ).toMatchObject({ ok: false, error: { issues: [{ path: ['to'], code: 'rangeEmpty' }] } });
  });
});
