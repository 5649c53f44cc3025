import { describe, expect, it } from 'vitest';
import type { Subject } from '../../shared/domain/mention-subject.ts';
import type { MetricValues } from '../../shared/domain/metrics.ts';
import type { Post, PostCreate, PostFormat } from '../../shared/domain/post.ts';
import { startTestCore, type TestCore } from '../support/hosts/fixture.ts';
import { seedCalendar } from '../support/seeds/calendar-seed.ts';
import { clientInput, postInput } from '../support/seeds/inputs.ts';

/** October 2026, a month of a bakery's posts; the clock reads 26 November. */
const FROM = '2026-10-01';
const TO = '2026-11-01';
const LOGGED_ON = '2026-11-05';

type NinePosts = [Post, Post, Post, Post, Post, Post, Post, Post, Post];

/**
 * Eight published posts on two networks, two pillars (and none), three formats, three segments (a
 * fourth in the trash), with the engagements and reach of each chosen so every rate is easy by hand:
 *
 * | post | network   | day, Paris       | format | pillar    | segments           | eng ÷ reach       |
 * | ---- | --------- | ---------------- | ------ | --------- | ------------------ | ----------------- |
 * | P1   | instagram | Thu 1 Oct 09:00  | image  | Recettes  | —                  | 100 ÷ 1000 = 10 % |
 * | P2   | instagram | Mon 5 Oct 18:00  | video  | Recettes  | Familles, (Ancien) | 300 ÷ 2000 = 15 % |
 * | P3   | instagram | Fri 9 Oct 12:00  | image  | Coulisses | —                  | 20 ÷ 500 = 4 %    |
 * | P4   | instagram | Wed 14 Oct 19:00 | video  | —         | Familles, Pros     | 240 ÷ 4000 = 6 %  |
 * | P5   | linkedin  | Tue 20 Oct 08:00 | text   | Coulisses | Pros               | 45 ÷ 1500 = 3 %   |
 * | P6   | linkedin  | Thu 22 Oct 10:00 | image  | Recettes  | Pros, Familles     | 120 ÷ 1000 = 12 % |
 * | P7   | linkedin  | Tue 27 Oct 09:00 | text   | —         | Pros               | 20 ÷ 2000 = 1 %   |
 * | P8   | linkedin  | Fri 30 Oct 17:00 | image  | Coulisses | Familles           | no numbers        |
 *
 * And P0 in September (the period before: 50 ÷ 1000 = 5 %), a draft and another client's post in
 * October, none of which count in October's answers. Ancien goes to the trash after P2 targets it.
 */
async function bakeryOctober(core: TestCore) {
  const seed = await seedCalendar(core);
  const { client, ig, li, pillar: recettes } = seed;
  const coulisses = await core.call('pillars.create', {
    clientId: client.id,
    name: 'Coulisses',
    color: '#3A86FF',
  });
  const segment = (name: string, networks: ('instagram' | 'linkedin')[], notes: string) =>
    core.call('segments.create', {
      clientId: client.id,
      name,
      networks,
      notes,
      description: `${name} du quartier`,
    });
  const familles = await segment('Familles', ['instagram'], 'Parents pressés, le mercredi et le week-end');
  const pros = await segment('Pros', ['linkedin'], 'Restaurateurs et traiteurs');
  const etudiants = await segment('Étudiants', ['instagram'], 'Le campus à deux rues');
  const ancien = await segment('Ancien', ['instagram'], 'Remplacé par Familles');

  // The table above, row by row: channel, day, time, format, pillar, segments, reach and engagements
  // (logged as reactions and comments: engagements add them up) or no numbers at all.
  type Row = [string, string, string, PostFormat, string | null, string[], [number, number, number] | null];
  const rows: Row[] = [
    [ig.id, '2026-09-15', '10:00', 'image', null, [], [1000, 50, 0]],
    [ig.id, '2026-10-01', '09:00', 'image', recettes.id, [], [1000, 80, 20]],
    [ig.id, '2026-10-05', '18:00', 'video', recettes.id, [familles.id, ancien.id], [2000, 250, 50]],
    [ig.id, '2026-10-09', '12:00', 'image', coulisses.id, [], [500, 20, 0]],
    [ig.id, '2026-10-14', '19:00', 'video', null, [familles.id, pros.id], [4000, 200, 40]],
    [li.id, '2026-10-20', '08:00', 'text', coulisses.id, [pros.id], [1500, 40, 5]],
    [li.id, '2026-10-22', '10:00', 'image', recettes.id, [pros.id, familles.id], [1000, 100, 20]],
    [li.id, '2026-10-27', '09:00', 'text', null, [pros.id], [2000, 20, 0]],
    [li.id, '2026-10-30', '17:00', 'image', coulisses.id, [familles.id], null],
  ];
  const published = (over: Partial<PostCreate>) =>
    core.call(
      'posts.create',
      postInput(client.id, ig.id, {
        status: 'published',
        caption: `Publication du ${over.date}, une caption assez longue pour être coupée`,
        ...over,
      }),
    );
  const posts: Post[] = [];
  for (const [channelId, date, time, format, pillarId, segmentIds, numbers] of rows) {
    const p = await published({ channelId, date, time, format, pillarId, segmentIds });
    posts.push(p);
    if (numbers) {
      const [reach, reactions, comments] = numbers;
      const cells = Object.entries({ reach, reactions, comments }).map(([metric, value]) => ({
        postId: p.id,
        metric: metric as keyof MetricValues,
        value,
      }));
      await core.call('metrics.save', { on: LOGGED_ON, cells });
    }
  }
  const [p0, p1, p2, p3, p4, p5, p6, p7, p8] = posts as NinePosts;
  await published({ date: '2026-10-21', time: '11:00', status: 'draft' });
  await seed.createOther({ date: '2026-10-21', time: '11:00', status: 'published' });
  // A segment in the trash keeps its links to posts, but no answer names it.
  await core.call('segments.delete', { id: ancien.id });
  return { ...seed, coulisses, familles, pros, etudiants, p0, p1, p2, p3, p4, p5, p6, p7, p8 };
}

const figures = (core: TestCore, clientId: string, basis?: 'reach' | 'impressions' | 'followers') =>
  core.call('audits.figures', { clientId, from: FROM, to: TO, ...(basis ? { basis } : {}) });

describe('the audit’s pre-answers', () => {
  it('1. ranks the posts and each format, pillar and network by their sums, best first', async () => {
    const core = await startTestCore();
    const s = await bakeryOctober(core);
    const a = await figures(core, s.client.id);
    expect(a).toMatchObject({ from: FROM, to: TO, basis: 'reach' });

    // Seven rated posts (P8 has no numbers): the three best, best first, and the three worst, worst first.
    const { best, worst, byFormat, byPillar, byNetwork } = a.whatWorks;
    expect(best.map((p) => [p.postId, p.rate])).toEqual([
      [s.p2.id, 15],
      [s.p6.id, 12],
      [s.p1.id, 10],
    ]);
    expect(worst.map((p) => [p.postId, p.rate])).toEqual([
      [s.p7.id, 1],
      [s.p5.id, 3],
      [s.p3.id, 4],
    ]);
    expect(best[0]).toMatchObject({
      date: '2026-10-05',
      time: '18:00',
      network: 'instagram',
      format: 'video',
      caption: expect.stringMatching(/^Publication du 2026-10-05/),
    });

    // Formats — image: (100 + 20 + 120) ÷ (1000 + 500 + 1000) = 9.6 % over 3 of its 4 posts (P8 unrated);
    // the mean of its posts' rates would be (10 + 4 + 12) ÷ 3 = 8.67. Video: (300 + 240) ÷ 6000 = 9 %.
    // Text: (45 + 20) ÷ 3500 = 1.857 %.
    expect(byFormat.map((g) => [g.format, g.posts, g.rated, g.engagements, g.base])).toEqual([
      ['image', 4, 3, 240, 2500],
      ['video', 2, 2, 540, 6000],
      ['text', 2, 2, 65, 3500],
    ]);
    expect(byFormat[0]?.rate.value).toBeCloseTo(9.6, 10);
    expect(byFormat[1]?.rate.value).toBeCloseTo(9, 10);
    expect(byFormat[2]?.rate.value).toBeCloseTo((65 / 3500) * 100, 10);

    // Pillars — Recettes (P1, P2, P6): 520 ÷ 4000 = 13 %; no pillar (P4, P7): 260 ÷ 6000 = 4.33 %;
    // Coulisses (P3, P5, P8): 65 ÷ 2000 = 3.25 %, its third post unrated.
    expect(byPillar.map((g) => [g.pillarId, g.name, g.color, g.posts, g.rated])).toEqual([
      [s.pillar.id, 'Recettes', '#29A36A', 3, 3],
      [null, null, null, 2, 2],
      [s.coulisses.id, 'Coulisses', '#3A86FF', 3, 2],
    ]);
    expect(byPillar.map((g) => g.rate.value)).toEqual([13, expect.closeTo((260 / 6000) * 100, 10), 3.25]);

    // Networks — Instagram (P1–P4): 660 ÷ 7500 = 8.8 %; LinkedIn (P5–P8): 185 ÷ 4500 = 4.11 %.
    expect(byNetwork.map((g) => [g.network, g.posts, g.rated, g.engagements, g.base])).toEqual([
      ['instagram', 4, 4, 660, 7500],
      ['linkedin', 4, 3, 185, 4500],
    ]);
    expect(byNetwork[0]?.rate.value).toBeCloseTo(8.8, 10);

    // Another basis: no impressions were logged, so no post is rated and no group has a rate.
    const byImpressions = await figures(core, s.client.id, 'impressions');
    expect(byImpressions.basis).toBe('impressions');
    expect(byImpressions.whatWorks.best).toEqual([]);
    expect(byImpressions.whatWorks.byFormat.map((g) => g.rate)).toEqual([
      { value: null, reason: 'noData', term: 'impressions' },
      { value: null, reason: 'noData', term: 'impressions' },
      { value: null, reason: 'noData', term: 'impressions' },
    ]);
  });

  it('2. names the segments the best posts targeted, with their rate and notes', async () => {
    const core = await startTestCore();
    const s = await bakeryOctober(core);
    const { whoInteracts } = await figures(core, s.client.id);
    // The best three: P2 (Familles, and the trashed Ancien), P6 (Pros, Familles), P1 (none).
    expect(whoInteracts.bestWithoutSegment).toBe(1);
    // Familles over all its posts (P2, P4, P6, P8): (300 + 240 + 120) ÷ (2000 + 4000 + 1000) = 9.43 %;
    // Pros (P4, P5, P6, P7): (240 + 45 + 120 + 20) ÷ (4000 + 1500 + 1000 + 2000) = 5 %.
    expect(
      whoInteracts.segments.map((g) => [g.segmentId, g.bestPosts, g.posts, g.rated, g.engagements, g.base]),
    ).toEqual([
      [s.familles.id, 2, 4, 3, 660, 7000],
      [s.pros.id, 1, 4, 4, 425, 8500],
    ]);
    expect(whoInteracts.segments[0]?.rate.value).toBeCloseTo((660 / 7000) * 100, 10);
    expect(whoInteracts.segments[1]?.rate.value).toBe(5);
    expect(whoInteracts.segments[0]).toMatchObject({
      name: 'Familles',
      description: 'Familles du quartier',
      notes: 'Parents pressés, le mercredi et le week-end',
    });
  });

  it('3. follows the rate week by week and counts the posts still waiting for numbers', async () => {
    const core = await startTestCore();
    const s = await bakeryOctober(core);
    const { doTheyInteract: d } = await figures(core, s.client.id);
    expect(d.bucket).toBe('week');
    // Weeks from Monday: 28 Sep (P1) 100 ÷ 1000; 5 Oct (P2, P3) 320 ÷ 2500; 12 Oct (P4) 240 ÷ 4000;
    // 19 Oct (P5, P6) 165 ÷ 2500; 26 Oct (P7, P8) 20 ÷ 2000, P8 unrated.
    expect(d.trend.map((p) => [p.start, p.posts, p.rated, p.rate.value])).toEqual([
      ['2026-09-28', 1, 1, 10],
      ['2026-10-05', 2, 2, 12.8],
      ['2026-10-12', 1, 1, 6],
      ['2026-10-19', 2, 2, expect.closeTo(6.6, 10)],
      ['2026-10-26', 2, 1, 1],
    ]);
    // October: 845 ÷ 12,000 = 7.04 %; September (the 31 days before, P0): 50 ÷ 1000 = 5 %.
    expect(d.previousFrom).toBe('2026-08-31');
    expect(d.current.value).toBeCloseTo((845 / 12_000) * 100, 10);
    expect(d.previous.value).toBe(5);
    expect(d.change).toBeCloseTo((845 / 12_000) * 100 - 5, 10);
    // Eight published (the draft and the neighbour's post aside), seven with numbers: 87.5 %.
    expect([d.published, d.withNumbers, d.loggedShare.value]).toEqual([8, 7, 87.5]);
  });

  it('4. maps the hours on the client’s clock and points at the formats that work', async () => {
    const core = await startTestCore();
    const s = await bakeryOctober(core);
    const { howAndWhen, whatWorks } = await figures(core, s.client.id);
    // P4 went out on Wednesday 14 October at 19:00 in Paris (weekday 2, Monday being 0).
    const p4 = howAndWhen.heatmap.find((c) => c.weekday === 2 && c.hour === 19);
    expect(p4?.totals).toMatchObject({ posts: 1, sums: { reach: 4000, engagements: 240 } });
    // P8, Friday 17:00, counts in its cell without numbers.
    const p8 = howAndWhen.heatmap.find((c) => c.weekday === 4 && c.hour === 17);
    expect(p8?.totals).toMatchObject({ posts: 1, sums: { reach: null } });
    expect(howAndWhen.heatmap.reduce((n, c) => n + c.totals.posts, 0)).toBe(8);
    expect(howAndWhen.formats).toEqual(whatWorks.byFormat);
  });

  it('5. shares the reach and engagements out by network, with the segments there', async () => {
    const core = await startTestCore();
    const s = await bakeryOctober(core);
    const { whichNetwork } = await figures(core, s.client.id);
    // Reach 7500 and 4500 of 12,000: 62.5 % and 37.5 %; engagements 660 and 185 of 845.
    expect(whichNetwork.map((n) => [n.network, n.posts, n.reach, n.engagements])).toEqual([
      ['instagram', 4, 7500, 660],
      ['linkedin', 4, 4500, 185],
    ]);
    expect(whichNetwork.map((n) => n.reachShare.value)).toEqual([62.5, 37.5]);
    expect(whichNetwork[0]?.engagementShare.value).toBeCloseTo((660 / 845) * 100, 10);
    const sum = (values: (number | null)[]) => values.reduce((a: number, b) => a + (b ?? 0), 0);
    expect(sum(whichNetwork.map((n) => n.reachShare.value))).toBeCloseTo(100, 10);
    expect(sum(whichNetwork.map((n) => n.engagementShare.value))).toBeCloseTo(100, 10);
    // Instagram: Familles on P2 and P4, Pros on P4, Étudiants listing it; the trashed segment nowhere.
    expect(whichNetwork[0]?.segments).toEqual([
      { segmentId: s.familles.id, name: 'Familles', posts: 2, declared: true },
      { segmentId: s.pros.id, name: 'Pros', posts: 1, declared: false },
      { segmentId: s.etudiants.id, name: 'Étudiants', posts: 0, declared: true },
    ]);
    // LinkedIn: Pros on P5, P6, P7; Familles on P6, P8.
    expect(whichNetwork[1]?.segments).toEqual([
      { segmentId: s.pros.id, name: 'Pros', posts: 3, declared: true },
      { segmentId: s.familles.id, name: 'Familles', posts: 2, declared: false },
    ]);
  });

  it('6. says competitors are needed, then ranks the client and shares out the voice', async () => {
    const core = await startTestCore();
    const s = await bakeryOctober(core);
    expect((await figures(core, s.client.id)).competitors).toEqual({
      available: false,
      reason: 'noCompetitors',
    });

    const fournil = await core.call('competitors.create', {
      clientId: s.client.id,
      name: 'Le Fournil',
      color: '#112233',
      accounts: [{ network: 'instagram', handle: '@lefournil' }],
    });
    const account = fournil.accounts[0]?.id as string;
    expect((await figures(core, s.client.id)).competitors).toMatchObject({
      available: true,
      competitors: 1,
      voice: { available: false, reason: 'noMentions' },
    });

    // Growth on Instagram: the client 1000 → 1100 (+10 %), Le Fournil 2000 → 2100 (+5 %): first of two.
    // Engagements per post: the client 660 ÷ 4 = 165, Le Fournil 200 (10 posts logged): second of two.
    await core.call('followers.save', {
      clientId: s.client.id,
      on: '2026-09-30',
      entries: [{ channelId: s.ig.id, followers: 1000 }],
    });
    await core.call('followers.save', {
      clientId: s.client.id,
      on: '2026-10-31',
      entries: [{ channelId: s.ig.id, followers: 1100 }],
    });
    await core.call('competitors.saveReadings', {
      clientId: s.client.id,
      on: '2026-09-30',
      rows: [{ accountId: account, followers: 2000 }],
    });
    await core.call('competitors.saveReadings', {
      clientId: s.client.id,
      on: '2026-10-31',
      rows: [{ accountId: account, followers: 2100, posts: 10, engagementsPerPost: 200 }],
    });
    // Three mentions of the bakery (two happy, one not) and one of Le Fournil: 3 ÷ 4 = 75 % of the
    // voice; sentiment 2 ÷ (2 + 1). One in September does not count.
    const mention = (date: string, subject: Subject, sentiment: 'positive' | 'neutral' | 'negative') =>
      core.call('mentions.create', {
        clientId: s.client.id,
        date,
        time: '10:00',
        network: 'instagram',
        text: 'Un avis',
        subject,
        sentiment,
      });
    await mention('2026-10-03', { kind: 'brand' }, 'positive');
    await mention('2026-10-12', { kind: 'brand' }, 'positive');
    await mention('2026-10-20', { kind: 'brand' }, 'negative');
    await mention('2026-10-21', { kind: 'competitor', competitorId: fournil.id }, 'positive');
    await mention('2026-09-21', { kind: 'brand' }, 'negative');

    const { competitors } = await figures(core, s.client.id);
    if (!competitors.available) throw new Error('the competitors part should be there');
    expect(competitors.networks).toEqual([
      {
        network: 'instagram',
        present: true,
        competitors: 1,
        growth: { rank: 1, of: 2, tied: false },
        engagement: { rank: 2, of: 2, tied: false },
      },
      { network: 'linkedin', present: true, competitors: 0, growth: null, engagement: null },
    ]);
    expect(competitors.voice).toEqual({
      available: true,
      brand: { positive: 2, neutral: 0, negative: 1 },
      competitors: 1,
      shareOfVoice: { value: 75 },
      sentiment: { value: expect.closeTo((2 / 3) * 100, 10) },
    });
  });

  it('answers for a client with no posts at all with empty figures', async () => {
    const core = await startTestCore();
    const client = await core.call('clients.create', clientInput({ name: 'Nouvelle cliente' }));
    const a = await figures(core, client.id);
    expect(a.whatWorks).toEqual({ best: [], worst: [], byFormat: [], byPillar: [], byNetwork: [] });
    expect(a.whoInteracts).toEqual({ segments: [], bestWithoutSegment: 0 });
    expect(a.doTheyInteract.trend.map((p) => [p.start, p.posts, p.rate.value])).toEqual(
      ['2026-09-28', '2026-10-05', '2026-10-12', '2026-10-19', '2026-10-26'].map((start) => [start, 0, null]),
    );
    expect(a.doTheyInteract).toMatchObject({ published: 0, withNumbers: 0, change: null });
    expect(a.doTheyInteract.loggedShare.value).toBeNull();
    expect(a.howAndWhen).toEqual({ heatmap: [], formats: [] });
    expect(a.whichNetwork).toEqual([]);
    expect(a.competitors).toEqual({ available: false, reason: 'noCompetitors' });
  });
});
