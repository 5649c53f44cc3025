import { expect, test } from './fixtures.ts';
import { openSettings } from './page-models/settings.ts';
import { nav } from './page-models/sidebar.ts';

test('switches to French at once, remembers it, and switches back to English', async ({ app: page }) => {
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await nav(page, 'Settings');
  await page.getByRole('radio', { name: 'Français' }).check();
  await expect(page.getByRole('heading', { level: 1, name: 'Réglages' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');

  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Réglages' })).toBeVisible();
  await expect(page.getByRole('navigation').getByRole('link', { name: 'Corbeille' })).toBeVisible();

  await page.getByRole('radio', { name: 'English' }).check();
  await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
});

test.describe('on a French system', () => {
  test.use({ locale: 'fr-FR' });

  test('opens in French and says what to do first', async ({ app: page }) => {
    await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
    await expect(page.getByRole('heading', { name: 'Bienvenue dans Calepin' })).toBeVisible();
    await page.getByRole('button', { name: 'Ajouter votre premier client' }).click();
    const dialog = page.getByRole('dialog', { name: 'Nouveau client' });
    await dialog.getByLabel('Nom', { exact: true }).fill('Boulangerie Martin');
    await dialog.getByRole('button', { name: 'Créer le client' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Boulangerie Martin' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Nouveau canal', exact: true })).toBeVisible();
  });

  test('switches to English and back to French', async ({ app: page }) => {
    await openSettings(page, 'fr');
    await page.getByRole('radio', { name: 'English' }).check();
    await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await page.reload();
    await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();

    await page.getByRole('radio', { name: 'Français' }).check();
    await expect(page.getByRole('heading', { level: 1, name: 'Réglages' })).toBeVisible();
    // "System language" goes back to following the system, which is French here.
    await page.getByRole('radio', { name: 'Langue du système' }).check();
    await page.reload();
    await expect(page.getByRole('heading', { level: 1, name: 'Réglages' })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  });
});

test('follows the system theme until the user picks one, and remembers the choice', async ({ app: page }) => {
  const background = () =>
    page
      .locator('body')
      .evaluate((body) => body.ownerDocument.defaultView?.getComputedStyle(body).backgroundColor);
  const light = await background();

  await page.emulateMedia({ colorScheme: 'dark' });
  await expect.poll(background).not.toBe(light);
  const dark = await background();

  await nav(page, 'Settings');
  await page.getByRole('radio', { name: 'Light', exact: true }).check();
  await expect.poll(background).toBe(light);
  await page.reload();
  await expect.poll(background).toBe(light);

  await page.getByRole('radio', { name: 'Dark', exact: true }).check();
  await page.emulateMedia({ colorScheme: 'light' });
  await expect.poll(background).toBe(dark);
});
