// Page model: the sidebar, always on screen (its links, the client switcher).
import { expect, type Locator, type Page } from '@playwright/test';

export const nav = (page: Page, area: 'Clients' | 'Trash' | 'Settings') =>
  page.getByRole('navigation').getByRole('link', { name: area, exact: true }).click();

/** Opens a client through the switcher, as a user jumping between clients would. */
export async function openClient(page: Page, name: string) {
  await page.getByRole('button', { name: /^Switch client/ }).click();
  await page.getByRole('menuitemradio', { name }).click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
}

/** A link of the sidebar, by its words ("Audience", "Numbers", "KPIs", "Chiffres"…). */
export const sidebar = (page: Page, name: string): Locator =>
  page.getByRole('navigation').getByRole('link', { name, exact: true });
