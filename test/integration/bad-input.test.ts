import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PREFS_FILE } from '../../electron/prefs/json-file.ts';
import { METHODS } from '../../shared/contract.ts';
import type { PostCreate } from '../../shared/domain/post.ts';
import { seedCalendar } from '../support/calendar-seed.ts';
import { dumpTables } from '../support/db-dump.ts';
import { startTestCore, type TestCore } from '../support/fixture.ts';
import { channelInput, clientInput, pillarInput } from '../support/inputs.ts';
import { BAD_INPUTS, type BadCase, PUBLISHED_ON, type Targets } from './bad-input-cases.ts';

/**
 * The seeded bakery and its neighbour, plus archived and trashed rows, segments, published posts with
 * numbers, a follower count, objectives and saved preferences: something to damage.
 */
async function seeded(core: TestCore): Promise<Targets> {
  const { client, channel, pillar, otherChannel, otherPillar, create } = await seedCalendar(core, {
    channels: { channel: {} },
  });
  const archived = await core.call(
    'channels.create',
    channelInput(client.id, { network: 'x', handle: 'old' }),
  );
  await core.call('channels.archive', { id: archived.id, archived: true });
  const trashedChannel = await core.call('channels.create', channelInput(client.id, { handle: 'gone' }));
  await core.call('channels.delete', { id: trashedChannel.id });
  const trashedClient = await core.call('clients.create', clientInput({ name: 'Parti' }));
  await core.call('clients.delete', { id: trashedClient.id });
  const trashedPillar = await core.call(
    'pillars.create',
    pillarInput(client.id, { name: 'Vieux', color: '#5C6B73' }),
  );
  await core.call('pillars.delete', { id: trashedPillar.id });
  const segment = await core.call('segments.create', {
    clientId: client.id,
    name: 'Jeunes parents',
    ages: { '25-34': 60, '35-44': 40 },
    interests: ['Goûter'],
  });
  const trashedSegment = await core.call('segments.create', { clientId: client.id, name: 'Retraités' });
  await core.call('segments.delete', { id: trashedSegment.id });
  const otherSegment = await core.call('segments.create', {
    clientId: otherChannel.clientId,
    name: 'Fromagers',
  });
  const post = await create({
    pillarId: pillar.id,
    campaign: 'Noël',
    budgetCents: 5000,
    paid: true,
    segmentIds: [segment.id],
  });
  const trashedPost = await create({ caption: 'Supprimé' });
  await core.call('posts.delete', { ids: [trashedPost.id] });
  const published = (over: Partial<PostCreate>) =>
    create({ date: PUBLISHED_ON, status: 'published', format: 'image', ...over });
  const publishedPost = await published({ caption: 'Pain de mie' });
  const storyPost = await published({ format: 'story', time: '18:00' });
  const paidPost = await published({ paid: true, budgetCents: 3000, time: '12:00' });
  // Numbers already logged, which a refused call must leave as they are.
  await core.call('metrics.save', {
    on: '2026-11-22',
    cells: [
      { postId: publishedPost.id, metric: 'reach', value: 640 },
      { postId: paidPost.id, metric: 'spend', value: 1500 },
    ],
  });
  await core.call('followers.save', {
    clientId: client.id,
    on: '2026-11-23',
    entries: [{ channelId: channel.id, followers: 1240 }],
  });
  const objective = await core.call('objectives.create', {
    clientId: client.id,
    title: 'Passer à 1 500 abonnés',
    kpi: 'followers',
    baseline: 1000,
    target: 1500,
    goal: 'awareness',
    startOn: '2026-11-01',
    deadline: '2027-01-31',
  });
  const trashedObjective = await core.call('objectives.create', {
    clientId: client.id,
    title: 'Ancien objectif',
    kpi: 'reach',
    baseline: 0,
    target: 10_000,
    goal: 'awareness',
    startOn: '2026-10-01',
    deadline: '2026-10-31',
  });
  await core.call('objectives.delete', { id: trashedObjective.id });
  await core.call('prefs.set', { theme: 'dark', language: 'fr' });
  return {
    clientId: client.id,
    channelId: channel.id,
    trashedClientId: trashedClient.id,
    trashedChannelId: trashedChannel.id,
    otherClientChannelId: otherChannel.id,
    otherClientPillarId: otherPillar.id,
    pillarId: pillar.id,
    trashedPillarId: trashedPillar.id,
    postId: post.id,
    trashedPostId: trashedPost.id,
    segmentId: segment.id,
    trashedSegmentId: trashedSegment.id,
    otherClientSegmentId: otherSegment.id,
    objectiveId: objective.id,
    trashedObjectiveId: trashedObjective.id,
    publishedPostId: publishedPost.id,
    storyPostId: storyPost.id,
    paidPostId: paidPost.id,
  };
}

/** Everything a call could have changed: every table, and the preferences file. */
function snapshot(core: TestCore) {
  const prefsPath = join(core.dataDir, PREFS_FILE);
  return {
    tables: dumpTables(core.ctx.db),
    prefsFile: existsSync(prefsPath) ? readFileSync(prefsPath, 'utf8') : null,
    prefs: core.ctx.prefs.get(),
  };
}

const rows = METHODS.flatMap((method) =>
  (BAD_INPUTS[method] as readonly BadCase[]).map((c) => ({ method, ...c })),
);

describe('bad input is refused for every method, and nothing changes', () => {
  it('has malformed inputs for every method of the contract', () => {
    expect(Object.keys(BAD_INPUTS).sort()).toEqual([...METHODS].sort());
    for (const method of METHODS) expect(BAD_INPUTS[method].length, method).toBeGreaterThan(0);
  });

  it.each(rows)('$method: $what → $code', async ({ method, input, code, issues }) => {
    const core = await startTestCore();
    const targets = await seeded(core);
    const before = snapshot(core);
    core.clock.advance(60_000);

    const envelope = await core.dispatch(method, input(targets));

    expect(envelope.ok).toBe(false);
    if (envelope.ok) return;
    expect(envelope.error.code).toBe(code);
    expect(envelope.error.message).toEqual(expect.any(String));
    expect(envelope.error.message.length).toBeGreaterThan(0);
    if (issues) expect(envelope.error.issues).toEqual(issues);
    else expect(envelope.error.issues).toBeUndefined();
    expect(snapshot(core)).toEqual(before);
  });

  it.each([
    'clients.drop',
    'clients',
    '',
    'clients.list ',
    'CLIENTS.LIST',
    '__proto__',
    'constructor',
    'toString',
    'hasOwnProperty',
  ])('unknown method %j → unknown_method', async (method) => {
    const core = await startTestCore();
    await seeded(core);
    const before = snapshot(core);
    const envelope = await core.dispatch(method, {});
    expect(envelope).toEqual({ ok: false, error: { code: 'unknown_method', message: expect.any(String) } });
    expect(snapshot(core)).toEqual(before);
  });
});
