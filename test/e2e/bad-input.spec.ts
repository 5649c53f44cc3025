import { expect, test } from './fixtures.ts';
import { openClient } from './page-models/sidebar.ts';

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

for (const { language, button, dialogName, create, message } of [
  {
    language: 'en' as const,
    button: 'New client',
    dialogName: 'New client',
    create: 'Create client',
    message: /Invisible direction characters/,
  },
  {
    language: 'fr' as const,
    button: 'Nouveau client',
    dialogName: 'Nouveau client',
    create: 'Créer le client',
    message: /caractères invisibles de sens d’écriture/,
  },
]) {
  test(`a client name hiding a right-to-left override is refused and explained (${language})`, async ({
    app: page,
    host,
  }) => {
    await host.rpc('prefs.set', { language });
    await host.rpc('clients.create', { name: 'Studio Yoga', color: '#29A36A', timeZone: 'Europe/Paris' });
    await page.reload();
    await page.getByRole('button', { name: button, exact: true }).first().click();
    const dialog = page.getByRole('dialog', { name: dialogName });
    // Shown as "Boulangerie live.com", it holds "moc.evil" reversed by U+202E.
    await dialog
      .getByLabel(language === 'en' ? 'Name' : 'Nom', { exact: true })
      .fill('Boulangerie \u202emoc.evil');
    await dialog.getByRole('button', { name: create }).click();
    await expect(dialog.getByText(message)).toBeVisible();
    expect((await host.rpc('clients.list', { includeArchived: true })).map((c) => c.name)).toEqual([
      'Studio Yoga',
    ]);
  });
}
