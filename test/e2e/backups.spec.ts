import { clientInput } from '../support/seeds/inputs.ts';
import { expect, seriousA11yViolations, test } from './fixtures.ts';
import { startHost } from './host.ts';
import { backupRows, importWorkspaceFile, openSettings } from './page-models/settings.ts';

/** Backups and the workspace file, as a user meets them in Settings. */

test('back up now, change things, restore the backup: the data is back and the previous state is kept', async ({
  app: page,
  host,
}) => {
  await host.rpc('prefs.set', { language: 'en' });
  await host.rpc('clients.create', clientInput({ name: 'Boulangerie Martin' }));
  // Through the sidebar: the first page load may still be settling on its home route.
  await page.reload();
  await openSettings(page, 'en');
  await page.getByRole('button', { name: 'Back up now' }).click();
  await expect(page.getByText(/^Backup made:/).first()).toBeVisible();
  const made = backupRows(page, 'Made by you');
  await expect(made).toHaveCount(1);

  await host.rpc('clients.create', clientInput({ name: 'Fromagerie Dupont' }));
  await made.getByRole('button', { name: /Restore/ }).click();
  await page.getByRole('alertdialog').getByRole('button', { name: 'Replace my data' }).click();
  await expect(page.getByText(/your previous data was saved as a backup/).first()).toBeVisible();
  // The app starts over on the restored data, at home; the safety copy is in the list.
  await expect(page).toHaveURL(/#\/clients$/);
  await openSettings(page, 'en');
  await expect(backupRows(page, 'Before a restore')).toHaveCount(1);

  const names = (await host.rpc('clients.list', undefined)).map((c) => c.name);
  expect(names).toEqual(['Boulangerie Martin']);
  expect(await seriousA11yViolations(page)).toEqual([]);
  await page.getByRole('link', { name: 'Clients' }).click();
  await expect(page.getByText('Boulangerie Martin').first()).toBeVisible();
  await expect(page.getByText('Fromagerie Dupont')).toHaveCount(0);
});

test('tout exporter puis importer le fichier sur une installation neuve, en français', async ({
  app: page,
  host,
  browser,
}) => {
  await host.rpc('prefs.set', { language: 'fr', theme: 'dark' });
  const client = await host.rpc('clients.create', clientInput({ name: 'Boulangerie Martin' }));
  await host.rpc('channels.create', {
    clientId: client.id,
    network: 'instagram',
    handle: '@boulangerie.martin',
    url: '',
  });
  // Through the sidebar: the first page load may still be settling on its home route.
  await page.reload();
  await openSettings(page, 'fr');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Tout exporter' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^Calepin-\d{4}-\d{2}-\d{2}\.calepin$/);
  const file = await download.path();

  const fresh = await startHost();
  try {
    await fresh.rpc('prefs.set', { language: 'fr' });
    const other = await browser.newPage();
    await other.goto(fresh.url);
    await openSettings(other, 'fr');
    await importWorkspaceFile(other, 'fr', file);
    await expect(other.getByText(/^Espace de travail importé\s*:\s*1 client/).first()).toBeVisible();
    const channels = await fresh.rpc('channels.list', { clientId: client.id });
    expect(channels.map((c) => c.handle)).toEqual(['@boulangerie.martin']);
    await other.close();
  } finally {
    await fresh.stop();
  }
});

test('a file that is not a workspace file is refused with a plain message, and nothing changes', async ({
  app: page,
  host,
}) => {
  await host.rpc('prefs.set', { language: 'en' });
  await host.rpc('clients.create', clientInput({ name: 'À garder' }));
  // Through the sidebar: the first page load may still be settling on its home route.
  await page.reload();
  await openSettings(page, 'en');
  await importWorkspaceFile(page, 'en', {
    name: 'notes.calepin',
    mimeType: 'application/octet-stream',
    buffer: Buffer.from('Pas un fichier Calepin du tout.\n'.repeat(20)),
  });
  await expect(page.getByText(/“notes\.calepin” was not imported/).first()).toBeVisible();
  expect((await host.rpc('clients.list', undefined)).map((c) => c.name)).toEqual(['À garder']);
});
