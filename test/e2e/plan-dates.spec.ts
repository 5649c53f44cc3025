import { expect, seriousA11yViolations, test } from './fixtures.ts';
import { openCalendarFromSidebar } from './page-models/calendar.ts';
import { seedStudio } from './page-models/seed.ts';

const UI = {
  en: {
    calendar: 'Calendar',
    more: 'More',
    datesMenu: 'Dates…',
    dialog: 'Dates to plan around',
    retail: 'France — retail and family dates',
    close: 'Close',
    // Pentecost 2027 is 16 May: Mother's Day in France keeps the last Sunday of May.
    sunday30: 'Sunday 30 May',
    sunday23: 'Sunday 23 May',
    mothersDay: "Mother's Day (France)",
    planPost: 'Plan a post for this day',
    saveIdea: 'Save as an idea',
    ideaSaved: "Idea saved: “Mother's Day (France)”",
    newPost: 'New post',
    caption: 'Caption',
    name: 'Name',
    add: 'Add the date',
    anniversary: 'Shop anniversary',
    anniversaryWords: 'Shop anniversary — The last Monday of May',
    lastMonday: 'The last Monday of May',
    monday31: 'Monday 31 May',
  },
  fr: {
    calendar: 'Calendrier',
    more: 'Plus',
    datesMenu: 'Dates…',
    dialog: 'Dates à prévoir',
    retail: 'France — temps forts commerciaux et fêtes',
    close: 'Fermer',
    sunday30: 'dimanche 30 mai',
    sunday23: 'dimanche 23 mai',
    mothersDay: 'Fête des mères',
    planPost: 'Prévoir une publication ce jour-là',
    saveIdea: 'Garder comme idée',
    ideaSaved: 'Idée enregistrée\u00a0: «\u00a0Fête des mères\u00a0»',
    newPost: 'Nouvelle publication',
    caption: 'Texte',
    name: 'Nom',
    add: 'Ajouter la date',
    anniversary: 'Anniversaire de la boutique',
    anniversaryWords: 'Anniversaire de la boutique — Le dernier lundi de mai',
    lastMonday: 'Le dernier lundi de mai',
    monday31: 'lundi 31 mai',
  },
} as const;

for (const [language, theme] of [
  ['en', 'light'],
  ['fr', 'dark'],
] as const) {
  const ui = UI[language];
  test.describe(`dates to plan around (${language}, ${theme})`, () => {
    test('turns on French retail dates, sees Fête des mères on the right Sunday, plans a post from it and adds a date of its own', async ({
      app: page,
      host,
    }) => {
      test.slow();
      const studio = await seedStudio(host);
      await host.rpc('prefs.set', {
        language,
        theme,
        calendarViews: { [studio.clientId]: { view: 'month', date: '2027-05-12', filters: {} } },
      });
      await openCalendarFromSidebar(page, ui.calendar);
      const day = (label: string) => page.getByRole('group', { name: label, exact: true });
      // Nothing is shown until the user asks.
      await expect(day(ui.sunday30).getByRole('button', { name: ui.mothersDay })).toHaveCount(0);

      await page.getByRole('button', { name: ui.more }).click();
      await page.getByRole('menuitem', { name: ui.datesMenu }).click();
      const dialog = page.getByRole('dialog', { name: ui.dialog });
      await dialog.getByRole('checkbox', { name: ui.retail }).check();
      await expect(dialog.getByRole('checkbox', { name: ui.retail })).toBeChecked();

      // A date of the user's own: the last Monday of May, for this client.
      await dialog.getByLabel(ui.name, { exact: true }).fill(ui.anniversary);
      await dialog.getByRole('radio').nth(1).check();
      await dialog.getByRole('combobox').nth(0).selectOption({ index: 4 });
      await dialog.getByRole('combobox').nth(1).selectOption({ index: 0 });
      await dialog.getByRole('combobox').nth(2).selectOption({ index: 4 });
      await expect(dialog.getByText(ui.lastMonday, { exact: true })).toBeVisible();
      await dialog.getByRole('button', { name: ui.add }).click();
      await expect(dialog.getByText(ui.anniversaryWords)).toBeVisible();
      expect(await seriousA11yViolations(page)).toEqual([]);
      await dialog.getByRole('button', { name: ui.close }).first().click();

      await expect(day(ui.sunday30).getByRole('button', { name: ui.mothersDay })).toBeVisible();
      await expect(day(ui.sunday23).getByRole('button', { name: ui.mothersDay })).toHaveCount(0);
      await expect(day(ui.monday31).getByRole('button', { name: ui.anniversary })).toBeVisible();
      expect(await seriousA11yViolations(page)).toEqual([]);

      // Saved as an idea of the client's bank, for that day.
      await day(ui.sunday30).getByRole('button', { name: ui.mothersDay }).click();
      await page.getByRole('menuitem', { name: ui.saveIdea }).click();
      await expect(page.getByText(ui.ideaSaved, { exact: true })).toBeVisible();
      const [idea] = await host.rpc('ideas.list', { clientId: studio.clientId });
      expect(idea).toMatchObject({ title: ui.mothersDay, useBefore: '2027-05-30', status: 'new' });

      // A post planned for the day starts from the date's name.
      await day(ui.sunday30).getByRole('button', { name: ui.mothersDay }).click();
      await page.getByRole('menuitem', { name: ui.planPost }).click();
      const composer = page.getByRole('dialog', { name: ui.newPost });
      await expect(composer.getByLabel(ui.caption, { exact: true })).toHaveValue(ui.mothersDay);
    });
  });
}
