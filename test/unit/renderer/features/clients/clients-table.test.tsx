// @vitest-environment jsdom
import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ClientsPage } from '../../../../../renderer/features/clients/ClientsPage.tsx';
import { ClientsTable } from '../../../../../renderer/features/clients/clients-table-part.ts';
import { makeClient } from '../../support/fake-bridge.ts';
import { renderWithApp } from '../../support/render-app.tsx';

// The table's code, as the idle prefetch has it by the time a user has clients.
beforeAll(() => ClientsTable.preload(), 30_000);
afterEach(cleanup);

const id = (n: number) => `0190a000-0000-7000-8000-00000000001${n}`;
const clients = [
  makeClient({ id: id(1), name: 'Zoé Fleurs', timeZone: 'Europe/Paris', channelCount: 2 }),
  makeClient({ id: id(2), name: 'Électricien Dupont', timeZone: 'America/Montreal', channelCount: 10 }),
  makeClient({ id: id(3), name: 'atelier Rose', timeZone: 'Asia/Tokyo', channelCount: 1 }),
  makeClient({ id: id(4), name: 'Boulangerie Martin', timeZone: 'UTC', channelCount: 3 }),
];

const names = () => screen.getAllByRole('link').map((a) => a.textContent);
const header = (name: string) => screen.getByRole('columnheader', { name });

async function showTable(language: 'en' | 'fr' = 'en') {
  renderWithApp(<ClientsPage />, {
    language,
    handlers: { 'clients.list': () => ({ ok: true, value: clients }) },
  });
  await screen.findByRole('table');
}

describe('clients table', () => {
  it('lists clients by name in the UI language’s order, accents and case aside', async () => {
    await showTable('fr');
    expect(names()).toEqual(['atelier Rose', 'Boulangerie Martin', 'Électricien Dupont', 'Zoé Fleurs']);
    expect(header('Nom').getAttribute('aria-sort')).toBe('ascending');
  });

  it('sorts by the column whose header is pressed, and reverses on a second press', async () => {
    const user = userEvent.setup();
    await showTable();

    await user.click(within(header('Channels')).getByRole('button', { name: 'Channels' }));
    expect(names()).toEqual(['atelier Rose', 'Zoé Fleurs', 'Boulangerie Martin', 'Électricien Dupont']);
    expect(header('Channels').getAttribute('aria-sort')).toBe('ascending');
    expect(header('Name').hasAttribute('aria-sort')).toBe(false);

    await user.click(screen.getByRole('button', { name: 'Channels' }));
    expect(names()).toEqual(['Électricien Dupont', 'Boulangerie Martin', 'Zoé Fleurs', 'atelier Rose']);
    expect(header('Channels').getAttribute('aria-sort')).toBe('descending');

    await user.click(screen.getByRole('button', { name: 'Time zone' }));
    expect(names()).toEqual(['Électricien Dupont', 'atelier Rose', 'Zoé Fleurs', 'Boulangerie Martin']);
  });

  it('puts active clients before archived ones when sorted by status', async () => {
    const user = userEvent.setup();
    const withArchived = [makeClient({ id: id(5), name: 'Aaa Archivé', archived: true }), ...clients];
    renderWithApp(<ClientsPage />, {
      handlers: { 'clients.list': () => ({ ok: true, value: withArchived }) },
    });
    await user.click(await screen.findByRole('checkbox', { name: 'Show archived clients' }));

    await user.click(screen.getByRole('button', { name: 'Status' }));

    expect(names().at(-1)).toBe('Aaa Archivé');
    expect(screen.getByRole('link', { name: 'Aaa Archivé' }).getAttribute('href')).toBe(`#/clients/${id(5)}`);
  });
});
