import { describe, expect, it } from 'vitest';
import { NOT_FOUND } from '../support/hosts/envelopes.ts';
import { startTestCore, type TestCore } from '../support/hosts/fixture.ts';
import { channelInput, clientInput } from '../support/seeds/inputs.ts';

async function seed(core: TestCore) {
  const client = await core.call('clients.create', clientInput());
  const channel = await core.call('channels.create', channelInput(client.id));
  const other = await core.call('clients.create', clientInput({ name: 'Fleuriste Rose' }));
  const otherChannel = await core.call(
    'channels.create',
    channelInput(other.id, { handle: '@rose', url: 'https://www.instagram.com/rose' }),
  );
  const audit = await core.call('audits.create', {
    clientId: client.id,
    from: '2026-09-01',
    to: '2026-12-01',
  });
  return { client, channel, other, otherChannel, audit };
}

describe('the presence audit', () => {
  it('starts with six unscored questions and keeps what the autosave sends, field by field', async () => {
    const core = await startTestCore();
    const { audit } = await seed(core);
    expect(audit.answers).toEqual(
      [1, 2, 3, 4, 5, 6].map((question) => ({ question, score: null, notes: '' })),
    );
    expect(audit.basis).toBeNull();

    await core.call('audits.update', {
      id: audit.id,
      answers: [{ question: 2, notes: 'Surtout des mamans du quartier' }],
    });
    // A score alone leaves the notes typed before.
    const scored = await core.call('audits.update', { id: audit.id, answers: [{ question: 2, score: 4 }] });
    expect(scored.answers[1]).toEqual({ question: 2, score: 4, notes: 'Surtout des mamans du quartier' });
    const cleared = await core.call('audits.update', {
      id: audit.id,
      answers: [{ question: 2, score: null }],
    });
    expect(cleared.answers[1]).toEqual({ question: 2, score: null, notes: 'Surtout des mamans du quartier' });

    // Read again from the file: nothing was kept only in memory.
    expect((await core.call('audits.get', { id: audit.id })).answers[1]?.notes).toBe(
      'Surtout des mamans du quartier',
    );
  });

  it('lists audits newest period first with their scores, for comparing over time', async () => {
    const core = await startTestCore();
    const { client, audit } = await seed(core);
    const spring = await core.call('audits.create', {
      clientId: client.id,
      title: 'Printemps',
      from: '2026-03-01',
      to: '2026-06-01',
    });
    await core.call('audits.update', {
      id: spring.id,
      answers: [
        { question: 1, score: 2 },
        { question: 6, score: 1 },
      ],
    });
    await core.call('audits.update', {
      id: audit.id,
      answers: [{ question: 1, score: 4 }],
      actions: [{ text: 'Plus de reels le jeudi' }, { text: 'Répondre aux commentaires sous 24 h' }],
      finished: true,
    });
    const list = await core.call('audits.list', { clientId: client.id });
    expect(list.map((a) => [a.from, a.scores, a.actions, a.finishedAt !== null])).toEqual([
      ['2026-09-01', [4, null, null, null, null, null], 2, true],
      ['2026-03-01', [2, null, null, null, null, 1], 0, false],
    ]);
  });

  it('keeps the actions in the order given, and removes those left out', async () => {
    const core = await startTestCore();
    const { audit } = await seed(core);
    const first = await core.call('audits.update', {
      id: audit.id,
      actions: [{ text: 'A' }, { text: 'B', question: 4 }, { text: 'C' }],
    });
    const [a, b, c] = first.actions;
    const second = await core.call('audits.update', {
      id: audit.id,
      actions: [
        { id: c?.id, text: 'C, reworded' },
        { id: a?.id, text: 'A' },
      ],
    });
    expect(second.actions.map((x) => [x.id, x.text, x.question])).toEqual([
      [c?.id, 'C, reworded', null],
      [a?.id, 'A', null],
    ]);
    expect(b?.question).toBe(4);
  });

  it('makes an action an objective, a pillar or a draft post of the client, in one step', async () => {
    const core = await startTestCore();
    const { client, channel, audit } = await seed(core);
    const withActions = await core.call('audits.update', {
      id: audit.id,
      actions: [
        { text: 'Atteindre 3 % d’engagement' },
        { text: 'Coulisses du fournil' },
        { text: 'Reel recette' },
      ],
    });
    const [toObjective, toPillar, toPost] = withActions.actions.map((a) => a.id) as [string, string, string];

    await core.call('audits.act', {
      actionId: toObjective,
      as: 'objective',
      objective: {
        title: 'Atteindre 3 % d’engagement',
        kpi: 'engagementRateReach',
        baseline: 1.8,
        target: 3,
        goal: 'engagement',
        startOn: '2026-12-01',
        deadline: '2027-03-01',
      },
    });
    await core.call('audits.act', {
      actionId: toPillar,
      as: 'pillar',
      pillar: { name: 'Coulisses', color: '#336699' },
    });
    const done = await core.call('audits.act', {
      actionId: toPost,
      as: 'post',
      post: { channelId: channel.id, date: '2026-12-10', time: '09:00', format: 'reel' },
    });

    const [objectives, pillars, posts] = await Promise.all([
      core.call('objectives.list', { clientId: client.id }),
      core.call('pillars.list', { clientId: client.id }),
      core.call('posts.list', { clientId: client.id }),
    ]);
    expect(objectives.map((o) => o.title)).toEqual(['Atteindre 3 % d’engagement']);
    expect(pillars.map((p) => p.name)).toEqual(['Coulisses']);
    expect(posts.map((p) => [p.caption, p.status, p.format])).toEqual([['Reel recette', 'draft', 'reel']]);
    expect(done.actions.map((a) => a.became)).toEqual([
      { kind: 'objective', id: objectives[0]?.id },
      { kind: 'pillar', id: pillars[0]?.id },
      { kind: 'post', id: posts[0]?.id },
    ]);

    // The post in the trash: the action reads as still to do.
    await core.call('posts.delete', { ids: [posts[0]?.id as string] });
    expect((await core.call('audits.get', { id: audit.id })).actions[2]?.became).toBeNull();
  });

  it('puts back an action taken off the list, with what it became, when the undo names it again', async () => {
    const core = await startTestCore();
    const { audit } = await seed(core);
    const [first, second] = (
      await core.call('audits.update', { id: audit.id, actions: [{ text: 'Coulisses' }, { text: 'Reels' }] })
    ).actions;
    await core.call('audits.act', {
      actionId: first?.id as string,
      as: 'pillar',
      pillar: { name: 'Coulisses', color: '#336699' },
    });
    const without = await core.call('audits.update', {
      id: audit.id,
      actions: [{ id: second?.id, text: 'Reels' }],
    });
    expect(without.actions.map((x) => x.text)).toEqual(['Reels']);
    expect((await core.call('audits.list', { clientId: audit.clientId }))[0]).toMatchObject({
      actions: 1,
      actionsDone: 0,
    });

    const back = await core.call('audits.update', {
      id: audit.id,
      actions: [
        { id: first?.id, text: 'Coulisses' },
        { id: second?.id, text: 'Reels' },
      ],
    });
    expect(back.actions[0]).toMatchObject({ id: first?.id, became: { kind: 'pillar' } });
  });

  it("refuses an action made into a post on another client's channel, and changes nothing", async () => {
    const core = await startTestCore();
    const { client, otherChannel, audit } = await seed(core);
    const [action] = (await core.call('audits.update', { id: audit.id, actions: [{ text: 'Reel' }] }))
      .actions;
    const refused = await core.dispatch('audits.act', {
      actionId: action?.id as string,
      as: 'post',
      post: { channelId: otherChannel.id, date: '2026-12-10', time: '09:00' },
    });
    expect(refused).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', issues: [{ path: ['post', 'channelId'], code: 'otherClient' }] },
    });
    expect(await core.call('posts.list', { clientId: client.id })).toEqual([]);
    expect((await core.call('audits.get', { id: audit.id })).actions[0]?.became).toBeNull();
  });

  it('goes to the trash and comes back with its answers', async () => {
    const core = await startTestCore();
    const { client, audit } = await seed(core);
    await core.call('audits.update', { id: audit.id, answers: [{ question: 3, score: 5 }] });
    await core.call('audits.delete', { id: audit.id });
    expect(await core.call('audits.list', { clientId: client.id })).toEqual([]);
    expect(await core.dispatch('audits.get', { id: audit.id })).toMatchObject(NOT_FOUND);
    await core.call('trash.restore', { type: 'audit', id: audit.id });
    expect((await core.call('audits.get', { id: audit.id })).answers[2]?.score).toBe(5);
  });
});
