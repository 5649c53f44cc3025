import { describe, expect, it } from 'vitest';
import { subjectKey } from '../../shared/domain/mention-subject.ts';
import type { ObjectiveCreate } from '../../shared/domain/objective.ts';
import type { SentimentSplit, VoiceCounts } from '../../shared/domain/voice.ts';
import { kpiValue } from '../../shared/kpi/catalogue.ts';
import { shareOfVoice } from '../../shared/kpi/formulas.ts';
import { emptyTotals } from '../../shared/kpi/totals.ts';
import type { KpiValue } from '../../shared/kpi/value.ts';
import { emptyVoice, sentimentOf, voiceTotals } from '../../shared/kpi/voice.ts';
import { CLOCK_START } from '../support/hosts/clock.ts';
import { NOT_FOUND } from '../support/hosts/envelopes.ts';
import { startTestCore, type TestCore } from '../support/hosts/fixture.ts';
import { postInput } from '../support/seeds/inputs.ts';
import { about, accountOn, BRAND, said, seedListening, topic } from '../support/seeds/listening-seed.ts';

/** The test clock's today, in Paris: Thursday 26 November 2026, 10:00. */
const TODAY = '2026-11-26';
/** The dashboard's week (Monday 16 to Sunday 22 November) and the week before. */
const WEEK = { from: '2026-11-16', to: '2026-11-23' } as const;

const split = (positive: number, neutral: number, negative: number): SentimentSplit => ({
  positive,
  neutral,
  negative,
});

/** Share of voice and sentiment as the renderer computes them from a voice count. */
const share = (v: VoiceCounts | undefined, watched: number): KpiValue =>
  kpiValue('shareOfVoice', emptyTotals(), undefined, voiceTotals(v ?? emptyVoice(), watched));
const sentiment = (v: VoiceCounts | undefined, watched: number): KpiValue =>
  kpiValue('sentimentScore', emptyTotals(), undefined, voiceTotals(v ?? emptyVoice(), watched));

/** A value the test computed by hand; 9 decimals absorb the float division. */
function expectPercent(kv: KpiValue, expected: number) {
  expect(kv.value, JSON.stringify(kv)).not.toBeNull();
  expect(kv.value).toBeCloseTo(expected, 9);
}

const NO_MENTION = { value: null, reason: 'zero', term: 'mentions' } as const;
const NO_OPINION = { value: null, reason: 'zero', term: 'opinions' } as const;
const NO_COMPETITOR = { value: null, reason: 'noData', term: 'competitors' } as const;

/**
 * An autumn of mentions for the bakery (B = its brand), Fournil Dupré (F) and Pâtisserie Caron (C),
 * logged by hand from the networks. Sentiments: + positive, = neutral, − negative.
 *
 * | day   | Instagram        | Facebook | other                          |
 * |-------|------------------|----------|--------------------------------|
 * | 10-20 | B−               |          |                                |
 * | 11-03 | F+               |          |                                |
 * | 11-08 | B+               |          |                                |
 * | 11-10 | B+               |          |                                |  previous week
 * | 11-11 | F+               |          |                                |  (9–15 Nov)
 * | 11-12 | B−               |          |                                |
 * | 11-14 |                  | F+       |                                |
 * | 11-16 | B+ F+            |          |                                |  the week
 * | 11-17 | B+               | B+       |                                |  (16–22 Nov)
 * | 11-18 | B= F− C−         |          |                                |
 * | 11-19 | B−               | F=       |                                |
 * | 11-20 | B+               |          |                                |
 * | 11-21 | #painaulevain+   | #pain…+  | TikTok #painaulevain+          |
 * | 11-23 | B+               |          |                                |
 *
 * The neighbouring cheese shop has mentions of its own on X, which never count for the bakery.
 */
async function autumnVoices(core: TestCore) {
  const seed = await seedListening(core);
  const { fournil: f, caron: c, log } = seed;
  await log([
    said('2026-10-20', 'instagram', BRAND, 'negative'),
    said('2026-11-03', 'instagram', about(f), 'positive'),
    said('2026-11-08', 'instagram', BRAND, 'positive'),
    said('2026-11-10', 'instagram', BRAND, 'positive'),
    said('2026-11-11', 'instagram', about(f), 'positive'),
    said('2026-11-12', 'instagram', BRAND, 'negative'),
    said('2026-11-14', 'facebook', about(f), 'positive'),
    said('2026-11-16', 'instagram', BRAND, 'positive'),
    said('2026-11-16', 'instagram', about(f), 'positive'),
    said('2026-11-17', 'instagram', BRAND, 'positive'),
    said('2026-11-17', 'facebook', BRAND, 'positive'),
    said('2026-11-18', 'instagram', BRAND, 'neutral'),
    said('2026-11-18', 'instagram', about(f), 'negative'),
    said('2026-11-18', 'instagram', about(c), 'negative'),
    said('2026-11-19', 'instagram', BRAND, 'negative'),
    said('2026-11-19', 'facebook', about(f), 'neutral'),
    said('2026-11-20', 'instagram', BRAND, 'positive'),
    said('2026-11-21', 'instagram', topic('#painaulevain'), 'positive'),
    said('2026-11-21', 'facebook', topic('#painaulevain'), 'positive'),
    said('2026-11-21', 'tiktok', topic('#painaulevain'), 'positive'),
    said('2026-11-23', 'instagram', BRAND, 'positive'),
  ]);
  await log(
    [
      said('2026-11-17', 'x', BRAND, 'negative'),
      said('2026-11-18', 'x', BRAND, 'negative'),
      said('2026-11-19', 'x', BRAND, 'positive'),
    ],
    seed.other.id,
  );
  return seed;
}

const dashboard = (
  core: TestCore,
  clientId: string,
  over: { from?: string; to?: string; previousFrom?: string } = {},
) => core.call('kpis.dashboard', { clientId, ...WEEK, ...over });

describe('share of voice and sentiment on the dashboard', () => {
  it('counts the week’s mentions of the brand against its competitors’, exactly as by hand', async () => {
    const core = await startTestCore();
    const { client, fournil: f, caron: c } = await autumnVoices(core);
    const { listening } = await dashboard(core, client.id);

    expect(listening.competitors).toEqual([
      { id: f.id, name: 'Fournil Dupré', color: '#3366CC', archived: false },
      { id: c.id, name: 'Pâtisserie Caron', color: '#AA3377', archived: false },
    ]);
    const week = listening.current;
    expect(week.from).toBe(WEEK.from);
    expect(week.to).toBe(WEEK.to);
    // Topics (#painaulevain) are no one's voice; 11-23 is after the week.
    expect(week.all).toEqual({
      brand: split(4, 1, 1),
      competitors: { [f.id]: split(1, 1, 1), [c.id]: split(0, 0, 1) },
    });
    // 6 ÷ (6 + 3 + 1) × 100 = 60.
    expectPercent(share(week.all, 2), 60);
    // The brand's positives over its opinions: 4 ÷ (4 + 1) × 100 = 80; the neutral one does not weigh.
    expectPercent(sentiment(week.all, 2), 80);
    // Each competitor's own sentiment: Fournil 1 ÷ (1 + 1) = 50; Caron 0 ÷ (0 + 1) = 0, a real zero.
    expectPercent(sentimentOf(week.all.competitors[f.id] ?? split(0, 0, 0)), 50);
    expect(sentimentOf(week.all.competitors[c.id] ?? split(9, 9, 9))).toEqual({ value: 0 });

    // The week before (9–15 Nov): 2 mentions each, a tie; 11-08 is before it.
    const before = listening.previous;
    expect(before.from).toBe('2026-11-09');
    expect(before.to).toBe(WEEK.from);
    expect(before.all).toEqual({ brand: split(1, 0, 1), competitors: { [f.id]: split(2, 0, 0) } });
    // 2 ÷ (2 + 2) × 100 = 50.
    expectPercent(share(before.all, 2), 50);
    // 1 ÷ (1 + 1) × 100 = 50; Fournil's 2 ÷ (2 + 0) = 100.
    expectPercent(sentiment(before.all, 2), 50);
    expectPercent(sentimentOf(before.all.competitors[f.id] ?? split(0, 0, 0)), 100);
  });

  it('splits the voices by network', async () => {
    const core = await startTestCore();
    const { client, fournil: f, caron: c } = await autumnVoices(core);
    const { listening } = await dashboard(core, client.id);
    const { byNetwork } = listening.current;
    // TikTok had only a topic, X only the neighbour's mentions: neither is a voice of the bakery's.
    expect(Object.keys(byNetwork).sort()).toEqual(['facebook', 'instagram']);
    expect(byNetwork.instagram).toEqual({
      brand: split(3, 1, 1),
      competitors: { [f.id]: split(1, 0, 1), [c.id]: split(0, 0, 1) },
    });
    expect(byNetwork.facebook).toEqual({ brand: split(1, 0, 0), competitors: { [f.id]: split(0, 1, 0) } });
    // Instagram: 5 ÷ (5 + 2 + 1) × 100 = 62.5; sentiment 3 ÷ (3 + 1) × 100 = 75.
    expectPercent(share(byNetwork.instagram, 2), 62.5);
    expectPercent(sentiment(byNetwork.instagram, 2), 75);
    // Facebook: 1 ÷ (1 + 1) × 100 = 50, a tie; sentiment 1 ÷ (1 + 0) = 100.
    expectPercent(share(byNetwork.facebook, 2), 50);
    expectPercent(sentiment(byNetwork.facebook, 2), 100);
    // Fournil was only neutral on Facebook: no sentiment score, not 0.
    expect(sentimentOf(byNetwork.facebook?.competitors[f.id] ?? split(9, 9, 9))).toEqual(NO_OPINION);
    // The week before, Instagram alone: B+ B− F+ → 2 ÷ 3; Facebook: F+ alone → 0 ÷ 1 = 0.
    expectPercent(share(listening.previous.byNetwork.instagram, 2), (2 / 3) * 100);
    expect(share(listening.previous.byNetwork.facebook, 2)).toEqual({ value: 0 });
  });

  it('places each day’s mentions on its chart point', async () => {
    const core = await startTestCore();
    const { client, fournil: f, caron: c } = await autumnVoices(core);
    const { listening, series } = await dashboard(core, client.id);
    // A point per day of the week, as the dashboard's other charts.
    expect(listening.series.map((p) => p.start)).toEqual(series.map((p) => p.start));
    expect(listening.series.map((p) => p.start)).toEqual([
      '2026-11-16',
      '2026-11-17',
      '2026-11-18',
      '2026-11-19',
      '2026-11-20',
      '2026-11-21',
      '2026-11-22',
    ]);
    const [d16, d17, d18, d19, d20, d21, d22] = listening.series.map((p) => p.voice);
    expect(d18).toEqual({
      brand: split(0, 1, 0),
      competitors: { [f.id]: split(0, 0, 1), [c.id]: split(0, 0, 1) },
    });
    // 16th: B+ F+ → 1 ÷ 2 = 50. 17th: two of the brand's and no competitor's → 2 ÷ 2 = 100.
    expectPercent(share(d16, 2), 50);
    expectPercent(share(d17, 2), 100);
    // 18th: 1 ÷ (1 + 1 + 1) ≈ 33.3, and the brand's only mention was neutral: no sentiment.
    expectPercent(share(d18, 2), 100 / 3);
    expect(sentiment(d18, 2)).toEqual(NO_OPINION);
    // 19th: B− F= → 50, sentiment 0 ÷ (0 + 1) = 0.
    expectPercent(share(d19, 2), 50);
    expect(sentiment(d19, 2)).toEqual({ value: 0 });
    expectPercent(share(d20, 2), 100);
    // 21st: topics only; 22nd: nothing said. Neither has a share: 0 ÷ 0 is no value.
    expect(d21).toEqual(emptyVoice());
    expect(share(d21, 2)).toEqual(NO_MENTION);
    expect(share(d22, 2)).toEqual(NO_MENTION);
    expect(sentiment(d22, 2)).toEqual(NO_OPINION);
  });

  it('follows weekly chart points over two months, and a previous period chosen by hand', async () => {
    const core = await startTestCore();
    const { client, fournil: f } = await autumnVoices(core);
    // 5 October to 30 November: 56 days, charted by week (Mondays).
    const long = await dashboard(core, client.id, { from: '2026-10-05', to: '2026-11-30' });
    expect(long.bucket).toBe('week');
    const points = long.listening.series.map((p) => [p.start, share(p.voice, 2)]);
    expect(points.map(([start]) => start)).toEqual([
      '2026-10-05',
      '2026-10-12',
      '2026-10-19',
      '2026-10-26',
      '2026-11-02',
      '2026-11-09',
      '2026-11-16',
      '2026-11-23',
    ]);
    expect(points).toEqual([
      ['2026-10-05', NO_MENTION],
      ['2026-10-12', NO_MENTION],
      // B− alone: 1 ÷ 1.
      ['2026-10-19', { value: 100 }],
      ['2026-10-26', NO_MENTION],
      // F+ on the 3rd, B+ on the 8th: 1 ÷ 2.
      ['2026-11-02', { value: 50 }],
      ['2026-11-09', { value: 50 }],
      // The week above: 6 ÷ 10.
      ['2026-11-16', { value: 60 }],
      // B+ on the 23rd.
      ['2026-11-23', { value: 100 }],
    ]);
    // The whole span: brand 1 + 1 + 2 + 6 + 1 = 11; Fournil 1 + 2 + 3 = 6; Caron 1 → 11 ÷ 18.
    expectPercent(share(long.listening.current.all, 2), (11 / 18) * 100);

    // The week against everything since 1 October: B− B+ B+ B− vs F+ F+ F+ → 4 ÷ 7.
    const against = await dashboard(core, client.id, { previousFrom: '2026-10-01' });
    expect(against.listening.previous.from).toBe('2026-10-01');
    expect(against.listening.previous.all).toEqual({
      brand: split(2, 0, 2),
      competitors: { [f.id]: split(3, 0, 0) },
    });
    expectPercent(share(against.listening.previous.all, 2), (4 / 7) * 100);
    expectPercent(share(against.listening.current.all, 2), 60);
  });

  it('has no value for a period without mentions, and none for a client without competitors', async () => {
    const core = await startTestCore();
    const { client, other } = await autumnVoices(core);
    // September: two competitors watched, nothing said. 0 ÷ 0 is no value, never 0 or NaN.
    const quiet = await dashboard(core, client.id, { from: '2026-09-07', to: '2026-09-14' });
    expect(quiet.listening.current.all).toEqual(emptyVoice());
    expect(quiet.listening.current.byNetwork).toEqual({});
    expect(share(quiet.listening.current.all, quiet.listening.competitors.length)).toEqual(NO_MENTION);
    expect(sentiment(quiet.listening.current.all, 2)).toEqual(NO_OPINION);
    expect(quiet.listening.current.engagements).toBeNull();

    // The cheese shop watches no competitor: its share of voice says so, its sentiment still reads.
    const cheese = await dashboard(core, other.id);
    expect(cheese.listening.competitors).toEqual([]);
    expect(cheese.listening.current.all).toEqual({ brand: split(1, 0, 2), competitors: {} });
    expect(share(cheese.listening.current.all, cheese.listening.competitors.length)).toEqual(NO_COMPETITOR);
    // 1 ÷ (1 + 2) × 100.
    expectPercent(sentiment(cheese.listening.current.all, 0), 100 / 3);
  });

  it('leaves a trashed competitor’s mentions out, and counts them again once it is restored', async () => {
    const core = await startTestCore();
    const { client, fournil: f, caron: c } = await autumnVoices(core);
    await core.call('competitors.delete', { id: f.id });

    const without = (await dashboard(core, client.id)).listening;
    expect(without.competitors.map((x) => x.id)).toEqual([c.id]);
    expect(without.current.all.competitors).toEqual({ [c.id]: split(0, 0, 1) });
    // 6 ÷ (6 + 1) × 100 ≈ 85.7.
    expectPercent(share(without.current.all, without.competitors.length), (6 / 7) * 100);
    // The week before had only Fournil against the brand: 2 ÷ 2 = 100.
    expectPercent(share(without.previous.all, without.competitors.length), 100);
    expectPercent(share(without.current.byNetwork.facebook, 1), 100);
    // Its mentions are not in the journal either, nor in the trash apart from it.
    const fournilKey = subjectKey(about(f));
    expect(await core.call('mentions.list', { clientId: client.id, subjects: [fournilKey] })).toEqual({
      mentions: [],
      total: 0,
    });
    expect((await core.call('trash.list', undefined)).map((i) => [i.type, i.label])).toEqual([
      ['competitor', 'Fournil Dupré'],
    ]);

    await core.call('trash.restore', { type: 'competitor', id: f.id });
    const back = (await dashboard(core, client.id)).listening;
    expect(back.competitors.map((x) => x.id)).toEqual([f.id, c.id]);
    expectPercent(share(back.current.all, 2), 60);
    expectPercent(share(back.previous.all, 2), 50);
    // All 6 of Fournil's mentions are back in the journal.
    expect((await core.call('mentions.list', { clientId: client.id, subjects: [fournilKey] })).total).toBe(6);

    // With both competitors in the trash there is no one to share the voice with.
    await core.call('competitors.delete', { id: f.id });
    await core.call('competitors.delete', { id: c.id });
    const alone = (await dashboard(core, client.id)).listening;
    expect(alone.competitors).toEqual([]);
    expect(share(alone.current.all, 0)).toEqual(NO_COMPETITOR);
    expectPercent(sentiment(alone.current.all, 0), 80);
  });

  it('still counts an archived competitor’s mentions', async () => {
    const core = await startTestCore();
    const { client, fournil: f, caron: c } = await autumnVoices(core);
    await core.call('competitors.archive', { id: c.id, archived: true });
    // Hidden from the competitors list, but its past mentions still weigh.
    expect((await core.call('competitors.list', { clientId: client.id })).map((x) => x.id)).toEqual([f.id]);
    const { listening } = await dashboard(core, client.id);
    expect(listening.competitors).toEqual([
      { id: f.id, name: 'Fournil Dupré', color: '#3366CC', archived: false },
      { id: c.id, name: 'Pâtisserie Caron', color: '#AA3377', archived: true },
    ]);
    expect(listening.current.all.competitors[c.id]).toEqual(split(0, 0, 1));
    expectPercent(share(listening.current.all, listening.competitors.length), 60);
  });

  it('shares the engagements: the brand’s published posts against the competitors’ logged readings', async () => {
    const core = await startTestCore();
    const { client, ig, fb, fournil: f, caron: c } = await seedListening(core);
    const published = async (channelId: string, date: string, values: Record<string, number>) => {
      const post = await core.call(
        'posts.create',
        postInput(client.id, channelId, { date, time: '09:00', status: 'published' }),
      );
      await core.call('metrics.save', {
        on: TODAY,
        cells: Object.entries(values).map(([metric, value]) => ({
          postId: post.id,
          metric: metric as 'reactions',
          value,
        })),
      });
    };
    // The week: 90 + 10 on Instagram, 20 on Facebook = 120. The week before: 40.
    await published(ig.id, '2026-11-17', { reactions: 90, comments: 10 });
    await published(fb.id, '2026-11-19', { reactions: 20 });
    await published(ig.id, '2026-11-10', { reactions: 40 });
    const reading = (on: string, accountId: string, posts: number, engagementsPerPost: number | null) =>
      core.call('competitors.saveReadings', {
        clientId: client.id,
        on,
        rows: [{ accountId, posts, engagementsPerPost }],
      });
    // Fournil: 4 posts × 12.5 on Instagram and 2 × 15 on Facebook = 80 in the week.
    await reading('2026-11-20', accountOn(f, 'instagram'), 4, 12.5);
    await reading('2026-11-22', accountOn(f, 'facebook'), 2, 15);
    // Caron: posts without engagements count nothing; the 23rd is after the week.
    await reading('2026-11-18', accountOn(c, 'instagram'), 3, null);
    await reading('2026-11-23', accountOn(c, 'instagram'), 10, 100);
    // The week before: posts logged, no engagement.
    await reading('2026-11-13', accountOn(f, 'instagram'), 3, null);

    const first = (await dashboard(core, client.id)).listening;
    expect(first.current.engagements).toEqual({ brand: 120, competitors: 80 });
    // 120 ÷ (120 + 80) × 100 = 60.
    expectPercent(shareOfVoice(120, 80), 60);
    // No competitor engagement logged the week before: nothing to share against, though the brand had 40.
    expect(first.previous.engagements).toBeNull();

    await reading('2026-11-13', accountOn(c, 'instagram'), 2, 5);
    const second = (await dashboard(core, client.id)).listening;
    // 40 ÷ (40 + 2 × 5) × 100 = 80.
    expect(second.previous.engagements).toEqual({ brand: 40, competitors: 10 });

    // An archived competitor's readings still count; a trashed one's do not.
    await core.call('competitors.archive', { id: f.id, archived: true });
    expect((await dashboard(core, client.id)).listening.current.engagements).toEqual({
      brand: 120,
      competitors: 80,
    });
    await core.call('competitors.delete', { id: f.id });
    expect((await dashboard(core, client.id)).listening.current.engagements).toBeNull();
    await core.call('trash.restore', { type: 'competitor', id: f.id });
    expect((await dashboard(core, client.id)).listening.current.engagements).toEqual({
      brand: 120,
      competitors: 80,
    });
  });
});

const objectiveInput = (clientId: string, over: Partial<ObjectiveCreate>): ObjectiveCreate => ({
  clientId,
  title: 'Part de voix à 70 %',
  kpi: 'shareOfVoice',
  baseline: 50,
  target: 70,
  goal: 'awareness',
  startOn: '2026-10-15',
  deadline: '2026-12-31',
  ...over,
});

const rounded = (series: { date: string; value: number }[]) =>
  series.map((p) => [p.date, Number(p.value.toFixed(6))]);

describe('objectives on share of voice and sentiment', () => {
  it('measures share of voice over the last 28 days, week by week', async () => {
    const core = await startTestCore();
    const { client } = await autumnVoices(core);
    const objective = await core.call('objectives.create', objectiveInput(client.id, {}));
    expect(objective.measure).toBe('recent');
    // Today's window, 30 October to 26 November: brand 11-08, 10, 12, the week's 6 and 11-23 = 10;
    // Fournil 3 + 3 = 6; Caron 1 → 10 ÷ 17 ≈ 58.8. The brand's 20 October is more than 28 days old.
    expectPercent(objective.current, (10 / 17) * 100);
    expect(rounded(objective.series)).toEqual(
      rounded([
        // [15 Oct, 22 Oct): B− alone.
        { date: '2026-10-21', value: 100 },
        { date: '2026-10-28', value: 100 },
        // [15 Oct, 5 Nov): B− F+.
        { date: '2026-11-04', value: 50 },
        // [15 Oct, 12 Nov): B− B+ B+ against F+ F+ → 3 ÷ 5.
        { date: '2026-11-11', value: 60 },
        // [22 Oct, 19 Nov): brand 3 + 4 (16th to 18th) = 7; Fournil 3 + 2; Caron 1 → 7 ÷ 13.
        { date: '2026-11-18', value: (7 / 13) * 100 },
        // [29 Oct, 26 Nov) and today's [30 Oct, 27 Nov): 10 ÷ 17.
        { date: '2026-11-25', value: (10 / 17) * 100 },
        { date: TODAY, value: (10 / 17) * 100 },
      ]),
    );
    // (58.8 − 50) ÷ (70 − 50).
    expect(objective.progress.percent).toBeCloseTo((((10 / 17) * 100 - 50) / 20) * 100, 9);
    // Listed the same way.
    const [listed] = await core.call('objectives.list', { clientId: client.id });
    expect(listed?.current).toEqual(objective.current);
    expect(listed?.series).toEqual(objective.series);
  });

  it('measures the brand’s sentiment score, competitors aside', async () => {
    const core = await startTestCore();
    const { client } = await autumnVoices(core);
    const objective = await core.call(
      'objectives.create',
      objectiveInput(client.id, {
        title: 'Sentiment à 90 %',
        kpi: 'sentimentScore',
        baseline: 60,
        target: 90,
        goal: 'loyalty',
      }),
    );
    // [30 Oct, 27 Nov): positives 11-08, 10, 16, 17 (×2), 20, 23 = 7; negatives 11-12, 19 = 2 → 7 ÷ 9.
    expectPercent(objective.current, (7 / 9) * 100);
    expect(rounded(objective.series)).toEqual(
      rounded([
        // The brand's 20 October was negative: 0 ÷ (0 + 1) = 0, a real value.
        { date: '2026-10-21', value: 0 },
        { date: '2026-10-28', value: 0 },
        { date: '2026-11-04', value: 0 },
        // [15 Oct, 12 Nov): − + + → 2 ÷ 3.
        { date: '2026-11-11', value: (2 / 3) * 100 },
        // [22 Oct, 19 Nov): + + − + + + and a neutral → 5 ÷ 6.
        { date: '2026-11-18', value: (5 / 6) * 100 },
        { date: '2026-11-25', value: (7 / 9) * 100 },
        { date: TODAY, value: (7 / 9) * 100 },
      ]),
    );
  });

  it('counts only its channel’s network for an objective on one channel', async () => {
    const core = await startTestCore();
    const { client, fb } = await autumnVoices(core);
    const objective = await core.call(
      'objectives.create',
      objectiveInput(client.id, { title: 'Part de voix Facebook', channelId: fb.id }),
    );
    // Facebook only: F+ 11-14, B+ 11-17, F= 11-19 → 1 ÷ 3.
    expectPercent(objective.current, 100 / 3);
    // Weeks with nothing said on Facebook have no point.
    expect(rounded(objective.series)).toEqual(
      rounded([
        { date: '2026-11-18', value: 50 },
        { date: '2026-11-25', value: 100 / 3 },
        { date: TODAY, value: 100 / 3 },
      ]),
    );
    // The whole client's objective beside it still reads all networks.
    const whole = await core.call('objectives.create', objectiveInput(client.id, {}));
    expectPercent(whole.current, (10 / 17) * 100);
  });

  it('has no value when nothing was said, and none without a competitor', async () => {
    const core = await startTestCore();
    const { client, other, fournil: f, caron: c } = await autumnVoices(core);
    const september = await core.call(
      'objectives.create',
      objectiveInput(client.id, { startOn: '2026-09-01', deadline: '2026-09-30' }),
    );
    expect(september.current).toEqual(NO_MENTION);
    expect(september.series).toEqual([]);
    const cheese = await core.call('objectives.create', objectiveInput(other.id, {}));
    expect(cheese.current).toEqual(NO_COMPETITOR);
    // The bakery's competitors in the trash: no one left to share the voice with.
    await core.call('competitors.delete', { id: f.id });
    await core.call('competitors.delete', { id: c.id });
    const [listed] = await core.call('objectives.list', { clientId: client.id });
    expect(listed?.current).toEqual(NO_COMPETITOR);
    const alone = await core.call('objectives.create', objectiveInput(client.id, { title: 'Seul' }));
    expect(alone.current).toEqual(NO_COMPETITOR);
  });
});

/**
 * A week of the journal: six mentions of the bakery, its competitor and a topic, one of them
 * answering a post, and one of the neighbour's that must never show.
 */
async function journal(core: TestCore) {
  const seed = await seedListening(core);
  const { client, ig, fournil, log } = seed;
  const post = await core.call(
    'posts.create',
    postInput(client.id, ig.id, {
      date: '2026-11-23',
      time: '08:00',
      status: 'published',
      caption: 'Le pain',
    }),
  );
  const [j1, j2, j3, j4, j5, j6] = (await log([
    said('2026-11-20', 'instagram', BRAND, 'positive', {
      author: '@marie.l',
      text: 'Les croissants sont épatants !',
      tags: ['viennoiserie'],
      authorAudience: 1200,
    }),
    said('2026-11-21', 'facebook', about(fournil), 'negative', {
      time: '08:30',
      author: 'Jean Dupuis',
      text: 'Attente trop longue chez Dupré',
    }),
    said('2026-11-21', 'instagram', topic('Épiphanie'), 'neutral', {
      time: '18:00',
      author: '@galettes',
      text: 'Quelle galette pour l’Épiphanie ?',
    }),
    said('2026-11-22', 'x', BRAND, 'neutral', {
      time: '12:00',
      author: '@EPATANT_Paris',
      text: '',
      url: 'https://x.com/epatant/status/1',
    }),
    said('2026-11-24', 'instagram', BRAND, 'negative', {
      time: '09:15',
      author: '@paul',
      text: 'Pain rassis ce matin',
      postId: post.id,
    }),
    said('2026-11-10', 'facebook', BRAND, 'positive', { author: 'Lucie', text: 'Merci pour le gâteau' }),
  ])) as [string, string, string, string, string, string];
  await log([said('2026-11-20', 'x', BRAND, 'positive', { text: 'Un fromage épatant' })], seed.other.id);
  return { ...seed, post, j1, j2, j3, j4, j5, j6 };
}

const ids = (page: { mentions: { id: string }[] }) => page.mentions.map((m) => m.id);

describe('the mentions journal', () => {
  it('keeps every field of a mention and lists the newest first', async () => {
    const core = await startTestCore();
    const { client, j1, j2, j3, j4, j5, j6 } = await journal(core);
    const page = await core.call('mentions.list', { clientId: client.id });
    expect(ids(page)).toEqual([j5, j4, j3, j2, j1, j6]);
    expect(page.total).toBe(6);
    expect(page.mentions[4]).toEqual({
      id: j1,
      clientId: client.id,
      date: '2026-11-20',
      time: '10:00',
      network: 'instagram',
      author: '@marie.l',
      authorAudience: 1200,
      text: 'Les croissants sont épatants !',
      url: '',
      subject: { kind: 'brand' },
      sentiment: 'positive',
      tags: ['viennoiserie'],
      postId: null,
      createdAt: CLOCK_START,
      updatedAt: CLOCK_START,
      deletedAt: null,
    });
    expect(page.mentions[1]).toMatchObject({ text: '', url: 'https://x.com/epatant/status/1' });
  });

  it('filters by period, sentiment, network and subject', async () => {
    const core = await startTestCore();
    const { client, fournil, log, j1, j2, j3, j4, j5, j6 } = await journal(core);
    const list = async (filter: object) =>
      ids(await core.call('mentions.list', { clientId: client.id, ...filter }));
    // From the 21st to the 23rd, the 23rd left out.
    expect(await list({ from: '2026-11-21', to: '2026-11-23' })).toEqual([j4, j3, j2]);
    expect(await list({ from: '2026-11-21' })).toEqual([j5, j4, j3, j2]);
    expect(await list({ to: '2026-11-20' })).toEqual([j6]);
    expect(await list({ sentiments: ['negative'] })).toEqual([j5, j2]);
    expect(await list({ sentiments: ['positive', 'neutral'] })).toEqual([j4, j3, j1, j6]);
    expect(await list({ networks: ['x'] })).toEqual([j4]);
    expect(await list({ networks: ['facebook', 'x'] })).toEqual([j4, j2, j6]);
    expect(await list({ subjects: [subjectKey(BRAND)] })).toEqual([j5, j4, j1, j6]);
    expect(await list({ subjects: [subjectKey(about(fournil))] })).toEqual([j2]);
    // A topic's key is lower case; the topic was typed with a capital É.
    expect(subjectKey(topic('Épiphanie'))).toBe('topic:épiphanie');
    expect(await list({ subjects: [subjectKey(topic('Épiphanie'))] })).toEqual([j3]);
    expect(await list({ subjects: [subjectKey(about(fournil)), subjectKey(topic('Épiphanie'))] })).toEqual([
      j3,
      j2,
    ]);
    // One topic whatever its case: a later mention typed in capitals is the same topic.
    const [j7] = await log([said('2026-11-25', 'tiktok', topic('ÉPIPHANIE'), 'positive')]);
    expect(await list({ subjects: ['topic:épiphanie'] })).toEqual([j7, j3]);
    expect(await list({ subjects: ['topic:Épiphanie'] })).toEqual([j7, j3]);
    // Filters add up.
    expect(await list({ subjects: ['brand'], sentiments: ['negative'], from: '2026-11-01' })).toEqual([j5]);
    expect(await list({ subjects: ['topic:épiphanie'], networks: ['tiktok'] })).toEqual([j7]);
    // An empty choice shows nothing.
    expect(await list({ subjects: [] })).toEqual([]);
    expect(await list({ sentiments: [] })).toEqual([]);
  });

  it('shows a limited page and says how many match', async () => {
    const core = await startTestCore();
    const { client, j4, j5 } = await journal(core);
    expect(await core.call('mentions.list', { clientId: client.id, limit: 2 })).toMatchObject({
      mentions: [{ id: j5 }, { id: j4 }],
      total: 6,
    });
    const exact = await core.call('mentions.list', { clientId: client.id, limit: 6 });
    expect(exact.mentions).toHaveLength(6);
    expect(exact.total).toBe(6);
    const negative = await core.call('mentions.list', {
      clientId: client.id,
      limit: 1,
      sentiments: ['negative'],
    });
    expect(negative).toMatchObject({ mentions: [{ id: j5 }], total: 2 });
  });

  it('searches the text and the author, ignoring accents and case', async () => {
    const core = await startTestCore();
    const { client, j1, j2, j3, j4 } = await journal(core);
    const search = async (text: string) =>
      ids(await core.call('mentions.list', { clientId: client.id, search: text }));
    // "épatants" in j1's text, "EPATANT_Paris" as j4's author; never the neighbour's "fromage épatant".
    expect(await search('epatant')).toEqual([j4, j1]);
    expect(await search('ÉPATANT')).toEqual([j4, j1]);
    expect(await search('croissants epatants')).toEqual([j1]);
    expect(await search('dupre')).toEqual([j2]);
    expect(await search('jean')).toEqual([j2]);
    expect(await search('epiphanie')).toEqual([j3]);
    // The link is not searched: only text and author.
    expect(await search('status')).toEqual([]);
    // Nothing to look for: nothing found, rather than everything.
    expect(await core.call('mentions.list', { clientId: client.id, search: '#' })).toEqual({
      mentions: [],
      total: 0,
    });
    expect(await search('"')).toEqual([]);
    // Search and filters together.
    expect(
      ids(
        await core.call('mentions.list', { clientId: client.id, search: 'epatant', networks: ['instagram'] }),
      ),
    ).toEqual([j1]);
    // An edited text is searched as edited.
    await core.call('mentions.update', { id: j1, text: 'Les chaussons aux pommes, une merveille' });
    expect(await search('epatant')).toEqual([j4]);
    expect(await search('merveille')).toEqual([j1]);
  });

  it('writes a pasted list whole or not at all, naming the lines that are wrong', async () => {
    const core = await startTestCore();
    const { client, other, fournil } = await seedListening(core);
    const otherCompetitor = await core.call('competitors.create', {
      clientId: other.id,
      name: 'Crèmerie Voisine',
      color: '#112233',
    });
    const count = async () => (await core.call('mentions.list', { clientId: client.id })).total;
    const good = [
      said('2026-11-20', 'instagram', BRAND, 'positive'),
      said('2026-11-21', 'facebook', about(fournil), 'negative'),
      said('2026-11-22', 'instagram', topic('#galette'), 'neutral'),
    ];
    // A sentiment that is not one of the three, on the second line.
    const badSentiment = await core.dispatch('mentions.createMany', {
      clientId: client.id,
      mentions: [good[0], { ...good[1], sentiment: 'enthousiaste' }, good[2]],
    });
    expect(badSentiment).toMatchObject({
      ok: false,
      error: {
        code: 'invalid_input',
        issues: [{ path: ['mentions', '1', 'sentiment'], code: 'invalidSentiment' }],
      },
    });
    // Tomorrow, and later today (it is 10:00 in Paris), on the third line.
    const future = await core.dispatch('mentions.createMany', {
      clientId: client.id,
      mentions: [good[0], good[1], said('2026-11-27', 'instagram', BRAND, 'positive')],
    });
    expect(future).toMatchObject({
      ok: false,
      error: {
        code: 'invalid_input',
        issues: [{ path: ['mentions', '2', 'date'], code: 'futureDate', params: { date: TODAY } }],
      },
    });
    const later = await core.dispatch('mentions.createMany', {
      clientId: client.id,
      mentions: [said(TODAY, 'instagram', BRAND, 'positive', { time: '11:00' }), good[1]],
    });
    expect(later).toMatchObject({
      ok: false,
      error: { issues: [{ path: ['mentions', '0', 'time'], code: 'futureTime', params: { time: '10:00' } }] },
    });
    // Another client's competitor, and a line with neither text nor link.
    const wrong = await core.dispatch('mentions.createMany', {
      clientId: client.id,
      mentions: [good[0], said('2026-11-20', 'instagram', about(otherCompetitor), 'positive')],
    });
    expect(wrong).toMatchObject({
      ok: false,
      error: { issues: [{ path: ['mentions', '1', 'subject', 'competitorId'], code: 'otherClient' }] },
    });
    const empty = await core.dispatch('mentions.createMany', {
      clientId: client.id,
      mentions: [good[0], good[1], good[2], said('2026-11-20', 'x', BRAND, 'neutral', { text: '  ' })],
    });
    expect(empty).toMatchObject({
      ok: false,
      error: { issues: [{ path: ['mentions', '3', 'text'], code: 'mentionEmpty' }] },
    });
    expect(await count()).toBe(0);

    // All right: all three written, in order, a moment ago counting as now.
    const { ids: written } = await core.call('mentions.createMany', {
      clientId: client.id,
      mentions: [...good, said(TODAY, 'instagram', BRAND, 'positive', { time: '10:00' })],
    });
    expect(written).toHaveLength(4);
    expect(await count()).toBe(4);
  });

  it('edits a mention’s sentiment and subject, and refuses one left with neither text nor link', async () => {
    const core = await startTestCore();
    const { client, fournil, caron, j2, j4 } = await journal(core);
    core.clock.advance(60_000);
    const edited = await core.call('mentions.update', {
      id: j2,
      sentiment: 'positive',
      subject: about(caron),
    });
    expect(edited).toMatchObject({
      id: j2,
      sentiment: 'positive',
      subject: { kind: 'competitor', competitorId: caron.id },
      text: 'Attente trop longue chez Dupré',
      author: 'Jean Dupuis',
      updatedAt: '2026-11-26T09:01:00.000Z',
    });
    // The journal and the dashboard follow the edit.
    expect(
      ids(await core.call('mentions.list', { clientId: client.id, subjects: [subjectKey(about(fournil))] })),
    ).toEqual([]);
    const { listening } = await core.call('kpis.dashboard', {
      clientId: client.id,
      from: '2026-11-16',
      to: '2026-11-23',
    });
    expect(listening.current.all.competitors).toEqual({ [caron.id]: split(1, 0, 0) });

    // j4 is only a link: emptying its link too would leave nothing to read again.
    const refused = await core.dispatch('mentions.update', { id: j4, url: '' });
    expect(refused).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', issues: [{ path: ['text'], code: 'mentionEmpty' }] },
    });
    // Clearing both at once on a mention with text is refused too.
    expect(await core.dispatch('mentions.update', { id: j2, text: '', url: '' })).toMatchObject({
      ok: false,
      error: { issues: [{ path: ['text'], code: 'mentionEmpty' }] },
    });
    // Swapping the link for a text is fine.
    expect(await core.call('mentions.update', { id: j4, url: '', text: 'Épatant, ce pain' })).toMatchObject({
      text: 'Épatant, ce pain',
      url: '',
    });
    // A subject that is not one of the client's competitors is refused.
    await core.call('competitors.delete', { id: caron.id });
    expect(await core.dispatch('mentions.update', { id: j4, subject: about(caron) })).toMatchObject({
      ok: false,
      error: { issues: [{ path: ['subject', 'competitorId'], code: 'invalidId' }] },
    });
  });

  it('sends mentions to the trash and brings them back', async () => {
    const core = await startTestCore();
    const { client, j1, j2, j3, j4, j5, j6 } = await journal(core);
    core.clock.advance(1000);
    const items = await core.call('mentions.delete', { ids: [j4, j1] });
    expect(items).toEqual([
      {
        type: 'mention',
        id: j4,
        label: 'https://x.com/epatant/status/1',
        network: 'x',
        clientName: client.name,
        deletedAt: '2026-11-26T09:00:01.000Z',
      },
      {
        type: 'mention',
        id: j1,
        label: 'Les croissants sont épatants !',
        network: 'instagram',
        clientName: client.name,
        deletedAt: '2026-11-26T09:00:01.000Z',
      },
    ]);
    expect(await core.call('trash.list', undefined)).toEqual(expect.arrayContaining(items));
    expect((await core.call('trash.list', undefined)).length).toBe(2);
    expect(ids(await core.call('mentions.list', { clientId: client.id }))).toEqual([j5, j3, j2, j6]);
    expect(ids(await core.call('mentions.list', { clientId: client.id, search: 'epatant' }))).toEqual([]);
    // Gone from the counts too: the week had only j2 (Fournil) and j3 (a topic).
    const { listening } = await core.call('kpis.dashboard', {
      clientId: client.id,
      from: '2026-11-16',
      to: '2026-11-23',
    });
    expect(listening.current.all.brand).toEqual(split(0, 0, 0));
    // Deleted twice, or edited while in the trash: not found.
    expect(await core.dispatch('mentions.delete', { ids: [j1] })).toMatchObject(NOT_FOUND);
    expect(await core.dispatch('mentions.update', { id: j1, sentiment: 'neutral' })).toMatchObject(NOT_FOUND);

    await core.call('trash.restoreMany', {
      refs: [
        { type: 'mention', id: j4 },
        { type: 'mention', id: j1 },
      ],
    });
    expect(await core.call('trash.list', undefined)).toEqual([]);
    expect(ids(await core.call('mentions.list', { clientId: client.id }))).toEqual([j5, j4, j3, j2, j1, j6]);
    expect(ids(await core.call('mentions.list', { clientId: client.id, search: 'epatant' }))).toEqual([
      j4,
      j1,
    ]);
  });

  it('keeps a mention and its link to the post it answers when the post goes to the trash', async () => {
    const core = await startTestCore();
    const { client, other, otherChannel, post, j5 } = await journal(core);
    const [answer] = (await core.call('mentions.list', { clientId: client.id, search: 'rassis' })).mentions;
    expect(answer).toMatchObject({ id: j5, postId: post.id });
    await core.call('posts.delete', { ids: [post.id] });
    const [kept] = (await core.call('mentions.list', { clientId: client.id, search: 'rassis' })).mentions;
    expect(kept).toMatchObject({ id: j5, postId: post.id });
    // It can still be edited while its post is in the trash.
    expect(await core.call('mentions.update', { id: j5, sentiment: 'neutral' })).toMatchObject({
      sentiment: 'neutral',
      postId: post.id,
    });
    // Back with the post, still linked.
    await core.call('trash.restore', { type: 'post', id: post.id });
    expect(
      (await core.call('mentions.list', { clientId: client.id, search: 'rassis' })).mentions[0],
    ).toMatchObject({
      postId: post.id,
    });
    // Purged for good: the mention stays, unlinked.
    await core.call('posts.delete', { ids: [post.id] });
    await core.call('trash.purge', { type: 'post', id: post.id });
    const [unlinked] = (await core.call('mentions.list', { clientId: client.id, search: 'rassis' })).mentions;
    expect(unlinked).toMatchObject({ id: j5, postId: null, text: 'Pain rassis ce matin' });
    // Linking to another client's post is refused.
    const theirs = await core.call(
      'posts.create',
      postInput(other.id, otherChannel.id, { date: '2026-11-20' }),
    );
    expect(await core.dispatch('mentions.update', { id: j5, postId: theirs.id })).toMatchObject({
      ok: false,
      error: { issues: [{ path: ['postId'], code: 'otherClient' }] },
    });
  });
});

describe('watched terms', () => {
  it('replaces the whole list, in the order given', async () => {
    const core = await startTestCore();
    const { client, fournil } = await seedListening(core);
    expect(await core.call('mentions.terms', { clientId: client.id })).toEqual([]);
    const first = await core.call('mentions.setTerms', {
      clientId: client.id,
      terms: [
        { term: 'Boulangerie Martin', subject: BRAND },
        { term: '#painaulevain', subject: topic('#painaulevain') },
        { term: 'Dupré', subject: about(fournil) },
      ],
    });
    expect(first.map((t) => [t.term, subjectKey(t.subject)])).toEqual([
      ['Boulangerie Martin', 'brand'],
      ['#painaulevain', 'topic:#painaulevain'],
      ['Dupré', `competitor:${fournil.id}`],
    ]);
    expect(await core.call('mentions.terms', { clientId: client.id })).toEqual(first);
    const second = await core.call('mentions.setTerms', {
      clientId: client.id,
      terms: [
        { term: 'Dupré', subject: about(fournil) },
        { term: 'Martin', subject: BRAND },
      ],
    });
    expect(second.map((t) => t.term)).toEqual(['Dupré', 'Martin']);
    expect(await core.call('mentions.terms', { clientId: client.id })).toEqual(second);
    // The same term twice, whatever its case, is refused; so is another client's competitor.
    expect(
      await core.dispatch('mentions.setTerms', {
        clientId: client.id,
        terms: [
          { term: 'Dupré', subject: about(fournil) },
          { term: 'DUPRÉ', subject: BRAND },
        ],
      }),
    ).toMatchObject({
      ok: false,
      error: { issues: [{ path: ['terms', '1', 'term'], code: 'duplicateTerm' }] },
    });
    expect(await core.call('mentions.terms', { clientId: client.id })).toEqual(second);
    // An empty list clears them.
    expect(await core.call('mentions.setTerms', { clientId: client.id, terms: [] })).toEqual([]);
  });

  it('hides a competitor’s terms while it is in the trash and shows them again when it comes back', async () => {
    const core = await startTestCore();
    const { client, fournil, caron } = await seedListening(core);
    await core.call('mentions.setTerms', {
      clientId: client.id,
      terms: [
        { term: 'Martin', subject: BRAND },
        { term: 'Dupré', subject: about(fournil) },
        { term: 'Caron', subject: about(caron) },
      ],
    });
    await core.call('competitors.delete', { id: fournil.id });
    expect((await core.call('mentions.terms', { clientId: client.id })).map((t) => t.term)).toEqual([
      'Martin',
      'Caron',
    ]);
    // While it is in the trash no term may point at it.
    expect(
      await core.dispatch('mentions.setTerms', {
        clientId: client.id,
        terms: [{ term: 'Fournil', subject: about(fournil) }],
      }),
    ).toMatchObject({
      ok: false,
      error: { issues: [{ path: ['terms', '0', 'subject', 'competitorId'], code: 'invalidId' }] },
    });
    await core.call('trash.restore', { type: 'competitor', id: fournil.id });
    expect((await core.call('mentions.terms', { clientId: client.id })).map((t) => t.term)).toEqual([
      'Martin',
      'Dupré',
      'Caron',
    ]);

    // A list saved while it is in the trash leaves its terms for its return.
    await core.call('competitors.delete', { id: fournil.id });
    await core.call('mentions.setTerms', {
      clientId: client.id,
      terms: [{ term: 'Caron', subject: about(caron) }],
    });
    await core.call('trash.restore', { type: 'competitor', id: fournil.id });
    expect((await core.call('mentions.terms', { clientId: client.id })).map((t) => t.term).sort()).toEqual([
      'Caron',
      'Dupré',
    ]);
  });
});
