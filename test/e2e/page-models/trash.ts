// Page model: the trash, where deleted clients, channels and posts wait to be restored.
import type { Locator, Page } from '@playwright/test';

/** The trash's empty state, once everything in it was restored or deleted forever. */
export const emptyTrash = (page: Page): Locator => page.getByRole('heading', { name: 'The trash is empty' });

/** Restores one item by its label ("@studio.yoga"), as its row's button names it. */
export const restoreFromTrash = (page: Page, label: string) =>
  page.getByRole('button', { name: `Restore ${label}` }).click();

/** Deletes one item forever, confirming the question the app asks first. */
export async function deleteForever(page: Page, label: string) {
  await page.getByRole('button', { name: `Delete forever ${label}` }).click();
  await page.getByRole('alertdialog').getByRole('button', { name: 'Delete forever' }).click();
}
