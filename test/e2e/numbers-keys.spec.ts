import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { gridCells, gridRow, numbersGrid, openNumbersLastWeek } from './page-models/numbers.ts';
import { LOGGED, STUDIO_CAPTIONS, seedNumbersStudio } from './page-models/seed.ts';
import { sidebar } from './page-models/sidebar.ts';

/**
 * Logging last week's 5 posts × 6 numbers (impressions, reach, reactions, comments, shares, saves)
 * from the keyboard, counted as the spreadsheet it is measured against: each number typed is one
 * action (whatever its digits), each key pressed is one. A spreadsheet needs 30 numbers + one key
 * after each (Tab along a row, Enter at its end, which brings the cursor back to the row's first
 * column) = 60. Putting the cursor on the first cell (one click, in both) is not counted.
 */
const SPREADSHEET = 30 + 30;

class Counted {
  actions = 0;
  private readonly page: Page;
  constructor(page: Page) {
    this.page = page;
  }
  async number(value: number) {
    await this.page.keyboard.type(String(value));
    this.actions += 1;
  }
  async press(key: string) {
    await this.page.keyboard.press(key);
    this.actions += 1;
  }
}

interface Ui {
  language: 'en' | 'fr';
  previousWeek: string;
  saved: string;
  columns: RegExp;
  hide: readonly string[];
  linkClicks: string;
  cheatSheet: string;
  gridKeys: string;
  enterKey: string;
  rate: string;
  byChannel: string;
  kpis: string;
}

const UIS: readonly Ui[] = [
  {
    language: 'en',
    previousWeek: 'Previous week',
    saved: 'All numbers saved',
    columns: /^Columns/,
    hide: ['Link clicks', 'Profile visits', 'Video views'],
    linkClicks: 'Link clicks',
    cheatSheet: 'Keyboard shortcuts',
    gridKeys: 'In the Numbers grid',
    rate: 'Engagement rate (by reach)',
    byChannel: 'By channel',
    kpis: 'KPIs',
    enterKey: 'Down; after a run of Tab, the next post where the run began; at the bottom, the next column',
  },
  {
    language: 'fr',
    previousWeek: 'Semaine précédente',
    saved: 'Tous les chiffres sont enregistrés',
    columns: /^Colonnes/,
    hide: ['Clics sur le lien', 'Visites du profil', 'Vues de la vidéo'],
    linkClicks: 'Clics sur le lien',
    cheatSheet: 'Raccourcis clavier',
    gridKeys: 'Dans la grille des chiffres',
    rate: 'Taux d’engagement (sur la portée)',
    byChannel: 'Par compte',
    kpis: 'Indicateurs',
    enterKey:
      'Descendre\u00a0; après une série de Tab, la publication suivante, colonne de départ\u00a0; en bas, la colonne suivante',
  },
];

/** Last week's grid, on Monday's first cell (one click, not counted). */
async function openLastWeek(page: Page, host: Parameters<typeof seedNumbersStudio>[0], ui: Ui) {
  await seedNumbersStudio(host, STUDIO_CAPTIONS[ui.language], { language: ui.language });
  const grid = await openNumbersLastWeek(page, ui.language);
  await gridCells(gridRow(grid, STUDIO_CAPTIONS[ui.language].published[0])).first().click();
  return grid;
}

/** Each post's first six cells read back the numbers typed, in the language's digits. */
async function expectLogged(page: Page, grid: Locator, ui: Ui) {
  await expect(page.getByRole('status').filter({ hasText: ui.saved })).toBeVisible();
  const digits = new Intl.NumberFormat(ui.language === 'fr' ? 'fr-FR' : 'en-GB');
  for (const [row, words] of STUDIO_CAPTIONS[ui.language].published.entries()) {
    const cells = gridCells(gridRow(grid, words));
    for (const [col, value] of (LOGGED[row] ?? []).entries())
      await expect(cells.nth(col)).toHaveText(digits.format(value));
  }
}

test.use({ viewport: { width: 1366, height: 768 } });

for (const ui of UIS) {
  test.describe(`logging 5 posts × 6 numbers (${ui.language})`, () => {
    test('Enter only, column by column: Enter at the last post goes on to the top of the next column', async ({
      app: page,
      host,
    }) => {
      const grid = await openLastWeek(page, host, ui);
      const keys = new Counted(page);
      for (let col = 0; col < 6; col += 1) {
        for (const row of LOGGED) {
          await keys.number(row[col] ?? 0);
          await keys.press('Enter');
        }
      }
      expect(keys.actions).toBe(60);
      expect(keys.actions).toBeLessThanOrEqual(SPREADSHEET);
      await expectLogged(page, grid, ui);
      // The last Enter went on to the top of the next column, ready for the link clicks.
      const monday = gridCells(gridRow(grid, STUDIO_CAPTIONS[ui.language].published[0]));
      await expect(monday.nth(6)).toBeFocused();
      await expect(grid.getByRole('columnheader').nth(7)).toHaveAccessibleName(ui.linkClicks);
    });

    test('Tab only, row by row: with the unlogged columns hidden, Tab after the last one goes to the next post', async ({
      app: page,
      host,
    }) => {
      const grid = await openLastWeek(page, host, ui);
      // Once per client: hide the columns this client's numbers do not include.
      await page.getByRole('button', { name: ui.columns }).click();
      for (const name of ui.hide) await page.getByRole('menuitemcheckbox', { name }).click();
      await page.keyboard.press('Escape');
      await expect(grid.getByRole('columnheader', { name: ui.linkClicks })).toHaveCount(0);
      await gridCells(gridRow(grid, STUDIO_CAPTIONS[ui.language].published[0])).first().click();

      const keys = new Counted(page);
      for (const row of LOGGED) {
        for (const value of row) {
          await keys.number(value);
          await keys.press('Tab');
        }
      }
      expect(keys.actions).toBe(60);
      expect(keys.actions).toBeLessThanOrEqual(SPREADSHEET);
      await expectLogged(page, grid, ui);

      // The choice is the client's: it is still there the next time the grid opens.
      await page.reload();
      await page.getByRole('button', { name: ui.previousWeek }).click();
      await expect(numbersGrid(page).getByRole('columnheader', { name: ui.linkClicks })).toHaveCount(0);
    });

    test('Tab along a row, Enter at its end: the next post starts in the first column, no Home; the keys are listed', async ({
      app: page,
      host,
    }) => {
      const grid = await openLastWeek(page, host, ui);
      const keys = new Counted(page);
      for (const row of LOGGED) {
        for (const [col, value] of row.entries()) {
          await keys.number(value);
          await keys.press(col === row.length - 1 ? 'Enter' : 'Tab');
        }
      }
      expect(keys.actions).toBe(SPREADSHEET);
      await expectLogged(page, grid, ui);

      // At 1366 px the engagement rate stays pinned to the right edge and the posts to the left,
      // wherever the numbers scroll.
      const rateHead = grid.getByRole('columnheader').last();
      await expect(rateHead).toContainText(ui.rate);
      await expect(rateHead).toBeInViewport();
      const monday = gridRow(grid, STUDIO_CAPTIONS[ui.language].published[0]);
      await gridCells(monday).first().click();
      await page.keyboard.press('End');
      await expect(gridCells(monday).nth(8)).toBeFocused();
      await expect(rateHead).toBeInViewport({ ratio: 1 });
      await expect(monday.getByRole('rowheader')).toBeInViewport({ ratio: 1 });
      await expect(gridCells(monday).last()).toBeInViewport({ ratio: 1 });

      // The keys are said under the grid and in the cheat-sheet that ? opens.
      await expect(grid).toHaveAccessibleDescription(/Tab/);
      await page.getByRole('heading', { level: 2 }).first().click();
      await page.keyboard.press('?');
      const sheet = page.getByRole('dialog', { name: ui.cheatSheet });
      await expect(sheet.getByRole('heading', { name: ui.gridKeys })).toBeVisible();
      await expect(sheet.getByText(ui.enterKey, { exact: true })).toBeVisible();
      await page.keyboard.press('Escape');

      // The dashboard's per-channel table holds its ten columns at 1366 px, the channel first.
      await sidebar(page, ui.kpis).click();
      const table = page.getByRole('table', { name: ui.byChannel, exact: true });
      await table.scrollIntoViewIfNeeded();
      expect(await table.evaluate((t) => t.scrollWidth <= (t.parentElement?.clientWidth ?? 0))).toBe(true);
      await expect(table.getByRole('row').nth(1).getByRole('cell').first()).toBeInViewport({ ratio: 1 });
      await expect(table.getByRole('columnheader').last()).toBeInViewport({ ratio: 1 });
    });
  });
}
