import { expect, test } from './fixtures.ts';
import { addChannelViaUi, createClientViaUi } from './page-models/clients.ts';
import { openClient } from './page-models/sidebar.ts';

test('a new user creates a client and two channels, reloads and finds them', async ({ app: page, host }) => {
  await expect(page.getByRole('heading', { name: 'Welcome to Calepin' })).toBeVisible();

  await createClientViaUi(page, 'Boulangerie Martin', { timeZone: 'Europe/Paris' });
  await expect(page.getByRole('heading', { name: 'No channels yet' })).toBeVisible();

  await addChannelViaUi(page, {
    network: 'Instagram',
    handle: '@boulangerie.martin',
    url: 'https://instagram.com/boulangerie.martin',
  });
  await addChannelViaUi(page, { network: 'LinkedIn', handle: 'Boulangerie Martin SARL' });

  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Boulangerie Martin' })).toBeVisible();
  await expect(page.getByRole('cell', { name: '@boulangerie.martin', exact: true })).toBeVisible();
  await expect(page.getByRole('cell', { name: 'Boulangerie Martin SARL', exact: true })).toBeVisible();
  await expect(page.getByText('Europe/Paris').first()).toBeVisible();

  // The page shows what is really in the data file.
  const [client] = await host.rpc('clients.list', undefined);
  expect(client).toMatchObject({ name: 'Boulangerie Martin', timeZone: 'Europe/Paris', channelCount: 2 });
  const channels = await host.rpc('channels.list', { clientId: client?.id ?? '' });
  expect(channels.map((c) => [c.network, c.kind, c.handle, c.url])).toEqual([
    ['instagram', 'networking', '@boulangerie.martin', 'https://instagram.com/boulangerie.martin'],
    ['linkedin', 'networking', 'Boulangerie Martin SARL', ''],
  ]);
});

test('the client switcher lists clients with their colours and opens the chosen one', async ({
  app: page,
  host,
}) => {
  await host.rpc('clients.create', { name: 'Studio Yoga', color: '#29A36A', timeZone: 'Europe/Paris' });
  await host.rpc('clients.create', {
    name: 'Cabinet Conseil',
    color: '#2E86AB',
    timeZone: 'America/Montreal',
  });
  await page.reload();

  await openClient(page, 'Studio Yoga');
  await openClient(page, 'Cabinet Conseil');
  await expect(page.getByText('America/Montreal').first()).toBeVisible();

  // The last client is remembered across a restart of the page.
  await page.goto(host.url);
  await expect(page.getByRole('heading', { level: 1, name: 'Cabinet Conseil' })).toBeVisible();
});
