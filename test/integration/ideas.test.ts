import { describe, expect, it } from 'vitest';
import { NOT_FOUND } from '../support/hosts/envelopes.ts';
import { startTestCore, type TestCore } from '../support/hosts/fixture.ts';
import { channelInput, clientInput, pillarInput } from '../support/seeds/inputs.ts';

async function seed(core: TestCore) {
  const client = await core.call('clients.create', clientInput());
  const channel = await core.call('channels.create', channelInput(client.id));
  const pillar = await core.call('pillars.create', pillarInput(client.id));
  const segment = await core.call('segments.create', { clientId: client.id, name: 'Familles' });
  const other = await core.call('clients.create', clientInput({ name: 'Fleuriste Rose' }));
  const otherChannel = await core.call(
    'channels.create',
    channelInput(other.id, { handle: '@rose', url: 'https://www.instagram.com/rose' }),
  );
  const otherPillar = await core.call('pillars.create', pillarInput(other.id, { name: 'Bouquets' }));
  return { client, channel, pillar, segment, other, otherChannel, otherPillar };
}

const titles = (ideas: { title: string }[]) => ideas.map((i) => i.title);

describe('the ideas bank', () => {
  it('captures an idea from a title alone, new and unplanned', async () => {
    const core = await startTestCore();
    const { client } = await seed(core);
    const idea = await core.call('ideas.create', {
      clientId: client.id,
      title: '  Galette des rois maison ',
    });
    expect(idea).toMatchObject({
      clientId: client.id,
      title: 'Galette des rois maison',
      status: 'new',
      tags: [],
      pillarId: null,
      picture: null,
      postIds: [],
    });
  });

  it("shows a client's ideas with the shared ones, and the shared bank alone", async () => {
    const core = await startTestCore();
    const { client, other } = await seed(core);
    await core.call('ideas.create', { clientId: client.id, title: 'Mine' });
    await core.call('ideas.create', { clientId: other.id, title: 'Theirs' });
    await core.call('ideas.create', { clientId: null, title: 'Everyone’s' });
    expect(titles(await core.call('ideas.list', { clientId: client.id, sort: 'title' }))).toEqual([
      'Everyone’s',
      'Mine',
    ]);
    expect(titles(await core.call('ideas.list', { clientId: null }))).toEqual(['Everyone’s']);
  });

  it('searches titles, notes and tags without accents, and filters and sorts', async () => {
    const core = await startTestCore();
    const { client } = await seed(core);
    await core.call('ideas.create', {
      clientId: client.id,
      title: 'Crêpes de la Chandeleur',
      tags: ['fêtes'],
      useBefore: '2027-02-02',
    });
    await core.call('ideas.create', {
      clientId: client.id,
      title: 'Visite du fournil',
      notes: 'Montrer le pétrin',
      network: 'tiktok',
    });
    await core.call('ideas.create', { clientId: client.id, title: 'Vieux format', status: 'dropped' });
    const list = (over: object) => core.call('ideas.list', { clientId: client.id, ...over }).then(titles);
    expect(await list({ search: 'crepes' })).toEqual(['Crêpes de la Chandeleur']);
    expect(await list({ search: 'petrin' })).toEqual(['Visite du fournil']);
    expect(await list({ tags: ['fêtes'] })).toEqual(['Crêpes de la Chandeleur']);
    // Tags are the same whatever their case, as the tag field treats them.
    expect(await list({ tags: ['Fêtes'] })).toEqual(['Crêpes de la Chandeleur']);
    expect(await list({ networks: ['tiktok'] })).toEqual(['Visite du fournil']);
    expect(await list({ statuses: ['new'], sort: 'useBefore' })).toEqual([
      'Crêpes de la Chandeleur',
      'Visite du fournil',
    ]);
    expect(await core.call('ideas.tags', { clientId: client.id })).toEqual(['fêtes']);
  });

  it('becomes a draft post on the day it is dropped, keeping its link; the idea is then planned', async () => {
    const core = await startTestCore();
    const { client, channel, pillar, segment } = await seed(core);
    const idea = await core.call('ideas.create', {
      clientId: client.id,
      title: 'Galette des rois',
      notes: 'Frangipane ou brioche ? Sondage en story.',
      sourceUrl: 'https://example.com/galettes',
      pillarId: pillar.id,
      segmentId: segment.id,
    });
    const { post, idea: planned } = await core.call('ideas.toPost', {
      id: idea.id,
      channelId: channel.id,
      date: '2027-01-07',
      time: '10:00',
    });
    expect(post).toMatchObject({
      status: 'draft',
      ideaId: idea.id,
      caption: 'Galette des rois\n\nFrangipane ou brioche ? Sondage en story.',
      pillarId: pillar.id,
      segmentIds: [segment.id],
      notes: 'https://example.com/galettes',
    });
    expect(planned).toMatchObject({ status: 'planned', postIds: [post.id] });
    expect((await core.call('posts.get', { id: post.id })).ideaId).toBe(idea.id);
  });

  it('gives a shared idea to the client whose calendar it is dropped on', async () => {
    const core = await startTestCore();
    const { client, channel } = await seed(core);
    const shared = await core.call('ideas.create', { clientId: null, title: 'Journée mondiale du café' });
    const { idea } = await core.call('ideas.toPost', {
      id: shared.id,
      channelId: channel.id,
      date: '2027-10-01',
      time: '08:00',
    });
    expect(idea.clientId).toBe(client.id);
    expect(titles(await core.call('ideas.list', { clientId: null }))).toEqual([]);
  });

  it("refuses another client's pillar, or another client's calendar, and changes nothing", async () => {
    const core = await startTestCore();
    const { client, otherPillar, otherChannel } = await seed(core);
    expect(
      await core.dispatch('ideas.create', { clientId: client.id, title: 'x', pillarId: otherPillar.id }),
    ).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', issues: [{ path: ['pillarId'], code: 'otherClient' }] },
    });
    const idea = await core.call('ideas.create', { clientId: client.id, title: 'Mine' });
    expect(
      await core.dispatch('ideas.toPost', {
        id: idea.id,
        channelId: otherChannel.id,
        date: '2027-01-07',
        time: '10:00',
      }),
    ).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', issues: [{ path: ['channelId'], code: 'otherClient' }] },
    });
    expect((await core.call('ideas.list', { clientId: client.id }))[0]).toMatchObject({
      status: 'new',
      postIds: [],
    });
  });

  it('keeps the expert it came from through edits, shown as none while the expert is in the trash', async () => {
    const core = await startTestCore();
    const { client } = await seed(core);
    const expert = await core.call('experts.create', {
      name: 'Social Media Today',
      topic: 'Réseaux sociaux',
      url: 'https://www.socialmediatoday.com',
      why: 'Les nouveautés des plateformes, chaque matin',
    });
    const idea = await core.call('ideas.create', {
      clientId: client.id,
      title: 'Tester les notes Instagram',
      expertId: expert.id,
    });
    expect(idea.expertId).toBe(expert.id);
    await core.call('experts.delete', { id: expert.id });
    expect((await core.call('ideas.list', { clientId: client.id }))[0]?.expertId).toBeNull();
    // An edit while the expert is in the trash keeps the link for when it comes back.
    await core.call('ideas.update', { id: idea.id, notes: 'Lu ce matin' });
    expect(await core.call('experts.list', undefined)).toEqual([]);
    await core.call('trash.restore', { type: 'expert', id: expert.id });
    expect((await core.call('ideas.list', { clientId: client.id }))[0]?.expertId).toBe(expert.id);
  });

  it('goes to the trash and back', async () => {
    const core = await startTestCore();
    const { client } = await seed(core);
    const idea = await core.call('ideas.create', { clientId: null, title: 'Partagée' });
    const item = await core.call('ideas.delete', { id: idea.id });
    expect(item).toMatchObject({ type: 'idea', label: 'Partagée', clientName: null });
    expect(await core.call('ideas.list', { clientId: client.id })).toEqual([]);
    expect(await core.dispatch('ideas.delete', { id: idea.id })).toMatchObject(NOT_FOUND);
    await core.call('trash.restore', { type: 'idea', id: idea.id });
    expect(titles(await core.call('ideas.list', { clientId: client.id }))).toEqual(['Partagée']);
  });
});

describe('trend notes', () => {
  it('are shown until they expire, on the client’s day', async () => {
    const core = await startTestCore();
    const { client } = await seed(core);
    // The test clock's today in Paris is 2026-11-26.
    await core.call('trends.create', {
      clientId: client.id,
      text: 'Cet audio monte sur les Reels',
      network: 'instagram',
      notedOn: '2026-11-20',
      expiresOn: '2026-12-04',
    });
    await core.call('trends.create', {
      clientId: null,
      text: 'Fini',
      notedOn: '2026-11-01',
      expiresOn: '2026-11-26',
    });
    expect((await core.call('trends.list', { clientId: client.id })).map((t) => t.text)).toEqual([
      'Cet audio monte sur les Reels',
    ]);
    expect(
      (await core.call('trends.list', { clientId: client.id, includeExpired: true })).map((t) => t.text),
    ).toEqual(['Cet audio monte sur les Reels', 'Fini']);
  });

  it('refuse an end before the start or over a year', async () => {
    const core = await startTestCore();
    const { client } = await seed(core);
    const ask = (expiresOn: string) =>
      core.dispatch('trends.create', { clientId: client.id, text: 'x', notedOn: '2026-11-20', expiresOn });
    expect(await ask('2026-11-20')).toMatchObject({ ok: false, error: { issues: [{ code: 'rangeEmpty' }] } });
    expect(await ask('2027-12-01')).toMatchObject({
      ok: false,
      error: { issues: [{ code: 'trendTooLong' }] },
    });
    expect(await core.call('trends.list', { clientId: client.id, includeExpired: true })).toEqual([]);
  });
});
