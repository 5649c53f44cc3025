import { expect, seriousA11yViolations, test } from './fixtures.ts';
import { card, cell, dayHeader, openCalendarFromSidebar } from './page-models/calendar.ts';
import { seedStudio, WEEK } from './page-models/seed.ts';

const UI = {
  en: {
    calendar: 'Calendar',
    capture: 'Capture an idea',
    idea: 'Idea',
    tray: 'Ideas',
    thursday: 'Thu',
    thursdayAt10: 'New post on Thursday 14 January at 10:00',
    planned: 'Draft planned from the idea “Behind the scenes: the new mats”',
    undo: 'Undo',
  },
  fr: {
    calendar: 'Calendrier',
    capture: 'Noter une idée',
    idea: 'Idée',
    tray: 'Idées',
    thursday: 'jeu.',
    thursdayAt10: 'Nouvelle publication le jeudi 14 janvier à 10:00',
    planned: 'Brouillon prévu à partir de l’idée «\u00a0Behind the scenes: the new mats\u00a0»',
    undo: 'Annuler',
  },
} as const;

const IDEAS = [
  'Behind the scenes: the new mats',
  'Five-minute stretch for desk workers',
  'Teacher portrait: Léa',
];

for (const [language, theme] of [
  ['en', 'light'],
  ['fr', 'dark'],
] as const) {
  const ui = UI[language];
  test.describe(`ideas on the calendar (${language}, ${theme})`, () => {
    test('captures three ideas from anywhere, drags one onto Thursday as a draft, and undoes it', async ({
      app: page,
      host,
    }) => {
      test.slow();
      const studio = await seedStudio(host);
      await host.rpc('prefs.set', { language, theme });
      await openCalendarFromSidebar(page, ui.calendar);

      // The capture opens from any screen, with Ctrl+Shift+I: two actions an idea.
      for (const title of IDEAS) {
        await page.keyboard.press('Control+Shift+I');
        const dialog = page.getByRole('dialog', { name: ui.capture });
        await dialog.getByLabel(ui.idea, { exact: true }).fill(title);
        await page.keyboard.press('Enter');
        await expect(dialog).toHaveCount(0);
      }
      const tray = page.getByRole('region', { name: ui.tray });
      for (const title of IDEAS) await expect(tray.getByRole('button', { name: title })).toBeVisible();
      expect(await seriousA11yViolations(page)).toEqual([]);

      // Dropped on Thursday at 10:00: a draft there, with the idea's words, and the idea planned.
      await tray.getByRole('listitem').filter({ hasText: IDEAS[0] }).dragTo(cell(page, ui.thursdayAt10));
      await expect(page.getByText(ui.planned, { exact: true })).toBeVisible();
      const draft = card(page, IDEAS[0] as string);
      await expect(draft).toBeVisible();
      const [post] = await host.rpc('posts.list', {
        clientId: studio.clientId,
        from: WEEK.monday,
        to: WEEK.nextMonday,
      });
      expect(post).toMatchObject({ status: 'draft', caption: IDEAS[0] });
      const ideas = await host.rpc('ideas.list', { clientId: studio.clientId });
      expect(ideas.find((i) => i.title === IDEAS[0])).toMatchObject({
        status: 'planned',
        postIds: [post?.id],
      });

      // Undo takes the draft away and gives the idea its status back.
      await page.getByRole('button', { name: ui.undo }).click();
      await expect(draft).toHaveCount(0);
      await expect
        .poll(
          async () =>
            (await host.rpc('ideas.list', { clientId: studio.clientId })).find((i) => i.title === IDEAS[0])
              ?.status,
        )
        .toBe('new');

      // Dropped on the day's header, it takes the morning.
      await tray.getByRole('listitem').filter({ hasText: IDEAS[1] }).dragTo(dayHeader(page, ui.thursday));
      await expect(card(page, IDEAS[1] as string)).toBeVisible();
    });
  });
}
