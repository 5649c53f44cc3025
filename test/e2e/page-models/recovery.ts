// Page model: the recovery screen shown instead of the app when the data file cannot be used.
import type { Locator, Page } from '@playwright/test';

/** The screen's title, which names the problem ("Calepin could not read its data file"). */
export const problemTitle = (page: Page, words: string): Locator =>
  page.getByRole('heading', { name: words });

/** The way out most users take; its name also tells the backup's date. */
export const restoreLatestBackup = (page: Page): Locator =>
  page.getByRole('button', { name: /Restore the latest backup/ });
