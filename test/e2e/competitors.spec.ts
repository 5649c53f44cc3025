import type { Locator, Page } from '@playwright/test';
import { addDays } from '../../shared/calendar/dates.ts';
import { expect, seriousA11yViolations, test } from './fixtures.ts';
import type { E2eHost } from './host.ts';
import {
  accountFields,
  benchmarkFigures,
  benchmarkRow,
  benchmarkSection,
  competitorCard,
  competitorDialog,
  competitorsTab,
  expectReadings,
  openCompetitors,
  rankSentences,
  readingCells,
  readingRow,
  readingsGrid,
  readingsStatus,
  showTab,
} from './page-models/competitors.ts';
import { kpiCard } from './page-models/dashboard.ts';
import { longDay } from './page-models/dates.ts';
import { paste } from './page-models/interactions.ts';
import { days, seedStudio } from './page-models/seed.ts';
import { sidebar } from './page-models/sidebar.ts';

/** French typography: a narrow no-break space before : ; ? ! % and inside « ». */
const NNBSP = '\u202f';

/**
 * Counts what a user does, as numbers-keys.spec.ts does: a click or a key pressed is one action; the
 * characters of a name or a number typed are not counted.
 */
class Counted {
  actions = 0;
  private readonly page: Page;
  constructor(page: Page) {
    this.page = page;
  }
  async click(target: { click: () => Promise<void> }) {
    await target.click();
    this.actions += 1;
  }
  async type(text: string) {
    await this.page.keyboard.type(text);
  }
  async press(key: string) {
    await this.page.keyboard.press(key);
    this.actions += 1;
  }
  /** Presses Tab until `target` has the focus, each press counted. */
  async tabTo(target: Locator, most = 20) {
    for (let presses = 0; presses < most; presses += 1) {
      if (await target.evaluate((node) => node === node.ownerDocument.activeElement)) return;
      await this.press('Tab');
    }
    throw new Error(`${most} presses of Tab never reached ${target}`);
  }
}

/**
 * The studio with today's follower counts (Instagram 1,260, LinkedIn 830, X 400), so the benchmark
 * has the client's side to rank; no competitor yet.
 */
async function seedCompetitorStudio(host: E2eHost, language: 'en' | 'fr', theme: 'light' | 'dark') {
  const studio = await seedStudio(host);
  await host.rpc('followers.save', {
    clientId: studio.clientId,
    on: days().today,
    entries: [
      { channelId: studio.channels.instagram, followers: 1260 },
      { channelId: studio.channels.linkedin, followers: 830 },
      { channelId: studio.channels.x, followers: 400 },
    ],
  });
  // The calendar left on this week, not on the studio's planning weeks of next year: the dashboard
  // opens on the period of the screen the user comes from.
  await host.rpc('prefs.set', {
    language,
    theme,
    calendarViews: { [studio.clientId]: { view: 'week', date: days().today, filters: {} } },
  });
  return studio;
}

/** Two competitors on Instagram, seeded: the objective and the dashboard are the point here. */
async function seedTwoCompetitors(host: E2eHost, clientId: string) {
  const competitor = async (name: string, color: string, handle: string) =>
    (
      await host.rpc('competitors.create', {
        clientId,
        name,
        color,
        accounts: [{ network: 'instagram', handle }],
      })
    ).id;
  return {
    zen: await competitor('Zen Loft', '#7C3AED', '@zenloft'),
    bloom: await competitor('Bloom Studio', '#2563EB', '@bloom.studio'),
  };
}

test.describe('in English, light', () => {
  test('a new user lists two competitors, logs their readings by keyboard and paste, reads the benchmark, archives and deletes with undo', async ({
    app: page,
    host,
  }) => {
    // Seven axe runs and a reload take a while on a two-core machine.
    test.slow();
    const d = days();
    const yesterday = addDays(d.today, -1);
    await seedCompetitorStudio(host, 'en', 'light');
    await page.reload();
    await openCompetitors(page, 'Studio Yoga');
    await expect(page.getByRole('heading', { name: 'Watch the competition' })).toBeVisible();
    expect(await seriousA11yViolations(page)).toEqual([]);

    // The first competitor: a colour, a tag, two accounts from pasted profile links, notes.
    await page.getByRole('button', { name: 'New competitor' }).click();
    const dialog = competitorDialog(page, 'New competitor');
    await expect(dialog.getByLabel('Name', { exact: true })).toBeFocused();
    await page.keyboard.type('Zen Loft');
    await dialog.getByRole('radio', { name: 'Violet' }).check();
    await dialog.getByRole('combobox', { name: 'Tags' }).fill('direct');
    await page.keyboard.press('Enter');
    await expect(dialog.getByRole('list', { name: /Tags/ }).getByRole('listitem')).toHaveText([/^direct/]);

    // The new competitor opens with one empty account row: a profile's link pasted fills it.
    const first = accountFields(dialog, 1);
    await first.handle.focus();
    await paste(page, 'https://www.instagram.com/zenloft/');
    await expect(first.handle).toHaveValue('@zenloft');
    await expect(first.network).toHaveValue('instagram');
    await expect(first.link).toHaveValue('https://www.instagram.com/zenloft/');
    await dialog.getByRole('button', { name: 'Add an account' }).click();
    const second = accountFields(dialog, 2);
    await expect(second.handle).toBeFocused();
    await paste(page, 'https://www.linkedin.com/company/zen-loft/');
    await expect(second.handle).toHaveValue('zen-loft');
    await expect(second.network).toHaveValue('linkedin');

    // The same Instagram account typed again, another way: refused, said under its own row.
    await dialog.getByRole('button', { name: 'Add an account' }).click();
    const third = accountFields(dialog, 3);
    await expect(third.handle).toBeFocused();
    await third.network.selectOption({ label: 'Instagram' });
    await third.handle.fill('@ZenLoft');
    await dialog
      .getByLabel('What works for them')
      .fill('**Reels** before 8 am\n\n- giveaways with local cafés');
    await expect(dialog.getByRole('region', { name: 'Preview' }).locator('strong')).toHaveText('Reels');
    await dialog.getByRole('button', { name: 'Create competitor' }).click();
    await expect(
      dialog.getByText('The competitor could not be saved: check the fields marked below.'),
    ).toBeVisible();
    await expect(third.handle).toHaveAttribute('aria-invalid', 'true');
    await expect(third.handle).toHaveAccessibleDescription('This account is listed twice.');
    await expect(first.handle).not.toHaveAttribute('aria-invalid', 'true');
    await expect(third.row.getByText('This account is listed twice.', { exact: true })).toBeVisible();
    await expect(second.row.getByText('This account is listed twice.', { exact: true })).toHaveCount(0);
    expect(await seriousA11yViolations(page)).toEqual([]);
    // Removing the row hands the keyboard to its neighbour; the competitor then saves.
    await third.remove.click();
    await expect(second.handle).toBeFocused();
    await dialog.getByRole('button', { name: 'Create competitor' }).click();
    await expect(dialog).toBeHidden();

    const zen = competitorCard(page, 'Zen Loft');
    await expect(zen.getByRole('list', { name: 'Accounts of Zen Loft' }).getByRole('listitem')).toHaveText([
      'Instagram@zenloft',
      'LinkedInzen-loft',
    ]);
    await expect(zen.getByRole('list', { name: 'Tags' }).getByRole('listitem')).toHaveText(['direct']);
    await expect(zen.locator('strong')).toHaveText('Reels');
    await expect(competitorsTab(page, 'list')).toHaveText('Competitors1');

    // The second, with one account typed: counted, click by click and key by key.
    const create = new Counted(page);
    await create.click(page.getByRole('button', { name: 'New competitor' }));
    const next = competitorDialog(page, 'New competitor');
    await create.type('Bloom Studio');
    await create.click(accountFields(next, 1).handle);
    await create.type('@bloom.studio');
    await create.press('Enter');
    await expect(next).toBeHidden();
    expect(create.actions).toBe(3);
    const bloom = competitorCard(page, 'Bloom Studio');
    await expect(bloom.getByRole('list', { name: 'Accounts of Bloom Studio' })).toHaveText(
      'Instagram@bloom.studio',
    );
    await expect(competitorsTab(page, 'list')).toHaveText('Competitors2');
    expect(await seriousA11yViolations(page)).toEqual([]);

    // Yesterday's readings, from the keyboard: type, Tab along, Enter to the next account's first cell.
    await showTab(page, 'readings');
    await page.getByRole('button', { name: 'Day before' }).click();
    const grid = readingsGrid(page);
    await expect(grid).toHaveAccessibleName(`Competitor readings of ${longDay(yesterday, 'en')}`);
    await expect(grid.getByRole('rowheader')).toHaveText([
      /^Bloom Studio.*@bloom\.studio/,
      /^Zen Loft.*@zenloft/,
      /^Zen Loft.*zen-loft/,
    ]);
    await readingCells(readingRow(grid, '@bloom.studio')).first().click();
    for (const [value, key] of [
      ['2000', 'Tab'],
      ['12', 'Tab'],
      ['40', 'Enter'],
    ] as const) {
      await page.keyboard.type(value);
      await page.keyboard.press(key);
    }
    await expect(readingCells(readingRow(grid, '@zenloft')).first()).toBeFocused();
    // Arrows too; then Home back to the row's start.
    for (const value of ['1200', '10']) {
      await page.keyboard.type(value);
      await page.keyboard.press('ArrowRight');
    }
    await page.keyboard.type('85.5');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Home');
    await expect(readingCells(readingRow(grid, 'zen-loft')).first()).toBeFocused();
    await page.keyboard.type('600');
    await page.keyboard.press('Tab');
    await page.keyboard.type('3');
    await page.keyboard.press('Enter');
    await expect(readingsStatus(page)).toBeVisible();
    // The first readings of these accounts: nothing before them to show beside.
    await expectReadings(grid, '@bloom.studio', ['2,000', '12', '40']);
    await expectReadings(grid, '@zenloft', ['1,200', '10', '85.5']);
    await expectReadings(grid, 'zen-loft', ['600', '3', '']);

    // Today's: a 2 × 3 block from a spreadsheet on Zen Loft's two rows, then one row counted.
    await page.getByRole('button', { name: 'Today' }).click();
    await expect(grid).toHaveAccessibleName(`Competitor readings of ${longDay(d.today, 'en')}`);
    await readingCells(readingRow(grid, '@zenloft')).first().click();
    await paste(page, '1,250\t4\t92.5\n640\t2\t25\n');
    await expect(readingsStatus(page)).toBeVisible();

    const reading = new Counted(page);
    await reading.click(readingCells(readingRow(grid, '@bloom.studio')).first());
    await reading.type('7000');
    await reading.press('Tab');
    await reading.type('5');
    await reading.press('Tab');
    await reading.type('48');
    await reading.press('Enter');
    expect(reading.actions).toBe(4);
    await expect(readingsStatus(page)).toBeVisible();

    // 7,000 against 2,000 yesterday: flagged as a likely typo, and kept.
    const jump = `More than three times the previous reading (2,000 on ${longDay(yesterday, 'en')}): check for a typo. Saved anyway.`;
    await expect(readingCells(readingRow(grid, '@bloom.studio')).first()).toHaveAccessibleDescription(jump);
    expect(await seriousA11yViolations(page)).toEqual([]);

    // Reloaded, the day's readings are all there, each beside the previous one.
    await page.reload();
    await openCompetitors(page, 'Studio Yoga');
    await showTab(page, 'readings');
    const expectToday = async () => {
      const g = readingsGrid(page);
      await expectReadings(g, '@bloom.studio', [
        `7,000 previous reading: 2,000 ${jump}`,
        '5 previous reading: 12',
        '48 previous reading: 40',
      ]);
      await expectReadings(g, '@zenloft', [
        '1,250 previous reading: 1,200',
        '4 previous reading: 10',
        '92.5 previous reading: 85.5',
      ]);
      await expectReadings(g, 'zen-loft', ['640 previous reading: 600', '2 previous reading: 3', '25']);
    };
    await expectToday();

    // The benchmark: the client's Instagram beside both competitors', where it ranks.
    await showTab(page, 'benchmark');
    const instagram = benchmarkSection(page, 'Instagram');
    await expect(benchmarkFigures(benchmarkRow(instagram, '@studio.yoga')).first()).toHaveText('1,260');
    await expect(benchmarkRow(instagram, '@studio.yoga').getByRole('rowheader')).toContainText('Client');
    await expect(benchmarkFigures(benchmarkRow(instagram, '@bloom.studio')).first()).toHaveText(/^7,000/);
    await expect(benchmarkFigures(benchmarkRow(instagram, '@zenloft')).first()).toHaveText(/^1,250/);
    await expect(rankSentences(instagram, 'Studio Yoga', 'Instagram').first()).toHaveText(
      /^2nd of 3 on followers this month/,
    );
    const linkedin = benchmarkSection(page, 'LinkedIn');
    await expect(rankSentences(linkedin, 'Studio Yoga', 'LinkedIn').first()).toHaveText(
      /^1st of 2 on followers this month/,
    );
    // No competitor on X: nothing to compare there.
    await expect(benchmarkSection(page, 'X')).toHaveCount(0);
    expect(await seriousA11yViolations(page)).toEqual([]);

    // Archived, Bloom Studio leaves the list; Undo brings it back.
    await showTab(page, 'list');
    await page.getByRole('button', { name: 'Archive “Bloom Studio”' }).click();
    await expect(
      page.getByText('“Bloom Studio” archived: left out of readings and the benchmark, its history kept.', {
        exact: true,
      }),
    ).toBeVisible();
    await expect(bloom).toHaveCount(0);
    await expect(competitorsTab(page, 'list')).toHaveText('Competitors1');
    await page.getByRole('button', { name: 'Undo', exact: true }).last().click();
    await expect(bloom).toBeVisible();
    await expect(bloom.getByText('Archived', { exact: true })).toHaveCount(0);
    await expect(competitorsTab(page, 'list')).toHaveText('Competitors2');

    // Deleted, Zen Loft goes to the Trash; Undo from the toast brings it back with its accounts.
    await page.getByRole('button', { name: 'Delete “Zen Loft”' }).click();
    await expect(page.getByText('Competitor “Zen Loft” moved to the trash', { exact: true })).toBeVisible();
    await expect(zen).toHaveCount(0);
    await page.getByRole('button', { name: 'Undo', exact: true }).last().click();
    await expect(zen.getByRole('list', { name: 'Accounts of Zen Loft' }).getByRole('listitem')).toHaveCount(
      2,
    );
    await showTab(page, 'readings');
    await expectToday();
  });

  test('share of voice from the logged mentions: a SMART objective on it, the KPI card, and the benchmark’s rank', async ({
    app: page,
    host,
  }) => {
    const d = days();
    const studio = await seedCompetitorStudio(host, 'en', 'light');
    const rivals = await seedTwoCompetitors(host, studio.clientId);
    // Today on Instagram: 3 mentions of the studio, 1 of each competitor, so 3 ÷ 5 = 60 %.
    const subjects = [
      { kind: 'brand' },
      { kind: 'brand' },
      { kind: 'brand' },
      { kind: 'competitor', competitorId: rivals.zen },
      { kind: 'competitor', competitorId: rivals.bloom },
    ] as const;
    for (const [i, subject] of subjects.entries())
      await host.rpc('mentions.create', {
        clientId: studio.clientId,
        date: d.today,
        time: '00:30',
        network: 'instagram',
        text: `Mention ${i + 1} of a yoga class`,
        subject,
        sentiment: 'neutral',
      });
    await page.reload();

    await sidebar(page, 'Objectives').click();
    await expect(page.getByRole('heading', { level: 1, name: 'Studio Yoga — objectives' })).toBeVisible();
    await page.getByRole('button', { name: 'New objective' }).click();
    const dialog = page.getByRole('dialog', { name: 'New objective' });
    await expect(dialog.getByLabel('Objective', { exact: true })).toBeFocused();
    await page.keyboard.type('Be the studio people talk about');
    await dialog.getByLabel('KPI', { exact: true }).selectOption({ label: 'Share of voice' });
    // The baseline follows the KPI: the share of the last 28 days, said where it comes from.
    const baseline = dialog.getByLabel('Baseline', { exact: true });
    await expect(baseline).toHaveValue('60');
    await expect(baseline).toHaveAccessibleDescription(/^Prefilled with the last 28 days: 60\.0%\./);
    await baseline.fill('50');
    await dialog.getByLabel('Target', { exact: true }).fill('75');
    await dialog.getByLabel('Goal').selectOption({ label: 'Awareness' });
    await dialog.getByLabel('Why it matters').fill('Word of mouth fills the morning classes.');
    expect(await seriousA11yViolations(page)).toEqual([]);
    await dialog.getByRole('button', { name: 'Create objective' }).click();
    await expect(dialog).toBeHidden();

    const objective = page.getByRole('listitem', { name: 'Be the studio people talk about' });
    await expect(objective).toContainText('Share of voice · Whole client · Awareness');
    await expect(objective.getByRole('term')).toHaveText(['Baseline', 'Now (last 28 days)', 'Target']);
    await expect(objective.getByRole('definition')).toHaveText(['50.0%', '60.0%', '75.0%']);
    // (60 − 50) ÷ (75 − 50) = 40 % of the way.
    await expect(objective.getByText('40% of the way', { exact: true })).toBeVisible();
    await expect(objective.getByRole('progressbar', { name: 'Progress' })).toHaveAttribute(
      'aria-valuenow',
      '40',
    );
    expect(await seriousA11yViolations(page)).toEqual([]);

    await sidebar(page, 'KPIs').click();
    await expect(kpiCard(page, 'Share of voice')).toContainText('60.0%');
    await expect(kpiCard(page, 'Share of voice')).toContainText(
      '3 mentions of the client, 2 of its competitors.',
    );

    // On the benchmark, the same mentions network by network: the studio first of three.
    await openCompetitors(page, 'Studio Yoga');
    await showTab(page, 'benchmark');
    const instagram = benchmarkSection(page, 'Instagram');
    await expect(benchmarkFigures(benchmarkRow(instagram, '@studio.yoga')).last()).toHaveText('60.0%');
    await expect(benchmarkFigures(benchmarkRow(instagram, '@zenloft')).last()).toHaveText('20.0%');
    await expect(rankSentences(instagram, 'Studio Yoga', 'Instagram')).toContainText([
      '1st of 3 on share of voice this month',
    ]);
  });
});

test.describe('en français, thème sombre', () => {
  test('un concurrent créé, un relevé noté, la place du client lue dans le comparatif, sans défaut d’accessibilité', async ({
    app: page,
    host,
  }) => {
    // Five axe runs take a while on a two-core machine.
    test.slow();
    const d = days();
    await seedCompetitorStudio(host, 'fr', 'dark');
    await page.reload();
    await openCompetitors(page, 'Studio Yoga', 'fr');
    await expect(page.getByRole('heading', { name: 'Surveillez la concurrence' })).toBeVisible();
    expect(await seriousA11yViolations(page)).toEqual([]);

    // From the keyboard alone, counted: Tab from the name to the first account's handle, paste a
    // profile's link (without its https://), Enter.
    const create = new Counted(page);
    await create.click(page.getByRole('button', { name: 'Nouveau concurrent' }));
    const dialog = competitorDialog(page, 'Nouveau concurrent');
    await expect(dialog.getByLabel('Nom', { exact: true })).toBeFocused();
    await create.type('Zen Loft');
    const account = accountFields(dialog, 1, 'fr');
    // Name, colour, custom colour, tags, the account's network, then its handle.
    await create.tabTo(account.handle);
    expect(create.actions).toBe(1 + 5);
    await paste(page, 'instagram.com/zenloft');
    create.actions += 1;
    await expect(account.handle).toHaveValue('@zenloft');
    await expect(account.network).toHaveValue('instagram');
    await expect(account.link).toHaveValue('https://instagram.com/zenloft');
    expect(await seriousA11yViolations(page)).toEqual([]);
    await create.press('Enter');
    await expect(dialog).toBeHidden();
    expect(create.actions).toBe(8);
    await expect(
      competitorCard(page, 'Zen Loft').getByRole('list', { name: 'Comptes de Zen Loft' }),
    ).toHaveText('Instagram@zenloft');
    await expect(competitorsTab(page, 'list', 'fr')).toHaveText('Concurrents1');
    expect(await seriousA11yViolations(page)).toEqual([]);

    // One reading, typed the French way: a click and three keys.
    await showTab(page, 'readings', 'fr');
    const grid = readingsGrid(page, 'fr');
    await expect(grid).toHaveAccessibleName(`Relevés des concurrents du ${longDay(d.today, 'fr')}`);
    const reading = new Counted(page);
    await reading.click(readingCells(readingRow(grid, '@zenloft')).first());
    await reading.type('1 250');
    await reading.press('Tab');
    await reading.type('4');
    await reading.press('Tab');
    await reading.type('37,5');
    await reading.press('Enter');
    expect(reading.actions).toBe(4);
    await expect(readingsStatus(page, 'fr')).toBeVisible();
    await expect(readingCells(readingRow(grid, '@zenloft'))).toHaveText([
      `1${NNBSP}250`,
      '4',
      '37,5',
      '',
      '',
    ]);
    expect(await seriousA11yViolations(page)).toEqual([]);

    // The studio's 1 260 against Zen Loft's 1 250 on Instagram: first of two.
    await showTab(page, 'benchmark', 'fr');
    const instagram = benchmarkSection(page, 'Instagram');
    await expect(benchmarkFigures(benchmarkRow(instagram, '@studio.yoga')).first()).toHaveText(
      `1${NNBSP}260`,
    );
    await expect(rankSentences(instagram, 'Studio Yoga', 'Instagram', 'fr').first()).toHaveText(
      /^1ᵉʳ sur 2 en abonnés ce mois-ci/,
    );
    expect(await seriousA11yViolations(page)).toEqual([]);
  });
});
