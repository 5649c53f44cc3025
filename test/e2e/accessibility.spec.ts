import { expect, seriousA11yViolations, test } from './fixtures.ts';
import { nav, openClient } from './page-models/sidebar.ts';

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`${colorScheme} theme`, () => {
    test.use({ colorScheme });

    test('axe finds no serious or critical violation on any screen', async ({ app: page, host }) => {
      // Nine full axe runs take a while on a two-core machine.
      test.slow();
      await expect(page.getByRole('heading', { name: 'Welcome to Calepin' })).toBeVisible();
      expect(await seriousA11yViolations(page), 'welcome').toEqual([]);

      const client = await host.rpc('clients.create', {
        name: 'Studio Yoga',
        color: '#29A36A',
        timeZone: 'Europe/Paris',
        notes: 'Ton chaleureux, tutoiement.',
      });
      await page.reload();
      await openClient(page, 'Studio Yoga');
      await expect(page.getByRole('heading', { name: 'No channels yet' })).toBeVisible();
      expect(await seriousA11yViolations(page), 'client without channels').toEqual([]);

      await host.rpc('channels.create', {
        clientId: client.id,
        network: 'instagram',
        handle: '@studio.yoga',
        url: 'https://instagram.com/studio.yoga',
      });
      await page.reload();
      await expect(page.getByRole('cell', { name: '@studio.yoga', exact: true })).toBeVisible();
      expect(await seriousA11yViolations(page), 'client page').toEqual([]);

      await page.getByRole('button', { name: 'New channel', exact: true }).click();
      await expect(page.getByRole('dialog', { name: 'New channel' })).toBeVisible();
      expect(await seriousA11yViolations(page), 'channel dialog').toEqual([]);
      await page.getByRole('button', { name: 'Cancel' }).click();

      await page.getByRole('button', { name: 'Edit', exact: true }).click();
      await expect(page.getByRole('dialog', { name: 'Edit client' })).toBeVisible();
      expect(await seriousA11yViolations(page), 'client dialog').toEqual([]);
      await page.getByRole('button', { name: 'Cancel' }).click();

      await nav(page, 'Clients');
      await expect(page.getByRole('heading', { level: 1, name: 'Clients' })).toBeVisible();
      expect(await seriousA11yViolations(page), 'clients').toEqual([]);

      await nav(page, 'Trash');
      await expect(page.getByRole('heading', { level: 1, name: 'Trash' })).toBeVisible();
      expect(await seriousA11yViolations(page), 'trash').toEqual([]);

      await nav(page, 'Settings');
      await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
      expect(await seriousA11yViolations(page), 'settings').toEqual([]);

      await page.keyboard.press('?');
      await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible();
      expect(await seriousA11yViolations(page), 'shortcuts').toEqual([]);
    });
  });
}
