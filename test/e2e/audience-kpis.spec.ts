import type { Page } from '@playwright/test';
import { addDays } from '../../shared/calendar/dates.ts';
import { expect, seriousA11yViolations, test } from './fixtures.ts';
import type { E2eHost } from './host.ts';
import { card, shownDate } from './page-models/calendar.ts';
import { kpiCard, showLastWeek } from './page-models/dashboard.ts';
import { fullDay, longDay, shortDay, weekTitle } from './page-models/dates.ts';
import { paste } from './page-models/interactions.ts';
import { expectRow, gridCells, gridRow, numbersGrid, openNumbersLastWeek } from './page-models/numbers.ts';
import {
  type Captions,
  days,
  STUDIO_CAPTIONS,
  seedLoggedNumbers,
  seedNumbersStudio,
} from './page-models/seed.ts';
import { sidebar } from './page-models/sidebar.ts';

/** French typography: a narrow no-break space before % and : (and inside « »), and between thousands. */
const NNBSP = '\u202f';

const CAPTIONS_EN: Captions = STUDIO_CAPTIONS.en;
const CAPTIONS_FR: Captions = STUDIO_CAPTIONS.fr;

/** A metric cell that does not apply to a post (story metrics, spend of an unpaid post), as read out. */
const NA_EN = 'Does not apply to this post';
const NA_FR = 'Ne s’applique pas à cette publication';

test.describe('in English', () => {
  test('a new user describes a segment, aims this week’s post at it, and finds its notes beside the week', async ({
    app: page,
    host,
  }) => {
    await seedNumbersStudio(host, CAPTIONS_EN, { theme: 'light' });
    await page.reload();
    await sidebar(page, 'This week').click();
    await expect(page.getByRole('heading', { level: 1, name: 'Studio Yoga — this week' })).toBeVisible();
    const notes = page.getByRole('region', { name: "Who this week's posts are for" });
    await expect(notes).toContainText('No audience segment yet.');

    await sidebar(page, 'Audience').click();
    await expect(page.getByRole('heading', { level: 1, name: 'Studio Yoga — audience' })).toBeVisible();
    await page.getByRole('button', { name: 'New segment' }).click();
    const dialog = page.getByRole('dialog', { name: 'New segment' });
    await expect(dialog.getByLabel('Name', { exact: true })).toBeFocused();
    await page.keyboard.type('Office workers with back pain');
    await dialog.getByLabel('Description').fill('They sit all day and want a lunchtime class near work.');

    // Where: one city, 60 % of the segment — flagged, since the places make only 60 %.
    await dialog.getByRole('button', { name: 'Add a place' }).click();
    await expect(dialog.getByLabel('Place 1: name')).toBeFocused();
    await page.keyboard.type('Paris');
    await dialog.getByLabel('Place 1: share in %').fill('60');
    await expect(dialog.getByText('Places add up to 60%', { exact: true })).toBeVisible();

    // Two age bands making 75 %: a warning, never a refusal.
    const ages = dialog.getByRole('group', { name: 'Age bands' });
    await ages.getByLabel('25–34').fill('40');
    await expect(dialog.getByText('Age bands add up to 40%', { exact: true })).toBeVisible();
    await ages.getByLabel('35–44').fill('35');
    await expect(dialog.getByText('Age bands add up to 75%', { exact: true })).toBeVisible();

    await dialog.getByRole('combobox', { name: 'Interests' }).fill('yoga');
    await page.keyboard.press('Enter');
    await expect(dialog.getByRole('list', { name: 'Interests chosen' }).getByRole('listitem')).toHaveText([
      /^yoga/,
    ]);
    await dialog
      .getByRole('group', { name: 'Networks they use most' })
      .getByRole('checkbox', { name: 'LinkedIn' })
      .check();
    await dialog.getByRole('checkbox', { name: 'Tuesday, Noon' }).check();
    await dialog.getByLabel('Notes', { exact: true }).fill('Short videos, **no jargon**.\n\n- posture tips');
    await expect(dialog.getByRole('region', { name: 'Preview' }).locator('strong')).toHaveText('no jargon');
    await dialog.getByRole('button', { name: 'Create segment' }).click();
    await expect(dialog).toBeHidden();

    const segment = page.getByRole('article', { name: 'Office workers with back pain' });
    await expect(segment.getByRole('term')).toHaveText(['Places', 'Ages', 'Networks', 'Active', 'Interests']);
    await expect(segment.getByRole('definition')).toHaveText([
      'Paris 60%',
      // Every band typed, in one bar with its legend.
      '25–34 40%35–44 35%',
      'LinkedIn',
      'Noon (Tue)',
      'yoga',
    ]);
    await expect(segment.getByText('Some shares do not add up to 100%', { exact: true })).toBeVisible();

    // Back on the week: today's draft is aimed at the segment from the composer.
    await sidebar(page, 'This week').click();
    await expect(notes).toContainText('No post this week targets a segment yet');
    await card(page, 'Desk stretches').click();
    const composer = page.getByRole('dialog', { name: 'Edit post' });
    await composer
      .getByRole('group', { name: 'Target segments' })
      .getByRole('checkbox', { name: 'Office workers with back pain' })
      .check();
    await expect(composer.getByRole('status')).toHaveText('All changes saved');
    await page.keyboard.press('Escape');
    await expect(composer).toBeHidden();

    const note = notes.getByRole('article', { name: /^Office workers with back pain/ });
    await expect(note.getByRole('heading')).toHaveText('Office workers with back pain1 post this week');
    await expect(note).toContainText('They sit all day and want a lunchtime class near work.');
    await expect(note.locator('strong')).toHaveText('no jargon');
    await expect(note.getByRole('listitem')).toHaveText(['posture tips']);
  });

  test('logs last week’s numbers with the keyboard and by paste, sets today’s followers, and reads the rate and growth on the dashboard', async ({
    app: page,
    host,
  }) => {
    const d = days();
    await seedNumbersStudio(host, CAPTIONS_EN, { theme: 'light' });
    await page.reload();
    await sidebar(page, 'Numbers').click();
    await expect(page.getByRole('heading', { level: 1, name: 'Studio Yoga — numbers' })).toBeVisible();
    // Only today's draft this week: nothing published to log yet.
    await expect(page.getByText('No published post in this period', { exact: true })).toBeVisible();
    await page.getByRole('button', { name: 'Previous week' }).click();
    const grid = numbersGrid(page);
    await expect(grid).toHaveAccessibleName(`Numbers, ${weekTitle(d.lastMonday, 'en')}`);
    const summary = page.getByText(/^5 published posts · /);
    await expect(summary).toContainText('5 published posts · Engagement rate (by reach) over the period: —');

    // Monday's post, from the keyboard: type over a cell, Tab to the next, Enter to go down.
    const [monday, tuesday, wednesday, thursday, friday] = CAPTIONS_EN.published;
    await gridCells(gridRow(grid, monday)).first().click();
    for (const value of ['1200', '950', '80', '6', '4']) {
      await page.keyboard.type(value);
      await page.keyboard.press('Tab');
    }
    await page.keyboard.type('10');
    await page.keyboard.press('Enter');
    // Tuesday's: Home goes back to the first column, Escape drops a typo, arrows move on.
    await page.keyboard.press('Home');
    await page.keyboard.type('7');
    await page.keyboard.press('Escape');
    await expect(gridCells(gridRow(grid, tuesday)).first()).toHaveText('');
    for (const value of ['2,000', '1500', '40', '5', '3']) {
      await page.keyboard.type(value);
      await page.keyboard.press('ArrowRight');
    }
    await page.keyboard.type('2');
    await page.keyboard.press('Enter');
    await expect(page.getByRole('status').filter({ hasText: 'All numbers saved' })).toBeVisible();

    // The other three from a spreadsheet: 3 rows × 6 columns, pasted on Wednesday's first cell.
    await page.keyboard.press('Home');
    await expect(gridCells(gridRow(grid, wednesday)).first()).toBeFocused();
    await paste(page, '1,500\t1,100\t60\t8\t5\t7\n900\t700\t20\t2\t1\t2\n1,100\t800\t55\t4\t3\t6\n');

    const NA = NA_EN;
    const expectLogged = async () => {
      // Each row's rate: (reactions + comments + shares + saves) ÷ reach.
      await expectRow(grid, monday, ['1,200', '950', '80', '6', '4', '10'], '10.5%', NA); // 100 ÷ 950
      await expectRow(grid, tuesday, ['2,000', '1,500', '40', '5', '3', '2'], '3.3%', NA); // 50 ÷ 1,500
      await expectRow(grid, wednesday, ['1,500', '1,100', '60', '8', '5', '7'], '7.3%', NA); // 80 ÷ 1,100
      await expectRow(grid, thursday, ['900', '700', '20', '2', '1', '2'], '3.6%', NA); // 25 ÷ 700
      await expectRow(grid, friday, ['1,100', '800', '55', '4', '3', '6'], '8.5%', NA); // 68 ÷ 800
    };
    await expectLogged();
    // Undo takes the whole paste back, redo brings it again.
    await page.keyboard.press('Control+z');
    await expect(page.getByRole('status').filter({ hasText: 'Undone and saved' })).toBeVisible();
    await expectRow(grid, thursday, ['', '', '', '', '', ''], '—No reach logged for this post.', NA);
    await page.keyboard.press('Control+Shift+z');
    await expect(page.getByRole('status').filter({ hasText: 'Redone and saved' })).toBeVisible();
    await expectLogged();
    // The period's rate: (100 + 50 + 80 + 25 + 68) ÷ (950 + 1,500 + 1,100 + 700 + 800) = 323 ÷ 5,050 = 6.396 %.
    await expect(summary).toHaveText('5 published posts · Engagement rate (by reach) over the period: 6.4%');

    // Today's follower counts, for both channels in one form; Enter walks down the fields, then saves.
    await page.getByRole('button', { name: 'Followers', exact: true }).click();
    const followers = page.getByRole('dialog', { name: 'Followers of Studio Yoga' });
    await expect(followers.getByLabel('Counted on')).toHaveValue(shownDate(d.today));
    const instagram = followers.getByRole('textbox', { name: 'Followers of @studio.yoga' });
    await expect(instagram).toHaveAccessibleDescription(
      `Previous: 1,230 followers on ${longDay(d.weekAgo, 'en')}`,
    );
    await instagram.fill('1,260');
    await expect(followers.getByRole('row', { name: /@studio\.yoga/ })).toContainText('+30');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter');
    await expect(followers.getByRole('textbox', { name: 'Followers of studio-yoga' })).toBeFocused();
    await page.keyboard.type('830');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter');
    await expect(followers).toBeHidden();
    await expect(
      page.getByText(`Follower counts saved for ${longDay(d.today, 'en')}.`, { exact: true }),
    ).toBeVisible();

    await sidebar(page, 'KPIs').click();
    await expect(page.getByRole('heading', { level: 1, name: 'Studio Yoga — KPIs' })).toBeVisible();
    await showLastWeek(page, {
      week: 'Week',
      period: 'Period',
      next: 'Next period',
      previous: 'Previous period',
    });
    await expect(page.getByRole('heading', { level: 2, name: weekTitle(d.lastMonday, 'en') })).toBeVisible();
    await expect(
      page.getByText(`Compared with ${weekTitle(addDays(d.lastMonday, -7), 'en')}`, { exact: true }),
    ).toBeVisible();
    // 323 engagements ÷ 5,050 reached = 6.396 %.
    const rate = kpiCard(page, 'Engagement rate (by reach)');
    await expect(rate.getByText('6.4%', { exact: true })).toBeVisible();
    // Followers two weeks ago 1,200 + 800 = 2,000, a week ago 1,230 + 810 = 2,040: 40 ÷ 2,000 = 2 %.
    const growth = kpiCard(page, 'Audience growth');
    await expect(growth.getByText('2.0%', { exact: true })).toBeVisible();
    await expect(kpiCard(page, 'Followers').getByText('2,040', { exact: true })).toBeVisible();
    await expect(kpiCard(page, 'Reach').getByText('5,050', { exact: true })).toBeVisible();
    // No link clicks were logged: no click-through rate, and the card says why.
    const ctr = kpiCard(page, 'Click-through rate');
    await expect(ctr.getByText('—', { exact: true })).toBeVisible();
    await expect(ctr.getByText('No link clicks logged for this period.', { exact: true })).toBeVisible();

    // This week: today's 1,260 + 830 = 2,090 against 2,040, so 50 ÷ 2,040 = 2.45 %; nothing published yet.
    await page.getByRole('button', { name: 'Next period' }).click();
    await expect(page.getByRole('heading', { level: 2, name: weekTitle(d.thisMonday, 'en') })).toBeVisible();
    await expect(growth.getByText('2.5%', { exact: true })).toBeVisible();
    await expect(growth).toContainText('+0.5\u00a0pt · better');
    await expect(kpiCard(page, 'Followers').getByText('2,090', { exact: true })).toBeVisible();
    await expect(rate.getByText('—', { exact: true })).toBeVisible();
    await expect(rate.getByText('No reach logged for this period.', { exact: true })).toBeVisible();
  });

  test('walks through a SMART objective and sees its progress and forecast from the logged followers', async ({
    app: page,
    host,
  }) => {
    const d = days();
    const studio = await seedNumbersStudio(host, CAPTIONS_EN, { theme: 'light' });
    await host.rpc('followers.save', {
      clientId: studio.clientId,
      on: d.today,
      entries: [
        { channelId: studio.channels.instagram, followers: 1260 },
        { channelId: studio.channels.linkedin, followers: 830 },
      ],
    });
    await page.reload();
    await sidebar(page, 'Objectives').click();
    await expect(page.getByRole('heading', { level: 1, name: 'Studio Yoga — objectives' })).toBeVisible();
    await page.getByRole('button', { name: 'New objective' }).click();
    const dialog = page.getByRole('dialog', { name: 'New objective' });
    await expect(dialog.getByLabel('Objective', { exact: true })).toBeFocused();
    await page.keyboard.type('Grow the community to 2,300 followers');
    await expect(dialog.getByLabel('KPI', { exact: true })).toHaveValue('followers');
    await expect(dialog.getByLabel('Measured on')).toHaveValue('');
    // The baseline starts from today's followers, 1,260 + 830; the user rounds it to where they began.
    const baseline = dialog.getByLabel('Baseline', { exact: true });
    await expect(baseline).toHaveValue('2090');
    // A count, said with its day: not "the last 28 days".
    await expect(baseline).toHaveAccessibleDescription(
      new RegExp(`^Prefilled with the count of ${longDay(d.today, 'en')}: 2,090\\.`),
    );
    await baseline.fill('2,000');
    await dialog.getByLabel('Target', { exact: true }).fill('2,300');
    await dialog.getByLabel('Goal').selectOption({ label: 'Awareness' });
    await dialog.getByLabel('Why it matters').fill('A bigger audience fills the new evening classes.');
    await dialog.getByLabel('Start').fill(d.twoWeeksAgo);
    await dialog.getByLabel('Deadline').fill(addDays(d.twoWeeksAgo, 90));
    await dialog.getByRole('button', { name: 'Create objective' }).click();
    await expect(dialog).toBeHidden();

    const objective = page.getByRole('listitem', { name: 'Grow the community to 2,300 followers' });
    await expect(objective).toContainText('Followers · Whole client · Awareness');
    await expect(objective.getByRole('definition')).toHaveText(['2,000', '2,090', '2,300']);
    // (2,090 − 2,000) ÷ (2,300 − 2,000) = 30 % of the way.
    await expect(objective.getByText('30% of the way', { exact: true })).toBeVisible();
    await expect(objective.getByRole('progressbar', { name: 'Progress' })).toHaveAttribute(
      'aria-valuenow',
      '30',
    );
    // Weekly measures on days 6, 13 and 14 of the objective: 2,000, 2,040, 2,090. Least squares:
    // slope = (−5 × 2,000 + 2 × 2,040 + 3 × 2,090) ÷ (25 + 4 + 9) = 350 ÷ 38 a day, through the
    // means (11, 2,043.33); on day 90: 2,043.33 + 79 × 350 ÷ 38 = 2,770.96 ≥ 2,300, so on track.
    await expect(objective.getByText('On track', { exact: true })).toBeVisible();
    const deadline = fullDay(addDays(d.twoWeeksAgo, 90), 'en');
    await expect(objective).toContainText(`Deadline: ${deadline}76 days left`);
    await expect(objective.getByText(`At this pace: 2,771 by ${deadline}`, { exact: true })).toBeVisible();
  });
});

test.describe('in French', () => {
  test('un nouvel utilisateur décrit un segment, le vise depuis une publication et retrouve ses notes', async ({
    app: page,
    host,
  }) => {
    await seedNumbersStudio(host, CAPTIONS_FR, { language: 'fr', theme: 'dark' });
    await page.reload();
    await sidebar(page, 'Cette semaine').click();
    await expect(page.getByRole('heading', { level: 1, name: 'Studio Yoga — cette semaine' })).toBeVisible();

    await sidebar(page, 'Audience').click();
    await page.getByRole('button', { name: 'Nouveau segment' }).click();
    const dialog = page.getByRole('dialog', { name: 'Nouveau segment' });
    await expect(dialog.getByLabel('Nom', { exact: true })).toBeFocused();
    await page.keyboard.type('Parents pressés');
    await dialog.getByRole('button', { name: 'Ajouter un lieu' }).click();
    await expect(dialog.getByLabel(`Lieu 1${NNBSP}: nom`)).toBeFocused();
    await page.keyboard.type('Lyon');
    // A share typed the French way, with a decimal comma.
    await dialog.getByLabel(`Lieu 1${NNBSP}: part en %`).fill('62,5');
    await expect(dialog.getByText(`Les lieux totalisent 62,5${NNBSP}%`, { exact: true })).toBeVisible();
    const ages = dialog.getByRole('group', { name: 'Tranches d’âge' });
    await ages.getByLabel('25–34').fill('50');
    await ages.getByLabel('35–44').fill('30');
    await expect(
      dialog.getByText(`Les tranches d’âge totalisent 80${NNBSP}%`, { exact: true }),
    ).toBeVisible();
    await dialog.getByRole('combobox', { name: 'Centres d’intérêt' }).fill('famille');
    await page.keyboard.press('Enter');
    await dialog
      .getByRole('group', { name: 'Réseaux qu’ils utilisent le plus' })
      .getByRole('checkbox', { name: 'Instagram' })
      .check();
    await dialog.getByRole('checkbox', { name: 'Mardi, Midi' }).check();
    await dialog.getByLabel('Notes', { exact: true }).fill('Des formats **courts**.');
    await dialog.getByRole('button', { name: 'Créer le segment' }).click();
    await expect(dialog).toBeHidden();
    const segment = page.getByRole('article', { name: 'Parents pressés' });
    await expect(segment.getByRole('term')).toHaveText([
      'Lieux',
      'Âges',
      'Réseaux',
      'Actifs',
      'Centres d’intérêt',
    ]);
    await expect(segment.getByRole('definition')).toHaveText([
      `Lyon 62,5${NNBSP}%`,
      `25–34 50${NNBSP}%35–44 30${NNBSP}%`,
      'Instagram',
      'Midi (mar.)',
      'famille',
    ]);
    await expect(
      segment.getByText(`Certaines parts ne font pas 100${NNBSP}%`, { exact: true }),
    ).toBeVisible();

    await sidebar(page, 'Cette semaine').click();
    await card(page, 'Étirements au bureau').click();
    const composer = page.getByRole('dialog', { name: 'Modifier la publication' });
    await composer
      .getByRole('group', { name: 'Segments visés' })
      .getByRole('checkbox', { name: 'Parents pressés' })
      .check();
    await expect(composer.getByRole('status')).toHaveText('Modifications enregistrées');
    await page.keyboard.press('Escape');
    const note = page
      .getByRole('region', { name: 'Pour qui sont les publications de la semaine' })
      .getByRole('article', { name: /^Parents pressés/ });
    await expect(note.getByRole('heading')).toHaveText('Parents pressés1 publication cette semaine');
    await expect(note.locator('strong')).toHaveText('courts');
  });

  test('saisit les chiffres au format français, au clavier et par collage, et lit le taux et la croissance', async ({
    app: page,
    host,
  }) => {
    const d = days();
    await seedNumbersStudio(host, CAPTIONS_FR, { language: 'fr', theme: 'dark' });
    await openNumbersLastWeek(page, 'fr');
    const grid = numbersGrid(page);
    await expect(grid).toHaveAccessibleName(`Chiffres, ${weekTitle(d.lastMonday, 'fr')}`);
    const [lundi, mardi, mercredi, jeudi, vendredi] = CAPTIONS_FR.published;

    // Two rows typed with French thousands ("1 200", a plain or a no-break space).
    await gridCells(gridRow(grid, lundi)).first().click();
    for (const value of ['1 200', '950', '80', '6', '4']) {
      await page.keyboard.type(value);
      await page.keyboard.press('Tab');
    }
    await page.keyboard.type('10');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Home');
    for (const value of ['2\u00a0000', '1 500', '40', '5', '3']) {
      await page.keyboard.type(value);
      await page.keyboard.press('Tab');
    }
    await page.keyboard.type('2');
    await page.keyboard.press('Enter');
    await expect(
      page.getByRole('status').filter({ hasText: 'Tous les chiffres sont enregistrés' }),
    ).toBeVisible();

    // A block with a decimal count is refused whole, in French; the corrected block goes in.
    await page.keyboard.press('Home');
    await paste(page, '1 500\t1 100\t12,5\t8\t5\t7\n900\t700\t20\t2\t1\t2');
    await expect(
      page
        .getByRole('alert')
        .getByText(
          `Rien n’a été collé. «${NNBSP}12,5${NNBSP}» dans Réactions, ${shortDay(addDays(d.lastMonday, 2), 'fr')}, 18:00 · Instagram @studio.yoga${NNBSP}: Un compte est un nombre entier.`,
          { exact: true },
        ),
    ).toBeVisible();
    await expect(gridCells(gridRow(grid, mercredi)).first()).toHaveText('');
    await paste(page, '1 500\t1 100\t60\t8\t5\t7\n900\t700\t20\t2\t1\t2\n1\u00a0100\t800\t55\t4\t3\t6');

    const NA = NA_FR;
    const n = (text: string) => text.replace(' ', NNBSP);
    await expectRow(grid, lundi, [n('1 200'), '950', '80', '6', '4', '10'], `10,5${NNBSP}%`, NA);
    await expectRow(grid, mardi, [n('2 000'), n('1 500'), '40', '5', '3', '2'], `3,3${NNBSP}%`, NA);
    await expectRow(grid, mercredi, [n('1 500'), n('1 100'), '60', '8', '5', '7'], `7,3${NNBSP}%`, NA);
    await expectRow(grid, jeudi, ['900', '700', '20', '2', '1', '2'], `3,6${NNBSP}%`, NA);
    await expectRow(grid, vendredi, [n('1 100'), '800', '55', '4', '3', '6'], `8,5${NNBSP}%`, NA);
    // 323 engagements ÷ 5 050 personnes atteintes = 6,396 %.
    await expect(page.getByText(/^5 publications publiées · /)).toHaveText(
      `5 publications publiées · Taux d’engagement (sur la portée) sur la période${NNBSP}: 6,4${NNBSP}%`,
    );

    await page.getByRole('button', { name: 'Abonnés', exact: true }).click();
    const followers = page.getByRole('dialog', { name: 'Abonnés de Studio Yoga' });
    const instagram = followers.getByRole('textbox', { name: 'Abonnés de @studio.yoga' });
    await expect(instagram).toHaveAccessibleDescription(
      `Précédent${NNBSP}: 1${NNBSP}230 abonnés le ${longDay(d.weekAgo, 'fr')}`,
    );
    await instagram.fill('1 260');
    await followers.getByRole('textbox', { name: 'Abonnés de studio-yoga' }).fill('830');
    await followers.getByRole('button', { name: 'Enregistrer les relevés' }).click();
    await expect(followers).toBeHidden();
    await expect(
      page.getByText(`Nombres d’abonnés enregistrés pour le ${longDay(d.today, 'fr')}.`, { exact: true }),
    ).toBeVisible();

    await sidebar(page, 'Indicateurs').click();
    await showLastWeek(page, {
      week: 'Semaine',
      period: 'Période',
      next: 'Période suivante',
      previous: 'Période précédente',
    });
    await expect(page.getByRole('heading', { level: 2, name: weekTitle(d.lastMonday, 'fr') })).toBeVisible();
    const rate = kpiCard(page, 'Taux d’engagement (sur la portée)');
    await expect(rate.getByText(`6,4${NNBSP}%`, { exact: true })).toBeVisible();
    // (2 040 − 2 000) ÷ 2 000 = 2 %.
    const growth = kpiCard(page, 'Croissance de l’audience');
    await expect(growth.getByText(`2,0${NNBSP}%`, { exact: true })).toBeVisible();
    await expect(kpiCard(page, 'Abonnés').getByText(`2${NNBSP}040`, { exact: true })).toBeVisible();
    await page.getByRole('button', { name: 'Période suivante' }).click();
    // (2 090 − 2 040) ÷ 2 040 = 2,45 %.
    await expect(growth.getByText(`2,5${NNBSP}%`, { exact: true })).toBeVisible();
    await expect(rate.getByText('—', { exact: true })).toBeVisible();
    await expect(
      rate.getByText('Aucune donnée (portée) saisie pour cette période.', { exact: true }),
    ).toBeVisible();
  });

  test('crée un objectif de taux d’engagement et voit sa progression', async ({ app: page, host }) => {
    const d = days();
    const studio = await seedNumbersStudio(host, CAPTIONS_FR, { language: 'fr', theme: 'dark' });
    await seedLoggedNumbers(host, studio);
    await page.reload();
    await sidebar(page, 'Objectifs').click();
    await page.getByRole('button', { name: 'Nouvel objectif' }).click();
    const dialog = page.getByRole('dialog', { name: 'Nouvel objectif' });
    await expect(dialog.getByLabel('Objectif', { exact: true })).toBeFocused();
    await page.keyboard.type('Un public plus engagé');
    await dialog
      .getByLabel('KPI', { exact: true })
      .selectOption({ label: 'Taux d’engagement (sur la portée)' });
    // The last 28 days' rate, 323 ÷ 5 050, offered as the baseline in the French format.
    const baseline = dialog.getByLabel('Point de départ', { exact: true });
    await expect(baseline).toHaveValue('6,4');
    await baseline.fill('5,5');
    await dialog.getByLabel('Cible', { exact: true }).fill('8');
    await dialog.getByLabel('But', { exact: true }).selectOption({ label: 'Engagement' });
    await dialog.getByLabel('Début').fill(d.lastMonday);
    await dialog.getByLabel('Échéance').fill(addDays(d.lastMonday, 60));
    await dialog.getByRole('button', { name: 'Créer l’objectif' }).click();
    await expect(dialog).toBeHidden();

    const objective = page.getByRole('listitem', { name: 'Un public plus engagé' });
    // The rate over the objective's days, 323 ÷ 5 050 = 6,396 %: (6,396 − 5,5) ÷ (8 − 5,5) = 35,8 %.
    await expect(objective.getByRole('definition')).toHaveText([
      `5,5${NNBSP}%`,
      `6,4${NNBSP}%`,
      `8,0${NNBSP}%`,
    ]);
    await expect(objective.getByText(`36${NNBSP}% du chemin`, { exact: true })).toBeVisible();
    // Measured at last week's end and today, the same 6,396 %: a flat trend never reaches 8 %.
    await expect(objective.getByText('En retard', { exact: true })).toBeVisible();
  });
});

for (const { language, theme } of [
  { language: 'en', theme: 'light' },
  { language: 'fr', theme: 'dark' },
] as const) {
  test.describe(`axe, ${language}, ${theme} theme`, () => {
    const captions = language === 'en' ? CAPTIONS_EN : CAPTIONS_FR;
    const words = {
      en: {
        week: 'This week',
        audience: 'Audience',
        newSegment: 'New segment',
        numbers: 'Numbers',
        previousWeek: 'Previous week',
        followers: 'Followers',
        kpis: 'KPIs',
        objectives: 'Objectives',
        newObjective: 'New objective',
        agesOff: 'Age bands add up to 40%',
        sharesOff: 'Some shares do not add up to 100%',
        period: { week: 'Week', period: 'Period', next: 'Next period', previous: 'Previous period' },
        rate: 'Engagement rate (by reach)',
        rateValue: '6.4%',
      },
      fr: {
        week: 'Cette semaine',
        audience: 'Audience',
        newSegment: 'Nouveau segment',
        numbers: 'Chiffres',
        previousWeek: 'Semaine précédente',
        followers: 'Abonnés',
        kpis: 'Indicateurs',
        objectives: 'Objectifs',
        newObjective: 'Nouvel objectif',
        agesOff: `Les tranches d’âge totalisent 40${NNBSP}%`,
        sharesOff: `Certaines parts ne font pas 100${NNBSP}%`,
        period: {
          week: 'Semaine',
          period: 'Période',
          next: 'Période suivante',
          previous: 'Période précédente',
        },
        rate: 'Taux d’engagement (sur la portée)',
        rateValue: `6,4${NNBSP}%`,
      },
    }[language];

    /** A segment with every kind of detail, aimed at by today's draft: what the week's notes show. */
    const seedStudio = async (host: E2eHost) => {
      const studio = await seedNumbersStudio(host, captions, { language, theme });
      await seedLoggedNumbers(host, studio);
      const segment = await host.rpc('segments.create', {
        clientId: studio.clientId,
        name: 'Office workers',
        description: 'They sit all day.',
        places: [{ kind: 'city', name: 'Paris', share: 60 }],
        ages: { '25-34': 40, '35-44': 35 },
        interests: ['yoga'],
        networks: ['linkedin'],
        active: ['tue:noon'],
        notes: 'Short videos, **no jargon**.\n\n- posture tips',
      });
      await host.rpc('posts.update', { id: studio.draftId, segmentIds: [segment.id] });
      return studio;
    };

    /** Opens a screen from the sidebar, once the app shows the theme the contrast checks are about. */
    const open = async (page: Page, link: string) => {
      await page.reload();
      await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
      await sidebar(page, link).click();
    };

    test('finds no serious violation on the week workspace', async ({ app: page, host }) => {
      // Like the calendar's own axe test: a week of hour cells beside two panes takes axe 5–10 s here.
      test.slow();
      await seedStudio(host);
      await open(page, words.week);
      await expect(page.getByRole('article', { name: /^Office workers/ })).toBeVisible();
      await expect(card(page, captions.draft)).toBeVisible();
      expect.soft(await seriousA11yViolations(page), 'week workspace').toEqual([]);
    });

    test('finds no serious violation on the audience screen', async ({ app: page, host }) => {
      await seedStudio(host);
      await open(page, words.audience);
      // The segment's card flags its shares that do not add up to 100 %.
      await expect(
        page.getByRole('article', { name: 'Office workers' }).getByText(words.sharesOff, { exact: true }),
      ).toBeVisible();
      expect.soft(await seriousA11yViolations(page), 'audience').toEqual([]);
    });

    test('finds no serious violation in the segment editor', async ({ app: page, host }) => {
      await seedStudio(host);
      await open(page, words.audience);
      await page.getByRole('button', { name: words.newSegment }).click();
      const dialog = page.getByRole('dialog', { name: words.newSegment });
      // With a share typed, so the warning about the total is checked too.
      await dialog.getByLabel('25–34').fill('40');
      await expect(dialog.getByText(words.agesOff, { exact: true })).toBeVisible();
      expect.soft(await seriousA11yViolations(page), 'segment editor').toEqual([]);
    });

    test('finds no serious violation on the numbers grid', async ({ app: page, host }) => {
      await seedStudio(host);
      await open(page, words.numbers);
      await page.getByRole('button', { name: words.previousWeek }).click();
      await expect(gridCells(gridRow(numbersGrid(page), captions.published[0])).first()).not.toHaveText('');
      expect.soft(await seriousA11yViolations(page), 'numbers grid').toEqual([]);
    });

    test('finds no serious violation on the follower form', async ({ app: page, host }) => {
      await seedStudio(host);
      await open(page, words.numbers);
      await page.getByRole('button', { name: words.followers, exact: true }).click();
      // With a count typed, so the change since the previous count is checked too.
      await page
        .getByRole('dialog')
        .getByRole('textbox', { name: /@studio\.yoga/ })
        .first()
        .fill('1260');
      await expect(page.getByRole('dialog').getByText('+30', { exact: true })).toBeVisible();
      expect.soft(await seriousA11yViolations(page), 'follower form').toEqual([]);
    });

    test('finds no serious violation on the KPI dashboard', async ({ app: page, host }) => {
      // Cards, charts, two tables and a 7 × 24 heat-map: axe alone takes 5–10 s on this machine.
      test.slow();
      await seedStudio(host);
      await open(page, words.kpis);
      // Last week, whose posts fill the charts, the tables and the heat-map.
      await showLastWeek(page, words.period);
      await expect(kpiCard(page, words.rate).getByText(words.rateValue, { exact: true })).toBeVisible();
      expect.soft(await seriousA11yViolations(page), 'dashboard').toEqual([]);
    });

    test('finds no serious violation on the objectives', async ({ app: page, host }) => {
      const d = days();
      const studio = await seedStudio(host);
      await host.rpc('objectives.create', {
        clientId: studio.clientId,
        title: 'Grow the community',
        kpi: 'followers',
        baseline: 2000,
        target: 2300,
        goal: 'awareness',
        startOn: d.twoWeeksAgo,
        deadline: addDays(d.twoWeeksAgo, 90),
      });
      await open(page, words.objectives);
      // The last count, 1,230 + 810 = 2,040: (2,040 − 2,000) ÷ (2,300 − 2,000) = 13 % of the way.
      await expect(
        page.getByRole('listitem', { name: 'Grow the community' }).getByRole('progressbar'),
      ).toHaveAttribute('aria-valuenow', '13');
      expect.soft(await seriousA11yViolations(page), 'objectives').toEqual([]);
    });

    test('finds no serious violation in the objective form', async ({ app: page, host }) => {
      await seedStudio(host);
      await open(page, words.objectives);
      await page.getByRole('button', { name: words.newObjective }).click();
      await expect(page.getByRole('dialog', { name: words.newObjective })).toBeVisible();
      expect.soft(await seriousA11yViolations(page), 'objective form').toEqual([]);
    });
  });
}

test.describe('bad input', () => {
  test('a paste with a word in it, a negative count, a reading dated before the post or in the future: a clear message, nothing saved', async ({
    app: page,
    host,
  }) => {
    const d = days();
    const studio = await seedNumbersStudio(host, CAPTIONS_EN, { theme: 'light' });
    const [monday, tuesday, , , friday] = CAPTIONS_EN.published;
    const saved = async () =>
      (await Promise.all(studio.postIds.map((postId) => host.rpc('metrics.history', { postId })))).flat();
    await openNumbersLastWeek(page, 'en');
    const grid = numbersGrid(page);
    const NA = NA_EN;
    const expectBlank = (words: string) =>
      expectRow(grid, words, ['', '', '', '', '', ''], '—No reach logged for this post.', NA);

    // A block whose second row starts with a word: refused whole, the message names the cell.
    await gridCells(gridRow(grid, monday)).first().click();
    await paste(page, '1,200\t950\nabc\t700');
    await expect(
      page
        .getByRole('alert')
        .getByText(
          `Nothing was pasted. “abc” in Impressions / views, ${shortDay(addDays(d.lastMonday, 1), 'en')}, 12:00 · LinkedIn studio-yoga: Not a number.`,
          { exact: true },
        ),
    ).toBeVisible();
    await expectBlank(monday);
    await expectBlank(tuesday);

    // A negative count stays in its cell, flagged, until corrected or dropped with Escape.
    await page.keyboard.type('-5');
    await page.keyboard.press('Enter');
    const editor = grid.getByRole('textbox', { name: 'Impressions / views' });
    await expect(editor).toHaveAttribute('aria-invalid', 'true');
    await expect(editor).toHaveAccessibleDescription('Numbers cannot be negative.');
    await page.keyboard.press('Escape');
    await expectBlank(monday);

    // The readings' day cannot be set in the future: the field keeps today.
    const asOf = page.getByLabel('Numbers as of');
    await asOf.fill(d.tomorrow);
    await expect(asOf).toHaveValue(shownDate(d.today));
    // Read on last week's Monday, Friday's post had not gone out yet: the server refuses the number.
    await asOf.fill(d.lastMonday);
    await gridCells(gridRow(grid, friday)).first().click();
    await page.keyboard.type('500');
    await page.keyboard.press('Enter');
    const lastFriday = addDays(d.lastMonday, 4);
    await expect(
      page
        .getByRole('alert')
        .getByText(
          `Not saved. ${shortDay(lastFriday, 'en')}, 10:00 · Instagram @studio.yoga, Impressions / views: Dated before the post went out (${longDay(lastFriday, 'en')}).`,
          { exact: true },
        ),
    ).toBeVisible();
    await expect(gridCells(gridRow(grid, friday)).first()).toHaveText('');
    expect(await saved()).toEqual([]);

    // Follower counts dated tomorrow are refused under the date, and nothing is saved.
    await page.getByRole('button', { name: 'Followers', exact: true }).click();
    const followers = page.getByRole('dialog', { name: 'Followers of Studio Yoga' });
    await followers.getByLabel('Counted on').fill(d.tomorrow);
    await followers.getByRole('textbox', { name: 'Followers of @studio.yoga' }).fill('1,260');
    await followers.getByRole('textbox', { name: 'Followers of studio-yoga' }).fill('830');
    await followers.getByRole('button', { name: 'Save the counts' }).click();
    await expect(followers.getByLabel('Counted on')).toHaveAccessibleDescription(
      new RegExp(`This date is in the future \\(today is ${longDay(d.today, 'en')}\\)\\.`),
    );
    await expect(followers.getByLabel('Counted on')).toBeFocused();
    expect(
      (await host.rpc('followers.latest', { clientId: studio.clientId, on: d.tomorrow })).map(
        (c) => c.followers,
      ),
    ).toEqual([1230, 810]);
  });

  test('an objective whose deadline comes before its start is refused under the deadline', async ({
    app: page,
    host,
  }) => {
    const d = days();
    const studio = await seedNumbersStudio(host, CAPTIONS_EN, { theme: 'light' });
    await page.reload();
    await sidebar(page, 'Objectives').click();
    await page.getByRole('button', { name: 'New objective' }).click();
    const dialog = page.getByRole('dialog', { name: 'New objective' });
    // Typed before the dialog is there, "c" would open a new channel instead.
    await expect(dialog.getByLabel('Objective', { exact: true })).toBeFocused();
    await page.keyboard.type('Grow the community');
    await dialog.getByLabel('Baseline', { exact: true }).fill('2,000');
    await dialog.getByLabel('Target', { exact: true }).fill('2,300');
    await dialog.getByLabel('Start').fill(d.today);
    const deadline = dialog.getByLabel('Deadline');
    await deadline.fill(addDays(d.today, -1));
    // Said as soon as both dates are there, before any save.
    // Said first, before the field's own format help.
    await expect(deadline).toHaveAccessibleDescription(
      /^The deadline must come after the start\. Format dd\/mm\/yyyy\./,
    );
    await dialog.getByRole('button', { name: 'Create objective' }).click();
    await expect(deadline).toBeFocused();
    await expect(dialog).toBeVisible();
    expect(await host.rpc('objectives.list', { clientId: studio.clientId })).toEqual([]);
  });
});
