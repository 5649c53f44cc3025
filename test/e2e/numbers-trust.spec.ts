import type { Page } from '@playwright/test';
import { format } from 'date-fns';
import { enGB, fr } from 'date-fns/locale';
import { addDays, addMonths, dateToUtcMs, type IsoDate, startOfMonth } from '../../shared/calendar/dates.ts';
import type { Input } from '../../shared/contract.ts';
import { expect, seriousA11yViolations, test } from './fixtures.ts';
import type { E2eHost } from './host.ts';
import { kpiCard } from './page-models/dashboard.ts';
import { fullDay, longDay, weekTitle } from './page-models/dates.ts';
import { numbersGrid } from './page-models/numbers.ts';
import { days, ZONE } from './page-models/seed.ts';
import { sidebar } from './page-models/sidebar.ts';

type Language = 'en' | 'fr';

/** French typography: a narrow no-break space before % and : and between thousands. */
const NNBSP = '\u202f';

/** What each language calls things, and how it writes the figures these tests expect. */
const WORDS = {
  en: {
    numbers: 'Numbers',
    kpis: 'KPIs',
    week: 'This week',
    calendar: 'Calendar',
    objectives: 'Objectives',
    previousWeek: 'Previous week',
    period: 'Period',
    monthKind: 'Month',
    previous: 'Previous period',
    comparedWith: (period: string) => `Compared with ${period}`,
    reach: 'Reach',
    reachValue: '4,000',
    reachChange: '+400%',
    posts: '1 post then, 4 now',
    perPost: 'Compare per post',
    perPostHint:
      'The two periods differ a lot in posts (1 post then, 4 now): totals grow with the number of posts.',
    reachPerPost: 'Reach per post',
    reachPerPostChange: '+25%',
    ranked: 'The period’s 4 posts, best first',
    rankedEmpty: 'No post of this period has its engagement logged yet.',
    bottom: 'Bottom 5 posts',
    aboutReachRate: 'How “Reach rate” is computed',
    reachRateFormula: /^Reach ÷ followers × 100, over the posts with their reach logged/,
    rateColumn: 'Engagement rate by reach',
    rateFormula: /^Engagements ÷ reach × 100, over the posts with both logged/,
    growth: 'Audience growth',
    growthValue: '7.5%',
    growthBasis: (from: string, to: string) => `Compares 2,000 followers on ${from} with 2,150 on ${to}.`,
    tooEarly: 'Not enough data yet',
    onTrack: 'On track',
    knownFrom: (date: string) =>
      `The forecast needs two readings after the start: expect a verdict from ${date}, once the numbers are logged.`,
    followers: 'Followers',
    followersOf: 'Followers of @atelier.lune',
    jump: (date: string) => `More than three times the previous count (2,150 on ${date}): check this number.`,
    fall: (date: string) => `Less than a third of the previous count (2,150 on ${date}): check this number.`,
    jumpStart: 'More than three times the previous count',
    save: 'Save the counts',
    saved: (date: string) => `Follower counts saved for ${date}.`,
  },
  fr: {
    numbers: 'Chiffres',
    kpis: 'Indicateurs',
    week: 'Cette semaine',
    calendar: 'Calendrier',
    objectives: 'Objectifs',
    previousWeek: 'Semaine précédente',
    period: 'Période',
    monthKind: 'Mois',
    previous: 'Période précédente',
    comparedWith: (period: string) => `Comparé à ${period}`,
    reach: 'Portée',
    reachValue: `4${NNBSP}000`,
    reachChange: `+400${NNBSP}%`,
    posts: '1 publication avant, 4 maintenant',
    perPost: 'Comparer par publication',
    perPostHint: `Les deux périodes comptent des nombres de publications très différents (1 publication avant, 4 maintenant)${NNBSP}: les totaux grandissent avec le nombre de publications.`,
    reachPerPost: 'Portée par publication',
    reachPerPostChange: `+25${NNBSP}%`,
    ranked: 'Les 4 publications de la période, de la meilleure à la moins bonne',
    rankedEmpty: 'Aucune publication de cette période n’a encore son engagement saisi.',
    bottom: 'Les 5 moins bonnes publications',
    aboutReachRate: `Comment «${NNBSP}Taux de portée${NNBSP}» est calculé`,
    reachRateFormula: /^Portée ÷ abonnés × 100, sur les publications dont la portée est saisie/,
    rateColumn: 'Taux d’engagement sur la portée',
    rateFormula: /^Engagements ÷ portée × 100, sur les publications où les deux sont saisis/,
    growth: 'Croissance de l’audience',
    growthValue: `7,5${NNBSP}%`,
    growthBasis: (from: string, to: string) =>
      `Compare 2${NNBSP}000 abonnés le ${from} à 2${NNBSP}150 le ${to}.`,
    tooEarly: 'Pas encore assez de données',
    onTrack: 'En bonne voie',
    knownFrom: (date: string) =>
      `La prévision demande deux relevés après le début${NNBSP}: verdict attendu à partir du ${date}, une fois les chiffres saisis.`,
    followers: 'Abonnés',
    followersOf: 'Abonnés de @atelier.lune',
    jump: (date: string) =>
      `Plus du triple du relevé précédent (2${NNBSP}150 le ${date})${NNBSP}: vérifiez ce nombre.`,
    fall: (date: string) =>
      `Moins du tiers du relevé précédent (2${NNBSP}150 le ${date})${NNBSP}: vérifiez ce nombre.`,
    jumpStart: 'Plus du triple du relevé précédent',
    save: 'Enregistrer les relevés',
    saved: (date: string) => `Nombres d’abonnés enregistrés pour le ${date}.`,
  },
} as const;

const LOCALES = { en: enGB, fr } as const;
const monthTitle = (day: IsoDate, language: Language) =>
  format(new Date(dateToUtcMs(day) + 12 * 3_600_000), 'LLLL yyyy', { locale: LOCALES[language] });

/**
 * A client who started with Calepin last month: its only follower counts are last month's first day
 * (2,000) and last day (2,150). One post the week before last (reach 800), four last week (reach
 * 1,000 each; engagement rates by reach 10 %, 5 %, 20 % and 2 %).
 */
async function seedNewClient(host: E2eHost, language: Language, theme: 'light' | 'dark' = 'light') {
  const d = days();
  const client = await host.rpc('clients.create', { name: 'Atelier Lune', color: '#5B6CF0', timeZone: ZONE });
  const channel = await host.rpc('channels.create', {
    clientId: client.id,
    network: 'instagram',
    handle: '@atelier.lune',
  });
  const lastMonthStart = addMonths(startOfMonth(d.today), -1);
  const lastMonthEnd = addDays(startOfMonth(d.today), -1);
  for (const [on, followers] of [
    [lastMonthStart, 2000],
    [lastMonthEnd, 2150],
  ] as const)
    await host.rpc('followers.save', {
      clientId: client.id,
      on,
      entries: [{ channelId: channel.id, followers }],
    });
  const published = [
    { date: addDays(d.lastMonday, -5), reach: 800, reactions: 40 },
    { date: d.lastMonday, reach: 1000, reactions: 100 },
    { date: addDays(d.lastMonday, 1), reach: 1000, reactions: 50 },
    { date: addDays(d.lastMonday, 2), reach: 1000, reactions: 200 },
    { date: addDays(d.lastMonday, 3), reach: 1000, reactions: 20 },
  ];
  for (const [i, p] of published.entries()) {
    const post = await host.rpc('posts.create', {
      clientId: client.id,
      channelId: channel.id,
      date: p.date,
      time: '10:00',
      format: 'image',
      status: 'published',
      caption: `Carnet ${i + 1}`,
    });
    await host.rpc('metrics.save', {
      on: d.today,
      cells: [
        { postId: post.id, metric: 'reach', value: p.reach },
        { postId: post.id, metric: 'reactions', value: p.reactions },
      ],
    });
  }
  await host.rpc('prefs.set', { lastClientId: client.id, language, theme });
  return { clientId: client.id, channelId: channel.id, lastMonthStart, lastMonthEnd };
}

/** The dashboard's period kind, by its label (the radio itself is drawn by the label). */
async function chooseKind(page: Page, period: string, kind: string) {
  await page.locator('body').evaluate((body) => body.ownerDocument.defaultView?.scrollTo(0, 0));
  await page.getByRole('group', { name: period }).getByText(kind, { exact: true }).click();
  await expect(page.getByRole('radio', { name: kind })).toBeChecked();
}

const periodHeading = (page: Page, name: string) =>
  page.getByRole('heading', { level: 2, name, exact: true });

for (const language of ['en', 'fr'] as const) {
  const w = WORDS[language];

  test.describe(`numbers a community manager can trust, ${language}`, () => {
    test('the dashboard opens on the week looked at, remembers the choice, says when posts differ and ranks a few posts once', async ({
      app: page,
      host,
    }) => {
      const d = days();
      await seedNewClient(host, language);
      await page.reload();

      // Numbers, last week → the dashboard opens on last week, not on a month straddling it.
      await sidebar(page, w.numbers).click();
      await page.getByRole('button', { name: w.previousWeek }).click();
      await expect(numbersGrid(page)).toHaveAccessibleName(new RegExp(weekTitle(d.lastMonday, language)));
      await sidebar(page, w.kpis).click();
      await expect(periodHeading(page, weekTitle(d.lastMonday, language))).toBeVisible();
      await expect(
        page.getByText(w.comparedWith(weekTitle(addDays(d.lastMonday, -7), language)), { exact: true }),
      ).toBeVisible();

      // 4,000 reached over four posts against 800 over one: the card says so beside the change.
      const reach = kpiCard(page, w.reach);
      await expect(reach.getByText(w.reachValue, { exact: true })).toBeVisible();
      await expect(reach).toContainText(w.reachChange);
      await expect(reach.getByText(w.posts, { exact: true })).toBeVisible();
      const perPost = page.getByRole('checkbox', { name: w.perPost });
      await expect(perPost).toHaveAccessibleDescription(w.perPostHint);
      await perPost.check();
      // 1,000 a post against 800: +25 %.
      await expect(kpiCard(page, w.reachPerPost)).toContainText(w.reachPerPostChange);

      // Four rated posts: one list, each once, and no "no post" beside it.
      const ranked = page.getByRole('region', { name: w.ranked });
      await expect(ranked.getByRole('row')).toHaveCount(5);
      await expect(page.getByText(w.rankedEmpty)).toHaveCount(0);
      await expect(page.getByRole('heading', { name: w.bottom })).toHaveCount(0);

      // Each formula on keyboard focus, and each column's on hover.
      const about = page.getByRole('button', { name: w.aboutReachRate });
      await about.focus();
      await expect(page.getByRole('tooltip')).toHaveText(w.reachRateFormula);
      await expect(about).toHaveAccessibleDescription(w.reachRateFormula);
      await page.keyboard.press('Escape');
      await page.getByRole('columnheader', { name: w.rateColumn }).hover();
      await expect(page.getByRole('tooltip')).toHaveText(w.rateFormula);

      // The user's own choice is remembered: a month, per post, across screens and a restart.
      await chooseKind(page, w.period, w.monthKind);
      await expect(periodHeading(page, monthTitle(d.lastMonday, language))).toBeVisible();
      await sidebar(page, w.calendar).click();
      // A screen the user has seen, not one clicked through before it showed.
      await expect(page.getByRole('heading', { level: 1, name: / — (calendar|calendrier)$/ })).toBeVisible();
      await sidebar(page, w.kpis).click();
      await expect(periodHeading(page, monthTitle(d.lastMonday, language))).toBeVisible();
      await page.reload();
      await expect(periodHeading(page, monthTitle(d.lastMonday, language))).toBeVisible();
      await expect(page.getByRole('checkbox', { name: w.perPost })).toBeChecked();

      // Coming from This week: its week.
      await sidebar(page, w.week).click();
      await expect(
        page.getByRole('heading', { level: 1, name: / — (this week|cette semaine)$/ }),
      ).toBeVisible();
      await sidebar(page, w.kpis).click();
      await expect(periodHeading(page, weekTitle(d.thisMonday, language))).toBeVisible();
    });

    test('growth over a first month compares its first and last counts, and a new objective says it is too early', async ({
      app: page,
      host,
    }) => {
      const d = days();
      const seed = await seedNewClient(host, language);
      const objective = (over: Partial<Input<'objectives.create'>>) =>
        host.rpc('objectives.create', {
          clientId: seed.clientId,
          title: 'Croissance',
          kpi: 'audienceGrowth',
          baseline: 0,
          target: 10,
          goal: 'awareness',
          why: '',
          startOn: seed.lastMonthStart,
          deadline: addDays(d.today, 90),
          ...over,
        });
      await objective({});
      await objective({
        title: 'Trois mille',
        kpi: 'followers',
        baseline: 2150,
        target: 3000,
        startOn: d.today,
      });
      await page.reload();
      const basis = w.growthBasis(
        longDay(seed.lastMonthStart, language),
        longDay(seed.lastMonthEnd, language),
      );

      await sidebar(page, w.kpis).click();
      await chooseKind(page, w.period, w.monthKind);
      await page.getByRole('button', { name: w.previous }).click();
      await expect(periodHeading(page, monthTitle(seed.lastMonthStart, language))).toBeVisible();
      // (2,150 − 2,000) ÷ 2,000 = 7.5 %, where the first month used to read "—".
      const growth = kpiCard(page, w.growth);
      await expect(growth.getByText(w.growthValue, { exact: true })).toBeVisible();
      await expect(growth.getByText(basis, { exact: true })).toBeVisible();

      await sidebar(page, w.objectives).click();
      const growthObjective = page.getByRole('listitem', { name: 'Croissance' });
      await expect(growthObjective.getByText(basis, { exact: true })).toBeVisible();
      const young = page.getByRole('listitem', { name: 'Trois mille' });
      await expect(young.getByText(w.tooEarly, { exact: true })).toBeVisible();
      await expect(young.getByText(w.onTrack, { exact: true })).toHaveCount(0);
      await expect(young.getByText(w.knownFrom(fullDay(addDays(d.today, 7), language)))).toBeVisible();
    });

    test('a follower count more than three times the previous one, or under a third, is pointed out but saved', async ({
      app: page,
      host,
    }) => {
      const d = days();
      const seed = await seedNewClient(host, language);
      await page.reload();
      await sidebar(page, w.numbers).click();
      await page.getByRole('button', { name: w.followers, exact: true }).click();
      const dialog = page.getByRole('dialog');
      const count = dialog.getByRole('textbox', { name: w.followersOf });
      const previousDay = longDay(seed.lastMonthEnd, language);

      await count.fill('2200');
      await expect(dialog.getByText(w.jump(previousDay))).toHaveCount(0);
      await count.fill('600');
      await expect(dialog.getByText(w.fall(previousDay))).toBeVisible();
      await count.fill('9000');
      await expect(dialog.getByText(w.jump(previousDay))).toBeVisible();
      // Read out with the field (accessible names fold the narrow no-break spaces).
      await expect(count).toHaveAccessibleDescription(new RegExp(w.jumpStart));
      expect.soft(await seriousA11yViolations(page), 'follower form with a warning').toEqual([]);

      await dialog.getByRole('button', { name: w.save }).click();
      await expect(dialog).toBeHidden();
      await expect(page.getByText(w.saved(longDay(d.today, language)), { exact: true })).toBeVisible();
    });

    for (const theme of ['light', 'dark'] as const)
      test(`finds no serious violation on the dashboard with a formula open, ${theme} theme`, async ({
        app: page,
        host,
      }) => {
        test.slow();
        const d = days();
        await seedNewClient(host, language, theme);
        await page.reload();
        await sidebar(page, w.numbers).click();
        await page.getByRole('button', { name: w.previousWeek }).click();
        await sidebar(page, w.kpis).click();
        await expect(periodHeading(page, weekTitle(d.lastMonday, language))).toBeVisible();
        await page.getByRole('checkbox', { name: w.perPost }).check();
        await page.getByRole('button', { name: w.aboutReachRate }).focus();
        await expect(page.getByRole('tooltip')).toBeVisible();
        expect.soft(await seriousA11yViolations(page), 'dashboard').toEqual([]);
      });
  });
}
