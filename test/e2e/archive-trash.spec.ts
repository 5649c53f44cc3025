import { expect, test } from './fixtures.ts';
import { nav, openClient } from './page-models/sidebar.ts';
import { deleteForever, emptyTrash, restoreFromTrash } from './page-models/trash.ts';

test.beforeEach(async ({ host }) => {
  const client = await host.rpc('clients.create', {
    name: 'Studio Yoga',
    color: '#29A36A',
    timeZone: 'Europe/Paris',
  });
  await host.rpc('channels.create', { clientId: client.id, network: 'instagram', handle: '@studio.yoga' });
  await host.rpc('clients.create', { name: 'Cabinet Conseil', color: '#2E86AB', timeZone: 'Europe/Paris' });
});

test('archives a client out of the way and brings it back', async ({ app: page }) => {
  await nav(page, 'Clients');
  await page.getByRole('link', { name: 'Studio Yoga' }).first().click();
  await page.getByRole('button', { name: 'Archive', exact: true }).click();
  await expect(page.getByRole('button', { name: 'Unarchive', exact: true })).toBeVisible();

  await nav(page, 'Clients');
  const list = page.getByRole('main');
  await expect(list.getByText('Studio Yoga')).toBeHidden();
  await expect(list.getByText('Cabinet Conseil')).toBeVisible();

  await page.getByRole('checkbox', { name: 'Show archived clients' }).check();
  await list.getByRole('link', { name: 'Studio Yoga' }).click();
  await page.getByRole('button', { name: 'Unarchive', exact: true }).click();
  await expect(page.getByRole('button', { name: 'Archive', exact: true })).toBeVisible();

  await nav(page, 'Clients');
  await page.getByRole('checkbox', { name: 'Show archived clients' }).uncheck();
  await expect(page.getByRole('main').getByText('Studio Yoga')).toBeVisible();
});

test('undoes the deletion of a client from the toast', async ({ app: page, host }) => {
  await openClient(page, 'Studio Yoga');
  await page.getByRole('button', { name: 'Delete', exact: true }).click();
  await expect(page.getByText('Client “Studio Yoga” moved to the trash', { exact: true })).toBeVisible();
  expect((await host.rpc('trash.list', undefined)).map((i) => i.label)).toEqual(['Studio Yoga']);

  await page.getByRole('button', { name: 'Undo', exact: true }).click();
  await expect.poll(async () => (await host.rpc('trash.list', undefined)).length).toBe(0);
  const restored = (await host.rpc('clients.list', undefined)).find((c) => c.name === 'Studio Yoga');
  expect(restored?.channelCount).toBe(1);
});

test('deletes a channel, finds it in the trash, restores it, and deletes another forever', async ({
  app: page,
  host,
}) => {
  await openClient(page, 'Studio Yoga');
  await page.getByRole('button', { name: 'Delete @studio.yoga' }).click();
  await expect(page.getByRole('cell', { name: '@studio.yoga', exact: true })).toBeHidden();

  await nav(page, 'Trash');
  await restoreFromTrash(page, '@studio.yoga');
  await expect(emptyTrash(page)).toBeVisible();
  await openClient(page, 'Studio Yoga');
  await expect(page.getByRole('cell', { name: '@studio.yoga', exact: true })).toBeVisible();

  await openClient(page, 'Cabinet Conseil');
  await page.getByRole('button', { name: 'Delete', exact: true }).click();
  // Deleting the client on screen takes the user back to the list: wait for it before moving on.
  await expect(page.getByRole('heading', { level: 1, name: 'Clients' })).toBeVisible();
  await nav(page, 'Trash');
  await deleteForever(page, 'Cabinet Conseil');
  await expect(emptyTrash(page)).toBeVisible();
  expect((await host.rpc('clients.list', { includeArchived: true })).map((c) => c.name)).toEqual([
    'Studio Yoga',
  ]);
});
