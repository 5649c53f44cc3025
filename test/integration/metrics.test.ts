import { describe, expect, it } from 'vitest';
import { EMPTY_METRICS, type MetricValues } from '../../shared/domain/metrics.ts';
import type { PostCreate } from '../../shared/domain/post.ts';
import { CLOCK_START } from '../support/hosts/clock.ts';
import { startTestCore, type TestCore } from '../support/hosts/fixture.ts';
import { countRows } from '../support/readers/db-dump.ts';
import { seedCalendar } from '../support/seeds/calendar-seed.ts';
import { postInput } from '../support/seeds/inputs.ts';

/** The week of 16 November 2026 (Monday to Sunday); the test clock's today is Thursday 26 November. */
const WEEK = { from: '2026-11-16', to: '2026-11-23' };
const TODAY = '2026-11-26';

const values = (over: Partial<MetricValues>): MetricValues => ({ ...EMPTY_METRICS, ...over });

/**
 * The bakery's week of published posts on Instagram and Facebook, around posts the grid must leave
 * out: a draft, the weeks before and after, a post at 00:30 on the Monday after (still Sunday in UTC),
 * one in the trash and the neighbour's.
 */
async function publishedWeek(core: TestCore) {
  const seed = await seedCalendar(core, {
    channels: { ig: {}, fb: { network: 'facebook', handle: 'Boulangerie Martin', url: '' } },
  });
  const { client, ig, fb, create, createOther } = seed;
  const published = (over: Partial<PostCreate>) => create({ status: 'published', ...over });
  const onFacebook = (over: Partial<PostCreate>) =>
    core.call('posts.create', postInput(client.id, fb.id, { status: 'published', ...over }));
  const image = await published({
    date: '2026-11-16',
    time: '10:00',
    format: 'image',
    caption: 'Pain de mie',
  });
  const early = await onFacebook({ date: '2026-11-17', time: '07:15', caption: 'Ouvert dès 7 h' });
  const story = await published({ date: '2026-11-18', time: '18:30', format: 'story', caption: 'Fournil' });
  const paid = await onFacebook({
    date: '2026-11-20',
    time: '12:00',
    format: 'video',
    paid: true,
    budgetCents: 5000,
    caption: 'Galette des rois',
  });
  const lastMinute = await published({ date: '2026-11-22', time: '23:30', caption: 'Dimanche soir' });
  await create({ date: '2026-11-19', caption: 'Brouillon' });
  await published({ date: '2026-11-13', caption: 'Semaine d’avant' });
  await published({ date: '2026-11-23', time: '00:30', caption: 'Lundi, 0 h 30' });
  const trashed = await published({ date: '2026-11-19', caption: 'Supprimé' });
  await core.call('posts.delete', { ids: [trashed.id] });
  await createOther({ date: '2026-11-18', status: 'published', caption: 'Comté' });
  // Instagram was counted before the week and again on its Tuesday; Facebook only from Thursday.
  await core.call('followers.save', {
    clientId: client.id,
    on: '2026-11-02',
    entries: [{ channelId: ig.id, followers: 1000 }],
  });
  await core.call('followers.save', {
    clientId: client.id,
    on: '2026-11-17',
    entries: [{ channelId: ig.id, followers: 1100 }],
  });
  await core.call('followers.save', {
    clientId: client.id,
    on: '2026-11-19',
    entries: [{ channelId: fb.id, followers: 480 }],
  });
  return { ...seed, image, early, story, paid, lastMinute };
}

const grid = (core: TestCore, clientId: string, on?: string) =>
  core.call('metrics.grid', { clientId, ...WEEK, ...(on ? { on } : {}) });

describe('metrics.grid', () => {
  it("lists the period's published posts on the client's wall clock, each with its channel's followers that day", async () => {
    const core = await startTestCore();
    const { client, ig, fb, image, early, story, paid, lastMinute } = await publishedWeek(core);
    const row = { values: EMPTY_METRICS, takenOn: null };
    expect(await grid(core, client.id)).toEqual([
      {
        ...row,
        postId: image.id,
        channelId: ig.id,
        network: 'instagram',
        channelHandle: '@boulangerie.martin',
        date: '2026-11-16',
        time: '10:00',
        format: 'image',
        paid: false,
        caption: 'Pain de mie',
        followers: 1000,
      },
      {
        ...row,
        postId: early.id,
        channelId: fb.id,
        network: 'facebook',
        channelHandle: 'Boulangerie Martin',
        date: '2026-11-17',
        time: '07:15',
        format: 'text',
        paid: false,
        caption: 'Ouvert dès 7 h',
        // Facebook had not been counted yet.
        followers: null,
      },
      {
        ...row,
        postId: story.id,
        channelId: ig.id,
        network: 'instagram',
        channelHandle: '@boulangerie.martin',
        date: '2026-11-18',
        time: '18:30',
        format: 'story',
        paid: false,
        caption: 'Fournil',
        // Counted on the Tuesday, the day before.
        followers: 1100,
      },
      {
        ...row,
        postId: paid.id,
        channelId: fb.id,
        network: 'facebook',
        channelHandle: 'Boulangerie Martin',
        date: '2026-11-20',
        time: '12:00',
        format: 'video',
        paid: true,
        caption: 'Galette des rois',
        followers: 480,
      },
      {
        ...row,
        postId: lastMinute.id,
        channelId: ig.id,
        network: 'instagram',
        channelHandle: '@boulangerie.martin',
        date: '2026-11-22',
        time: '23:30',
        format: 'text',
        paid: false,
        caption: 'Dimanche soir',
        followers: 1100,
      },
    ]);
  });

  it('narrows to the chosen channels', async () => {
    const core = await startTestCore();
    const { client, fb, early, paid } = await publishedWeek(core);
    const rows = await core.call('metrics.grid', { clientId: client.id, ...WEEK, channelIds: [fb.id] });
    expect(rows.map((r) => r.postId)).toEqual([early.id, paid.id]);
  });

  it('drops a post set back to draft, and lists it again once published', async () => {
    const core = await startTestCore();
    const { client, image } = await publishedWeek(core);
    await core.call('posts.setStatus', { ids: [image.id], status: 'ready' });
    expect((await grid(core, client.id)).map((r) => r.postId)).not.toContain(image.id);
    await core.call('posts.setStatus', { ids: [image.id], status: 'published' });
    expect((await grid(core, client.id)).map((r) => r.postId)).toContain(image.id);
  });
});

describe('metrics.save and metrics.history', () => {
  it('keeps a dated reading per day read, carrying the earlier numbers forward', async () => {
    const core = await startTestCore();
    const { client, image } = await publishedWeek(core);

    // Monday's reading, typed on Thursday morning.
    const monday = await core.call('metrics.save', {
      on: '2026-11-23',
      cells: [{ postId: image.id, metric: 'reach', value: 500 }],
    });
    expect(monday).toEqual([{ postId: image.id, takenOn: '2026-11-23', values: values({ reach: 500 }) }]);
    const [mondayReading] = await core.call('metrics.history', { postId: image.id });
    expect(mondayReading).toEqual({
      id: expect.any(String),
      postId: image.id,
      takenOn: '2026-11-23',
      values: values({ reach: 500 }),
      updatedAt: CLOCK_START,
    });

    // Thursday: only the comments are typed; the reach read on Monday comes along.
    core.clock.advance(60_000);
    const thursday = await core.call('metrics.save', {
      on: TODAY,
      cells: [{ postId: image.id, metric: 'comments', value: 12 }],
    });
    expect(thursday).toEqual([
      { postId: image.id, takenOn: TODAY, values: values({ reach: 500, comments: 12 }) },
    ]);
    expect(await core.call('metrics.history', { postId: image.id })).toEqual([
      {
        id: expect.any(String),
        postId: image.id,
        takenOn: TODAY,
        values: values({ reach: 500, comments: 12 }),
        updatedAt: '2026-11-26T09:01:00.000Z',
      },
      mondayReading,
    ]);
    const [row] = (await grid(core, client.id)).filter((r) => r.postId === image.id);
    expect(row).toMatchObject({ takenOn: TODAY, values: values({ reach: 500, comments: 12 }) });
  });

  it('fills the later readings with a number read on an earlier day, without overwriting what they hold', async () => {
    const core = await startTestCore();
    const { client, image } = await publishedWeek(core);
    await core.call('metrics.save', {
      on: '2026-11-25',
      cells: [{ postId: image.id, metric: 'reach', value: 500 }],
    });
    // Typed later, read earlier: Tuesday's comments and a reach that Wednesday's reading already corrected.
    await core.call('metrics.save', {
      on: '2026-11-24',
      cells: [
        { postId: image.id, metric: 'comments', value: 10 },
        { postId: image.id, metric: 'reach', value: 420 },
      ],
    });
    const [row] = (await grid(core, client.id)).filter((r) => r.postId === image.id);
    expect(row).toMatchObject({ takenOn: '2026-11-25', values: values({ reach: 500, comments: 10 }) });
    const history = await core.call('metrics.history', { postId: image.id });
    expect(history.map((h) => [h.takenOn, h.values.reach, h.values.comments])).toEqual([
      ['2026-11-25', 500, 10],
      ['2026-11-24', 420, 10],
    ]);
  });

  it('carries a correction, an undo or a clear made on an earlier day to the readings after it, not past a number typed later', async () => {
    const core = await startTestCore();
    const { client, image } = await publishedWeek(core);
    const save = (on: string, metric: 'reach' | 'comments' | 'saves', value: number | null) =>
      core.call('metrics.save', { on, cells: [{ postId: image.id, metric, value }] });
    const latest = async () => (await grid(core, client.id)).find((r) => r.postId === image.id)?.values;
    await save('2026-11-23', 'reach', 500);
    await save('2026-11-24', 'comments', 10);
    await save('2026-11-25', 'saves', 3);
    // Monday's reach was mistyped: Tuesday and Wednesday carried it, so they take the correction.
    await save('2026-11-23', 'reach', 5000);
    expect(await latest()).toEqual(values({ reach: 5000, comments: 10, saves: 3 }));
    // Saves typed on Tuesday stop at Wednesday, which had its own saves typed.
    await save('2026-11-24', 'saves', 7);
    expect(await latest()).toEqual(values({ reach: 5000, comments: 10, saves: 3 }));
    // Comments changed on Tuesday, then undone (the grid writes the old value back): the latest follows both ways.
    await save('2026-11-24', 'comments', 12);
    expect(await latest()).toEqual(values({ reach: 5000, comments: 12, saves: 3 }));
    await save('2026-11-24', 'comments', 10);
    expect(await latest()).toEqual(values({ reach: 5000, comments: 10, saves: 3 }));
    // A reach cleared on Wednesday stays cleared when Monday's is corrected again.
    await save('2026-11-25', 'reach', null);
    await save('2026-11-23', 'reach', 4800);
    expect(await latest()).toEqual(values({ reach: null, comments: 10, saves: 3 }));
    const history = await core.call('metrics.history', { postId: image.id });
    expect(history.map((h) => [h.takenOn, h.values.reach, h.values.comments, h.values.saves])).toEqual([
      ['2026-11-25', null, 10, 3],
      ['2026-11-24', 4800, 10, 7],
      ['2026-11-23', 4800, null, null],
    ]);
  });

  it('corrects the same day’s reading instead of adding one, and clears a value with null', async () => {
    const core = await startTestCore();
    const { image } = await publishedWeek(core);
    await core.call('metrics.save', {
      on: '2026-11-23',
      cells: [
        { postId: image.id, metric: 'reach', value: 500 },
        { postId: image.id, metric: 'reactions', value: 40 },
      ],
    });
    await core.call('metrics.save', {
      on: TODAY,
      cells: [{ postId: image.id, metric: 'comments', value: 12 }],
    });
    const [before, monday] = await core.call('metrics.history', { postId: image.id });

    core.clock.advance(3_600_000);
    const corrected = await core.call('metrics.save', {
      on: TODAY,
      cells: [
        { postId: image.id, metric: 'reach', value: 520 },
        { postId: image.id, metric: 'reactions', value: null },
      ],
    });
    expect(corrected).toEqual([
      { postId: image.id, takenOn: TODAY, values: values({ reach: 520, comments: 12 }) },
    ]);
    expect(await core.call('metrics.history', { postId: image.id })).toEqual([
      { ...before, values: values({ reach: 520, comments: 12 }), updatedAt: '2026-11-26T10:00:00.000Z' },
      // Monday's reading is history: the correction does not touch it.
      monday,
    ]);
    expect(countRows(core.ctx.db, 'SELECT count(*) FROM post_metrics WHERE post_id = ?', image.id)).toBe(2);
  });

  it('shows in the grid the numbers as they were on a chosen day', async () => {
    const core = await startTestCore();
    const { client, image, story } = await publishedWeek(core);
    await core.call('metrics.save', {
      on: '2026-11-20',
      cells: [{ postId: image.id, metric: 'impressions', value: 900 }],
    });
    await core.call('metrics.save', {
      on: '2026-11-24',
      cells: [
        { postId: image.id, metric: 'impressions', value: 1400 },
        { postId: story.id, metric: 'impressions', value: 300 },
      ],
    });
    const seen = async (on: string) =>
      Object.fromEntries(
        (await grid(core, client.id, on))
          .filter((r) => r.postId === image.id || r.postId === story.id)
          .map((r) => [r.postId === image.id ? 'image' : 'story', [r.takenOn, r.values.impressions]]),
      );
    expect(await seen('2026-11-19')).toEqual({ image: [null, null], story: [null, null] });
    expect(await seen('2026-11-20')).toEqual({ image: ['2026-11-20', 900], story: [null, null] });
    expect(await seen('2026-11-23')).toEqual({ image: ['2026-11-20', 900], story: [null, null] });
    expect(await seen('2026-11-24')).toEqual({ image: ['2026-11-24', 1400], story: ['2026-11-24', 300] });
    // Without a day, the grid shows today's numbers: the latest reading.
    expect(await seen(TODAY)).toEqual(await seen('2026-11-24'));
    expect(
      Object.fromEntries((await grid(core, client.id)).map((r) => [r.postId, r.values.impressions])),
    ).toMatchObject({ [image.id]: 1400, [story.id]: 300 });
  });

  it('saves a block pasted over several posts in one call, one reading per post, spend in cents', async () => {
    const core = await startTestCore();
    const { client, image, story, paid, early } = await publishedWeek(core);
    const saved = await core.call('metrics.save', {
      on: TODAY,
      cells: [
        { postId: image.id, metric: 'impressions', value: 2400 },
        { postId: image.id, metric: 'reach', value: 1800 },
        { postId: image.id, metric: 'reactions', value: 120 },
        { postId: image.id, metric: 'comments', value: 14 },
        { postId: image.id, metric: 'shares', value: 9 },
        { postId: image.id, metric: 'saves', value: 31 },
        { postId: story.id, metric: 'impressions', value: 640 },
        { postId: story.id, metric: 'reach', value: 610 },
        { postId: story.id, metric: 'storyExits', value: 75 },
        { postId: story.id, metric: 'storyReplies', value: 4 },
        { postId: story.id, metric: 'storyForwardTaps', value: 210 },
        { postId: paid.id, metric: 'impressions', value: 15_000 },
        { postId: paid.id, metric: 'linkClicks', value: 230 },
        { postId: paid.id, metric: 'videoViews', value: 5200 },
        // 37,50 € typed in the grid arrives in cents.
        { postId: paid.id, metric: 'spend', value: 3750 },
        { postId: early.id, metric: 'profileVisits', value: 0 },
      ],
    });
    const imageValues = values({
      impressions: 2400,
      reach: 1800,
      reactions: 120,
      comments: 14,
      shares: 9,
      saves: 31,
    });
    const storyValues = values({
      impressions: 640,
      reach: 610,
      storyExits: 75,
      storyReplies: 4,
      storyForwardTaps: 210,
    });
    const paidValues = values({ impressions: 15_000, linkClicks: 230, videoViews: 5200, spend: 3750 });
    const earlyValues = values({ profileVisits: 0 });
    expect(saved).toEqual([
      { postId: image.id, takenOn: TODAY, values: imageValues },
      { postId: story.id, takenOn: TODAY, values: storyValues },
      { postId: paid.id, takenOn: TODAY, values: paidValues },
      { postId: early.id, takenOn: TODAY, values: earlyValues },
    ]);
    const db = core.ctx.db;
    expect(countRows(db, 'SELECT count(*) FROM post_metrics')).toBe(4);
    expect(countRows(db, 'SELECT spend_cents FROM post_metrics WHERE post_id = ?', paid.id)).toBe(3750);
    const byPost = Object.fromEntries((await grid(core, client.id)).map((r) => [r.postId, r.values]));
    expect(byPost).toMatchObject({
      [image.id]: imageValues,
      [story.id]: storyValues,
      [paid.id]: paidValues,
      [early.id]: earlyValues,
    });
  });

  it('accepts numbers read on the day the post went out', async () => {
    const core = await startTestCore();
    const { paid } = await publishedWeek(core);
    const saved = await core.call('metrics.save', {
      on: '2026-11-20',
      cells: [{ postId: paid.id, metric: 'spend', value: 0 }],
    });
    expect(saved).toEqual([{ postId: paid.id, takenOn: '2026-11-20', values: values({ spend: 0 }) }]);
  });

  it('answers an empty history for a post with no numbers yet', async () => {
    const core = await startTestCore();
    const { image } = await publishedWeek(core);
    expect(await core.call('metrics.history', { postId: image.id })).toEqual([]);
  });
});
