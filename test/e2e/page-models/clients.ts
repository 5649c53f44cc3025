// Page model: the client list (a new client) and a client's page (its channels).
import { expect, type Page } from '@playwright/test';

/** What a user does often, spelled the way they would do it (English UI). */
export async function createClientViaUi(page: Page, name: string, options: { timeZone?: string } = {}) {
  // The welcome screen's button for a first client, the list's for the next ones: whichever shows.
  await page
    .getByRole('button', { name: /^(Add your first client|New client)$/ })
    .first()
    .click();
  const dialog = page.getByRole('dialog', { name: 'New client' });
  await dialog.getByLabel('Name', { exact: true }).fill(name);
  if (options.timeZone) {
    await dialog.getByRole('combobox', { name: 'Time zone' }).fill(options.timeZone);
    // Each option shows the zone and today's offset ("Europe/Paris UTC+1").
    await page.getByRole('option', { name: new RegExp(`^${options.timeZone} `) }).click();
  }
  await dialog.getByRole('button', { name: 'Create client' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
}

export async function addChannelViaUi(
  page: Page,
  channel: { network: string; handle: string; url?: string },
) {
  await page.getByRole('button', { name: 'New channel', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'New channel' });
  await dialog.getByLabel('Network', { exact: true }).selectOption({ label: channel.network });
  await dialog.getByLabel('Handle', { exact: true }).fill(channel.handle);
  if (channel.url) await dialog.getByLabel('Address (URL)').fill(channel.url);
  await dialog.getByRole('button', { name: 'Add channel' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('cell', { name: channel.handle, exact: true })).toBeVisible();
}
