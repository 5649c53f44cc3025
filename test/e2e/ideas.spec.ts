import type { Page } from '@playwright/test';
import { format } from 'date-fns';
import { addDays, type IsoDate, weekday } from '../../shared/calendar/dates.ts';
import { pngFile } from '../support/seeds/media-files.ts';
import { expect, seriousA11yViolations, test } from './fixtures.ts';
import { cardNamed } from './page-models/calendar.ts';
import { shortDay } from './page-models/dates.ts';
import {
  Counted,
  capture,
  captureField,
  editor,
  expectDrawn,
  expectSaved,
  IDEA_WORDS,
  type IdeaWords,
  ideaRow,
  ideaRows,
  type Language,
  openIdeas,
  search,
  seedIdeasStudio,
  tab,
  toast,
} from './page-models/ideas.ts';
import { days } from './page-models/seed.ts';
import { sidebar } from './page-models/sidebar.ts';

const CLIENT = 'Studio Yoga';

/** The three ideas a new user jots down, the second with an accent to search without. */
const TITLES: Record<Language, readonly [string, string, string]> = {
  en: [
    'Behind the scenes of a morning class',
    'Café yoga: stretches with your coffee',
    'Five poses for tight shoulders',
  ],
  fr: [
    'Les coulisses d’un cours du matin',
    'Yoga au café : étirements du matin',
    'Cinq postures pour les épaules',
  ],
};

/** The Thursday of the week ahead (today included), where the plan dialog's days are. */
function nextThursday(today: IsoDate): { day: IsoDate; index: number } {
  for (let index = 0; index < 7; index += 1) {
    const day = addDays(today, index);
    if (weekday(day) === 4) return { day, index };
  }
  throw new Error('no Thursday in a week');
}

/** dd/mm/yyyy, as the date fields are typed in both languages. */
const typedDay = (day: IsoDate) => format(new Date(`${day}T12:00:00Z`), 'dd/MM/yyyy');

async function noA11yViolations(page: Page, where: string) {
  expect(await seriousA11yViolations(page), where).toEqual([]);
}

/**
 * P on an idea, arrows to the Thursday from tomorrow (the day offered first), Enter: the plan
 * dialog's whole path, each key counted.
 */
async function planForThursday(page: Page, words: IdeaWords, title: string, counted: Counted) {
  const thursday = nextThursday(days().today);
  await counted.focus(ideaRow(page, title));
  await counted.press('p');
  const dialog = page.getByRole('dialog', { name: words.plan.title });
  await expect(dialog).toBeVisible();
  await noA11yViolations(page, 'the plan dialog');
  const steps = thursday.index - 1;
  for (let i = 0; i < Math.abs(steps); i += 1) await counted.press(steps > 0 ? 'ArrowRight' : 'ArrowLeft');
  await expect(dialog.getByRole('radio', { name: new RegExp(words.plan.weekday) })).toBeChecked();
  await counted.press('Enter');
  await expect(dialog).toBeHidden();
  return thursday.day;
}

test.describe('the ideas bank', () => {
  test('in English, a new user captures, edits, finds, plans, sources and restores ideas', async ({
    app: page,
    host,
  }) => {
    // Dozens of calls, three tabs, the calendar and axe four times: more than the default 30 s on two cores.
    test.slow();
    const words = IDEA_WORDS.en;
    const titles = TITLES.en;
    await seedIdeasStudio(host, 'en', 'light');
    await page.reload();
    await openIdeas(page, CLIENT, words);

    // A new user's screen says what the bank is for and how to capture from anywhere.
    await expect(page.getByRole('heading', { name: words.empty })).toBeVisible();
    await expect(page.getByText('press Ctrl+Shift+I anywhere in Calepin')).toBeVisible();
    await noA11yViolations(page, 'the empty screen');

    // Three ideas from the capture line: a click, then a title and Enter for each.
    const counted = new Counted(page);
    const field = captureField(page, words, CLIENT);
    await counted.click(field);
    for (const title of titles) {
      await counted.type(title);
      await counted.press('Enter');
      await expect(field).toHaveValue('');
      await expect(field).toBeFocused();
      await expect(ideaRow(page, title)).toBeVisible();
    }
    const captureActions = counted.actions;
    expect(captureActions, 'a click, then Enter once per idea').toBe(4);
    await expect(page.getByRole('status').filter({ hasText: words.count(3) })).toBeVisible();

    // The first idea's editor: tags, pillar, network, use-before and a picture from a PNG file.
    await ideaRow(page, titles[0]).click();
    const form = editor(page, words);
    await expect(form.getByRole('textbox', { name: words.field.title })).toHaveValue(titles[0]);
    const tags = form.getByRole('combobox', { name: words.field.tags });
    await tags.fill('backstage');
    await page.keyboard.press('Enter');
    await tags.fill('team');
    await page.keyboard.press('Enter');
    await form.getByRole('combobox', { name: words.field.pillar }).selectOption({ label: 'Tips' });
    await form.getByRole('combobox', { name: words.field.network }).selectOption({ label: 'Instagram' });
    const useBefore = addDays(days().today, 20);
    await form.getByRole('textbox', { name: words.field.useBefore }).fill(typedDay(useBefore));
    await page.keyboard.press('Tab');
    await form
      .locator('input[type="file"]')
      .setInputFiles({ name: 'mat.png', mimeType: 'image/png', buffer: pngFile(64, 48, 7) });
    await expectDrawn(form.getByRole('img', { name: words.pictureAlt('mat.png') }));
    // Taken away by mistake, it comes back with Undo; the keyboard stays in the picture's field.
    await form.getByRole('button', { name: 'Remove', exact: true }).click();
    await expect(form.getByRole('img', { name: words.pictureAlt('mat.png') })).toHaveCount(0);
    await expect(form.getByRole('button', { name: 'Choose a picture…' })).toBeFocused();
    await page.getByRole('button', { name: words.undo, exact: true }).click();
    await expectDrawn(form.getByRole('img', { name: words.pictureAlt('mat.png') }));
    await expectSaved(page, words);
    const edited = ideaRow(page, titles[0]);
    await expect(edited).toContainText('Instagram');
    await expect(edited).toContainText('Tips');
    await expect(edited).toContainText(`use before ${format(new Date(`${useBefore}T12:00:00Z`), 'd MMM')}`);
    await expect(edited).toContainText('#backstage #team');
    await noA11yViolations(page, 'the screen with the editor');

    // The divider moved from the keyboard is where it was left after a restart.
    const divider = page.getByRole('separator', { name: 'Resize the list and the editor' });
    const start = Number(await divider.getAttribute('aria-valuenow'));
    await divider.focus();
    await page.keyboard.press('ArrowRight');
    await expect(divider).toHaveAttribute('aria-valuenow', String(start + 5));
    await expect.poll(async () => (await host.rpc('prefs.get', {})).ideasPanes).not.toBeNull();

    // The list stays as saved: back on the screen, the editor reads the same.
    await page.reload();
    await expect(divider).toHaveAttribute('aria-valuenow', String(start + 5));
    await ideaRow(page, titles[0]).click();
    await expect(form.getByRole('combobox', { name: words.field.pillar })).toHaveValue(/.+/);
    await expect(form.getByRole('list', { name: /Tags/ })).toContainText('backstage');

    // Search ignores accents and case.
    await search(page, words, 'cafe');
    await expect(ideaRows(page)).toHaveCount(1);
    await expect(ideaRow(page, titles[1])).toBeVisible();
    await search(page, words, 'CAFÉ');
    await expect(ideaRows(page)).toHaveCount(1);
    await search(page, words, 'backstage');
    await expect(ideaRow(page, titles[0])).toBeVisible();
    await expect(ideaRows(page)).toHaveCount(1);
    await search(page, words, '');
    await expect(ideaRows(page)).toHaveCount(3);

    // P on the first idea, the Thursday, Enter: a draft on the calendar, said with its day.
    const plan = new Counted(page);
    const thursday = await planForThursday(page, words, titles[0], plan);
    const planned = toast(page, words.plan.done(shortDay(thursday, 'en')));
    await expect(planned).toBeVisible();
    await expect(ideaRow(page, titles[0])).toContainText(words.statuses.planned);
    await planned.getByRole('button', { name: words.plan.openCalendar }).click();
    await page.waitForURL(/\/calendar$/);
    await expect(
      cardNamed(page, { network: 'Instagram', time: '09:00', status: words.draft }, titles[0]),
    ).toBeVisible();

    // Back to the bank: an expert added on its tab, then named as an idea's source.
    await sidebar(page, words.link).click();
    await tab(page, words.tabs.experts).click();
    await page.getByRole('button', { name: words.experts.add }).click();
    const expertDialog = page.getByRole('dialog', { name: words.experts.dialog });
    await expertDialog.getByRole('textbox', { name: words.experts.name }).fill('Later blog');
    await expertDialog.getByRole('combobox', { name: words.experts.topic }).fill('Reels');
    await expertDialog.getByRole('textbox', { name: words.experts.url }).fill('later.com/blog');
    await expertDialog.getByRole('textbox', { name: words.experts.why }).fill('Tests new formats first');
    await expertDialog.getByRole('button', { name: words.experts.create }).click();
    await expect(expertDialog).toBeHidden();
    await expect(page.getByRole('heading', { name: /^Reels/ })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Later blog' })).toHaveAttribute(
      'href',
      'https://later.com/blog',
    );
    await noA11yViolations(page, 'the experts tab');
    await tab(page, words.tabs.ideas).click();
    await ideaRow(page, titles[2]).click();
    await form.getByRole('combobox', { name: words.field.expert }).selectOption({ label: 'Later blog' });
    await expectSaved(page, words);
    await expect(form.getByText('Tests new formats first')).toBeVisible();

    // A trend noted for two weeks, then made an idea in one click and opened.
    await tab(page, words.tabs.trends).click();
    const trendText = 'This audio is trending on Reels';
    await page.getByRole('textbox', { name: words.trends.text }).fill(trendText);
    await page
      .getByRole('textbox', { name: words.trends.url })
      .fill('https://www.instagram.com/reels/audio/42');
    await page.getByRole('combobox', { name: 'Network', exact: true }).selectOption({ label: 'Instagram' });
    await expect(page.getByRole('radio', { name: words.trends.lasts.week2 })).toBeChecked();
    await page.getByRole('button', { name: words.trends.add }).click();
    const lastDay = format(new Date(`${addDays(days().today, 13)}T12:00:00Z`), 'd MMM');
    await expect(page.getByRole('listitem').filter({ hasText: trendText })).toContainText(
      `until ${lastDay} (13 days left)`,
    );
    await noA11yViolations(page, 'the trends tab');
    await page.getByRole('button', { name: words.trends.makeIdea(trendText) }).click();
    await toast(page, words.trends.ideaMade(trendText))
      .getByRole('button', { name: words.trends.open })
      .click();
    await expect(ideaRow(page, trendText)).toHaveAttribute('aria-selected', 'true');
    await expect(form.getByRole('textbox', { name: words.field.title })).toHaveValue(trendText);
    await expect(form.getByRole('combobox', { name: words.field.network })).toHaveValue('instagram');

    // Delete from the keyboard moves an idea to the Trash; Undo brings it back.
    await ideaRow(page, titles[1]).focus();
    await page.keyboard.press('Delete');
    await expect(ideaRow(page, titles[1])).toHaveCount(0);
    await toast(page, words.deleted(titles[1])).getByRole('button', { name: words.undo }).click();
    await expect(ideaRow(page, titles[1])).toBeVisible();

    // The capture dialog (the app opens it from anywhere): an over-long line says its limit, Enter saves.
    await page.getByRole('button', { name: words.quick.open }).click();
    const quick = page.getByRole('dialog', { name: words.quick.title });
    await noA11yViolations(page, 'the capture dialog');
    const line = quick.getByRole('textbox', { name: words.quick.idea, exact: true });
    await line.fill('Long '.repeat(45));
    await expect(quick.getByText(words.quick.tooLong)).toBeVisible();
    await page.keyboard.press('Enter');
    await expect(quick).toBeVisible();
    await line.fill('Sunset class on the terrace');
    await quick.getByRole('textbox', { name: words.quick.notes }).fill('Ask Léa for photos');
    await page.keyboard.press('Enter');
    await expect(quick).toBeHidden();
    await toast(page, words.quick.saved('Sunset class on the terrace'))
      .getByRole('button', { name: words.quick.openIdeas })
      .click();
    await expect(ideaRow(page, 'Sunset class on the terrace')).toHaveAttribute('aria-selected', 'true');

    test
      .info()
      .annotations.push(
        { type: 'actions', description: `capture of 3 ideas: ${captureActions}` },
        { type: 'actions', description: `plan with P for a Thursday: ${plan.actions}` },
      );
  });

  test('en français, thème sombre : noter, chercher sans accents, planifier avec P, sans défaut d’accessibilité', async ({
    app: page,
    host,
  }) => {
    test.slow();
    const words = IDEA_WORDS.fr;
    const titles = TITLES.fr;
    await seedIdeasStudio(host, 'fr', 'dark');
    // An expert and a trend for every client, to look at their tabs in the dark.
    await host.rpc('experts.create', {
      name: 'Later',
      topic: 'Reels',
      network: 'instagram',
      why: 'Teste les formats',
    });
    await host.rpc('trends.create', {
      clientId: null,
      text: 'Ce son est tendance sur Reels',
      notedOn: days().today,
      expiresOn: addDays(days().today, 7),
    });
    await page.reload();
    await openIdeas(page, CLIENT, words);
    await expect(page.getByRole('heading', { name: words.empty })).toBeVisible();
    await noA11yViolations(page, 'l’écran vide');

    const field = captureField(page, words, CLIENT);
    await field.click();
    for (const title of titles) await capture(page, field, title);
    await expect(page.getByRole('status').filter({ hasText: words.count(3) })).toBeVisible();

    // L’éditeur : réseau et pilier, enregistrés en tapant.
    await ideaRow(page, titles[1]).click();
    const form = editor(page, words);
    await form.getByRole('combobox', { name: words.field.network }).selectOption({ label: 'Instagram' });
    await form.getByRole('combobox', { name: words.field.pillar }).selectOption({ label: 'Conseils' });
    await expectSaved(page, words);
    await noA11yViolations(page, 'l’écran avec l’éditeur');

    await search(page, words, 'cafe');
    await expect(ideaRows(page)).toHaveCount(1);
    await search(page, words, 'étirements');
    await expect(ideaRows(page)).toHaveCount(1);
    await search(page, words, 'ETIREMENTS');
    await expect(ideaRow(page, titles[1])).toBeVisible();
    await search(page, words, '');
    await expect(ideaRows(page)).toHaveCount(3);

    const thursday = await planForThursday(page, words, titles[1], new Counted(page));
    const planned = toast(page, words.plan.done(shortDay(thursday, 'fr')));
    await expect(planned).toBeVisible();
    await planned.getByRole('button', { name: words.plan.openCalendar }).click();
    await page.waitForURL(/\/calendar$/);
    await expect(
      cardNamed(page, { network: 'Instagram', time: '09:00', status: words.draft }, titles[1]),
    ).toBeVisible();

    await sidebar(page, words.link).click();
    await tab(page, words.tabs.experts).click();
    await expect(page.getByRole('heading', { name: /^Reels/ })).toBeVisible();
    await noA11yViolations(page, 'l’onglet des experts');
    await tab(page, words.tabs.trends).click();
    await expect(page.getByText('Ce son est tendance sur Reels')).toBeVisible();
    await noA11yViolations(page, 'l’onglet des tendances');
    await tab(page, words.tabs.ideas).click();
    await page.getByRole('button', { name: words.quick.open }).click();
    const quick = page.getByRole('dialog', { name: words.quick.title });
    await expect(quick).toBeVisible();
    await noA11yViolations(page, 'la fenêtre de saisie');
    await quick.getByRole('radio', { name: words.quick.shared }).check();
    await quick
      .getByRole('textbox', { name: words.quick.idea, exact: true })
      .fill('Journée mondiale du yoga');
    await page.keyboard.press('Enter');
    await toast(page, words.quick.saved('Journée mondiale du yoga'))
      .getByRole('button', { name: words.quick.openIdeas })
      .click();
    await expect(ideaRow(page, 'Journée mondiale du yoga')).toHaveAttribute('aria-selected', 'true');
    await expect(page.getByRole('radio', { name: 'Banque commune' })).toBeChecked();
  });
});
