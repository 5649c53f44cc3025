// @vitest-environment jsdom
import { cleanup, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { App } from '../../../../renderer/app/App.tsx';
import type { TrashItem } from '../../../../shared/domain/trash.ts';
import type { FakeHandlers } from '../support/fake-bridge.ts';
import { makeClient } from '../support/fake-bridge.ts';
import { loadAllScreens } from '../support/load-screens.ts';
import { renderWithApp } from '../support/render-app.tsx';

const client = makeClient({ name: 'Studio Yoga' });
const other = makeClient({ id: '0190a000-0000-7000-8000-000000000009', name: 'Cabinet Conseil' });
const item: TrashItem = {
  type: 'client',
  id: client.id,
  label: client.name,
  network: null,
  clientName: null,
  deletedAt: '2026-11-02T10:00:00.000Z',
};

/** A two-client workspace in which Studio Yoga can be deleted and restored. */
function workspace(): FakeHandlers {
  let deleted = false;
  const live = () => (deleted ? [other] : [client, other]);
  return {
    'clients.list': () => ({ ok: true, value: live() }),
    'clients.get': ({ id }) => {
      const found = live().find((c) => c.id === id);
      return found ? { ok: true, value: found } : { ok: false, error: { code: 'not_found', message: 'x' } };
    },
    'clients.delete': () => {
      deleted = true;
      return { ok: true, value: item };
    },
    'trash.restoreMany': () => {
      deleted = false;
      return { ok: true, value: [item] };
    },
  };
}

// The whole app: its screens' code first, as the idle prefetch would have it.
beforeAll(loadAllScreens, 60_000);

beforeEach(() => {
  window.location.hash = `#/clients/${client.id}`;
});
afterEach(cleanup);

describe('undoing the deletion of a client', () => {
  it('brings the user back to its page from the toast’s Undo, and remembers it again', async () => {
    const user = userEvent.setup();
    const { fake } = renderWithApp(<App />, { handlers: workspace(), prefs: { lastClientId: client.id } });
    await screen.findByRole('heading', { level: 1, name: 'Studio Yoga' });

    await user.click(screen.getByRole('button', { name: 'Delete' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Clients' })).toBeTruthy();
    await waitFor(() => expect(fake.prefs().lastClientId).toBeNull());

    await user.click(screen.getByRole('button', { name: 'Undo' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Studio Yoga' })).toBeTruthy();
    expect(window.location.hash).toBe(`#/clients/${client.id}`);
    await waitFor(() => expect(fake.prefs().lastClientId).toBe(client.id));
  });

  it('does the same with Ctrl+Z', async () => {
    const user = userEvent.setup();
    renderWithApp(<App />, { handlers: workspace() });
    await user.click(await screen.findByRole('button', { name: 'Delete' }));
    await screen.findByRole('heading', { level: 1, name: 'Clients' });

    await user.keyboard('{Control>}z{/Control}');

    expect(await screen.findByRole('heading', { level: 1, name: 'Studio Yoga' })).toBeTruthy();
  });
});
