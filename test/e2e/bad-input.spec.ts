import { expect, test } from './fixtures.ts';
import { openClient } from './pages.ts';

test('a channel address that is not http(s) is refused with a clear message and nothing is saved', async ({
  app: page,
  host,
}) => {
  const client = await host.rpc('clients.create', {
    name: 'Studio Yoga',
    color: '#29A36A',
    timeZone: 'Europe/Paris',
  });
  await page.reload();
  await openClient(page, 'Studio Yoga');
  await page.getByRole('button', { name: 'New channel', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'New channel' });
  await dialog.getByLabel('Handle', { exact: true }).fill('@studio');
  await dialog.getByLabel('Address (URL)').fill('javascript:alert(1)');
  await dialog.getByRole('button', { name: 'Add channel' }).click();

  await expect(dialog).toBeVisible();
  await expect(dialog.getByText(/http/i).first()).toBeVisible();
  await expect(dialog.getByLabel('Address (URL)')).toHaveAttribute('aria-invalid', 'true');
  // What the user typed is still there to correct.
  await expect(dialog.getByLabel('Handle', { exact: true })).toHaveValue('@studio');
  expect(await host.rpc('channels.list', { clientId: client.id })).toEqual([]);

  await dialog.getByLabel('Address (URL)').fill('https://instagram.com/studio');
  await dialog.getByRole('button', { name: 'Add channel' }).click();
  await expect(dialog).toBeHidden();
  expect((await host.rpc('channels.list', { clientId: client.id })).map((c) => c.url)).toEqual([
    'https://instagram.com/studio',
  ]);
});

test('a client without a name, or with a name too long, is refused in the language of the UI', async ({
  app: page,
  host,
}) => {
  await page.getByRole('button', { name: 'Add your first client' }).click();
  const dialog = page.getByRole('dialog', { name: 'New client' });
  await dialog.getByLabel('Name', { exact: true }).fill('x'.repeat(81));
  await dialog.getByRole('button', { name: 'Create client' }).click();
  await expect(dialog.getByText(/80/)).toBeVisible();
  await expect(dialog.getByLabel('Name', { exact: true })).toHaveAttribute('aria-invalid', 'true');
  expect(await host.rpc('clients.list', { includeArchived: true })).toEqual([]);
});
