// Page model: the Numbers screen, the grid where a post's metrics are logged.
import { expect, type Locator, type Page } from '@playwright/test';
import { sidebar } from './sidebar.ts';

/** The Numbers grid ("Numbers, 16 – 22 Nov 2026"). */
export const numbersGrid = (page: Page): Locator => page.getByRole('grid', { name: /^(Numbers|Chiffres), / });

const WORDS = {
  en: { numbers: 'Numbers', previousWeek: 'Previous week' },
  fr: { numbers: 'Chiffres', previousWeek: 'Semaine précédente' },
} as const;

/**
 * Last week's grid, opened from the sidebar as a user would after the test seeded it: the page
 * reloads first, since the screen it was on had already read the data.
 */
export async function openNumbersLastWeek(page: Page, language: 'en' | 'fr'): Promise<Locator> {
  await page.reload();
  await sidebar(page, WORDS[language].numbers).click();
  await page.getByRole('button', { name: WORDS[language].previousWeek }).click();
  return numbersGrid(page);
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A post's row in the grid, by the first words of its caption. */
export const gridRow = (grid: Locator, words: string): Locator =>
  grid
    .getByRole('row')
    .filter({ has: grid.page().getByRole('rowheader', { name: new RegExp(escapeRegExp(words)) }) });

/** A row's cells as a screen reader reads them: the 13 metrics, then the engagement rate. */
export const gridCells = (row: Locator): Locator => row.getByRole('gridcell');

/**
 * Waits for the row of a post that is neither a story nor paid to read: its first six numbers
 * (impressions, reach, reactions, comments, shares, saves), three blank cells, the four that do
 * not apply to it (story metrics, spend), then its engagement rate.
 */
export async function expectRow(
  grid: Locator,
  words: string,
  six: readonly string[],
  rate: string,
  notApplicable: string,
) {
  const na = notApplicable;
  await expect(gridCells(gridRow(grid, words))).toHaveText([...six, '', '', '', na, na, na, na, rate]);
}
