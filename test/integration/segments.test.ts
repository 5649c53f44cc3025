import { describe, expect, it } from 'vitest';
import { type SegmentCreate, shareTotal } from '../../shared/domain/segment.ts';
import { CLOCK_START } from '../support/hosts/clock.ts';
import { startTestCore, type TestCore } from '../support/hosts/fixture.ts';
import { countRows } from '../support/readers/db-dump.ts';
import { seedCalendar } from '../support/seeds/calendar-seed.ts';

/** A persona as a CM would describe it after reading the client's Instagram insights. */
const YOUNG_PARENTS = {
  name: 'Jeunes parents du quartier',
  description: 'Parents de 25 à 40 ans qui passent devant la boutique en allant à l’école.',
  places: [
    { kind: 'city', name: 'Lyon', share: 72.5 },
    { kind: 'region', name: 'Auvergne-Rhône-Alpes', share: 20 },
    { kind: 'country', name: 'Suisse', share: null },
  ],
  ages: { '25-34': 48.5, '35-44': 41.5, '45-54': 10 },
  genders: { female: 64, male: 35, other: 1 },
  sectors: ['Santé', 'Enseignement'],
  interests: ['Goûter', 'Vélo cargo', 'Zéro déchet'],
  networks: ['instagram', 'facebook'],
  active: ['mon:evening', 'wed:afternoon', 'sat:morning'],
  sizeEstimate: 12_000,
  notes: 'Sensibles aux **produits locaux**.\n\n- Achètent le mercredi\n- Viennent à vélo',
} satisfies Omit<SegmentCreate, 'clientId'>;

const bakery = (core: TestCore) =>
  seedCalendar(core, {
    channels: { ig: {}, fb: { network: 'facebook', handle: 'Boulangerie Martin', url: '' } },
  });

const segment = (core: TestCore, clientId: string, name: string, over: Partial<SegmentCreate> = {}) =>
  core.call('segments.create', { clientId, name, ...over });

describe('segments', () => {
  it('keeps every field of a described segment, lists and breakdowns alike', async () => {
    const core = await startTestCore();
    const { client } = await bakery(core);
    const created = await core.call('segments.create', { clientId: client.id, ...YOUNG_PARENTS });
    expect(created).toEqual({
      id: expect.any(String),
      clientId: client.id,
      ...YOUNG_PARENTS,
      createdAt: CLOCK_START,
      updatedAt: CLOCK_START,
      deletedAt: null,
    });
    expect(await core.call('segments.list', { clientId: client.id })).toEqual([created]);

    // The JSON columns come back the same after the app is closed and opened again.
    const dataDir = core.dataDir;
    await core.close();
    const reopened = await startTestCore({ dataDir });
    expect(await reopened.call('segments.list', { clientId: client.id })).toEqual([created]);
  });

  it('gives a segment with only a name empty breakdowns, not missing ones', async () => {
    const core = await startTestCore();
    const { client } = await bakery(core);
    const created = await segment(core, client.id, '  Touristes ');
    expect(created).toMatchObject({
      name: 'Touristes',
      description: '',
      places: [],
      ages: {},
      genders: {},
      sectors: [],
      interests: [],
      networks: [],
      active: [],
      sizeEstimate: null,
      notes: '',
    });
  });

  it("lists a client's segments by name, whatever their case, and never another client's", async () => {
    const core = await startTestCore();
    const { client, other } = await bakery(core);
    await segment(core, client.id, 'touristes');
    await segment(core, client.id, 'Étudiants');
    await segment(core, client.id, 'Actifs pressés');
    await segment(core, other.id, 'Amateurs de fromage');
    const names = (await core.call('segments.list', { clientId: client.id })).map((s) => s.name);
    expect(names).toEqual(['Actifs pressés', 'touristes', 'Étudiants']);
    expect((await core.call('segments.list', { clientId: other.id })).map((s) => s.name)).toEqual([
      'Amateurs de fromage',
    ]);
  });

  it('updates only the fields given, and stamps the change', async () => {
    const core = await startTestCore();
    const { client } = await bakery(core);
    const created = await core.call('segments.create', { clientId: client.id, ...YOUNG_PARENTS });
    core.clock.advance(60_000);
    const updated = await core.call('segments.update', {
      id: created.id,
      ages: { '25-34': 50, '35-44': 50 },
      networks: ['instagram'],
      sizeEstimate: null,
    });
    expect(updated).toEqual({
      ...created,
      ages: { '25-34': 50, '35-44': 50 },
      networks: ['instagram'],
      sizeEstimate: null,
      updatedAt: '2026-11-26T09:01:00.000Z',
    });
    expect(await core.call('segments.list', { clientId: client.id })).toEqual([updated]);
  });

  it('folds the same tag typed twice in another case, keeping the first spelling', async () => {
    const core = await startTestCore();
    const { client } = await bakery(core);
    const created = await segment(core, client.id, 'Écolos', {
      interests: ['Zéro déchet', 'vélo', 'ZÉRO DÉCHET', ' Vélo ', 'Jardinage', 'zéro déchet'],
      sectors: ['Santé', 'santé', 'SANTÉ'],
    });
    expect(created.interests).toEqual(['Zéro déchet', 'vélo', 'Jardinage']);
    expect(created.sectors).toEqual(['Santé']);
    const updated = await core.call('segments.update', { id: created.id, interests: ['Cuisine', 'cuisine'] });
    expect(updated.interests).toEqual(['Cuisine']);
  });

  it("suggests the tags of the client's live segments only, each once, as the oldest segment spells them", async () => {
    const core = await startTestCore();
    const { client, other } = await bakery(core);
    await segment(core, client.id, 'Jeunes parents', {
      interests: ['Vélo', 'Écologie', 'Goûter'],
      sectors: ['Santé'],
    });
    core.clock.advance(1000);
    // Created later, listed first by name: its spellings still come second.
    await segment(core, client.id, 'Actifs', {
      interests: ['vélo', 'écologie', 'course à pied'],
      sectors: ['SANTÉ', 'Banque'],
    });
    const gone = await segment(core, client.id, 'Retraités', {
      interests: ['Jardinage'],
      sectors: ['Retraite'],
    });
    await core.call('segments.delete', { id: gone.id });
    await segment(core, other.id, 'Fromagers', { interests: ['Fromage'], sectors: ['Restauration'] });

    // Alphabetical the French way: "Écologie" among the e's, not after the z's.
    expect(await core.call('segments.tags', { clientId: client.id })).toEqual({
      interests: ['course à pied', 'Écologie', 'Goûter', 'Vélo'],
      sectors: ['Banque', 'Santé'],
    });
    expect(await core.call('segments.tags', { clientId: other.id })).toEqual({
      interests: ['Fromage'],
      sectors: ['Restauration'],
    });
  });

  it('stores shares that do not add up to 100 %, for the form to flag', async () => {
    const core = await startTestCore();
    const { client } = await bakery(core);
    const created = await segment(core, client.id, 'À compléter', {
      ages: { '18-24': 30, '25-34': 30.5 },
      genders: { female: 70, male: 40 },
      places: [
        { kind: 'city', name: 'Lyon', share: 99.6 },
        { kind: 'city', name: 'Villeurbanne', share: null },
      ],
    });
    const [listed] = await core.call('segments.list', { clientId: client.id });
    expect(listed).toEqual(created);
    expect(shareTotal(Object.values(created.ages))).toEqual({ total: 60.5, off: true });
    expect(shareTotal(Object.values(created.genders))).toEqual({ total: 110, off: true });
    // Within half a point of 100 is rounding, not a mistake.
    expect(shareTotal(created.places.map((p) => p.share))).toEqual({ total: 99.6, off: false });
  });
});

describe('posts target segments', () => {
  it('are planned for segments, and the calendar filters by them', async () => {
    const core = await startTestCore();
    const { client, create } = await bakery(core);
    const parents = await segment(core, client.id, 'Parents');
    const students = await segment(core, client.id, 'Étudiants');
    const both = await create({ caption: 'Goûter', segmentIds: [students.id, parents.id] });
    const forParents = await create({ caption: 'Mercredi', date: '2026-12-02', segmentIds: [parents.id] });
    const none = await create({ caption: 'Horaires', date: '2026-12-03' });
    // Listed by segment name.
    expect(both.segmentIds).toEqual([parents.id, students.id]);
    expect(none.segmentIds).toEqual([]);
    expect((await core.call('posts.get', { id: both.id })).segmentIds).toEqual([parents.id, students.id]);

    const captions = async (segmentIds: string[]) =>
      (await core.call('posts.list', { clientId: client.id, segmentIds })).map((p) => p.caption);
    expect(await captions([parents.id])).toEqual(['Goûter', 'Mercredi']);
    expect(await captions([students.id])).toEqual(['Goûter']);
    expect(await captions([students.id, parents.id])).toEqual(['Goûter', 'Mercredi']);
    expect(await captions([])).toEqual([]);
    expect(
      (await core.call('posts.list', { clientId: client.id })).map((p) => [p.caption, p.segmentIds]),
    ).toEqual([
      ['Goûter', [parents.id, students.id]],
      ['Mercredi', [parents.id]],
      ['Horaires', []],
    ]);

    // The composer changes the targets; a repeated id counts once.
    const changed = await core.call('posts.update', {
      id: forParents.id,
      segmentIds: [students.id, students.id],
    });
    expect(changed.segmentIds).toEqual([students.id]);
    expect(await captions([parents.id])).toEqual(['Goûter']);
    // An update that does not mention segments keeps them.
    expect(
      (await core.call('posts.update', { id: both.id, caption: 'Goûter du mercredi' })).segmentIds,
    ).toEqual([parents.id, students.id]);
    const cleared = await core.call('posts.update', { id: both.id, segmentIds: [] });
    expect(cleared.segmentIds).toEqual([]);
    expect(await captions([parents.id])).toEqual([]);
  });

  it('keeps the targets when a post is duplicated to other channels and dates or copied to next week', async () => {
    const core = await startTestCore();
    const { client, fb, create } = await bakery(core);
    const parents = await segment(core, client.id, 'Parents');
    const students = await segment(core, client.id, 'Étudiants');
    const source = await create({ segmentIds: [parents.id, students.id] });
    const copies = [
      ...(await core.call('posts.duplicate', { id: source.id, channelIds: [fb.id], dates: ['2026-12-04'] })),
      ...(await core.call('posts.copy', { ids: [source.id], days: 7 })),
    ];
    expect(copies).toHaveLength(3);
    for (const copy of copies) expect(copy.segmentIds).toEqual([parents.id, students.id]);
    const targeted = await core.call('posts.list', { clientId: client.id, segmentIds: [students.id] });
    expect(targeted.map((p) => p.id).sort()).toEqual([source.id, ...copies.map((c) => c.id)].sort());
  });

  it('gives a segment in the trash back to its posts when it is restored, even after they were edited', async () => {
    const core = await startTestCore();
    const { client, create } = await bakery(core);
    const parents = await segment(core, client.id, 'Parents');
    const students = await segment(core, client.id, 'Étudiants');
    const post = await create({ segmentIds: [parents.id, students.id] });

    core.clock.advance(1000);
    const item = await core.call('segments.delete', { id: parents.id });
    expect(item).toEqual({
      type: 'segment',
      id: parents.id,
      label: 'Parents',
      network: null,
      clientName: client.name,
      deletedAt: '2026-11-26T09:00:01.000Z',
    });
    expect(await core.call('trash.list', undefined)).toEqual([item]);
    expect((await core.call('segments.list', { clientId: client.id })).map((s) => s.id)).toEqual([
      students.id,
    ]);
    expect((await core.call('posts.get', { id: post.id })).segmentIds).toEqual([students.id]);

    // The composer saves the targets it shows, which no longer include the trashed segment.
    await core.call('posts.update', { id: post.id, segmentIds: [students.id], caption: 'Relu' });

    await core.call('trash.restore', { type: 'segment', id: parents.id });
    expect((await core.call('posts.get', { id: post.id })).segmentIds).toEqual([parents.id, students.id]);
    const listed = await core.call('posts.list', { clientId: client.id, segmentIds: [parents.id] });
    expect(listed.map((p) => p.id)).toEqual([post.id]);
  });

  it('forgets the targets of a segment purged from the trash, and keeps the posts', async () => {
    const core = await startTestCore();
    const { client, create } = await bakery(core);
    const parents = await segment(core, client.id, 'Parents');
    const students = await segment(core, client.id, 'Étudiants');
    const post = await create({ segmentIds: [parents.id, students.id] });
    await core.call('segments.delete', { id: parents.id });
    await core.call('trash.purge', { type: 'segment', id: parents.id });

    const db = core.ctx.db;
    expect(countRows(db, 'SELECT count(*) FROM post_segments WHERE segment_id = ?', parents.id)).toBe(0);
    expect((await core.call('posts.get', { id: post.id })).segmentIds).toEqual([students.id]);
    expect(await core.call('posts.list', { clientId: client.id, segmentIds: [parents.id] })).toEqual([]);
  });

  it('hides the segments of a client in the trash, and brings them back with it', async () => {
    const core = await startTestCore();
    const { client } = await bakery(core);
    const parents = await segment(core, client.id, 'Parents');
    await core.call('clients.delete', { id: client.id });
    // The client's segments are not listed apart in the trash: they come back with it.
    expect((await core.call('trash.list', undefined)).map((i) => i.type)).toEqual(['client']);
    expect(await core.dispatch('segments.update', { id: parents.id, name: 'x' })).toMatchObject({
      ok: false,
      error: { code: 'not_found' },
    });
    await core.call('trash.restore', { type: 'client', id: client.id });
    expect(await core.call('segments.list', { clientId: client.id })).toEqual([parents]);
  });
});
