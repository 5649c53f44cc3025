// @vitest-environment jsdom
import { cleanup, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { App } from '../../../../../renderer/app/App.tsx';
import { makeAppInfo } from '../../support/fake-bridge.ts';
import { loadAllScreens } from '../../support/load-screens.ts';
import { renderWithApp } from '../../support/render-app.tsx';

// The whole app: its screens' code first, as the idle prefetch would have it.
beforeAll(loadAllScreens, 60_000);

beforeEach(() => {
  window.location.hash = '#/settings';
});
afterEach(cleanup);

describe('settings', () => {
  it('switches the language at once, saves it and updates <html lang>', async () => {
    const user = userEvent.setup();
    const { fake } = renderWithApp(<App />, {
      handlers: {
        'app.info': () => ({ ok: true, value: makeAppInfo({ dataDir: '/d', dbPath: '/d/calepin.db' }) }),
      },
    });

    await user.click(await screen.findByRole('radio', { name: 'Français' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Réglages' })).toBeTruthy();
    await waitFor(() => expect(document.documentElement.lang).toBe('fr'));
    expect(fake.prefs().language).toBe('fr');

    await user.click(screen.getByRole('radio', { name: 'English' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Settings' })).toBeTruthy();
    await waitFor(() => expect(document.documentElement.lang).toBe('en'));
  });

  it('forces the dark theme when chosen', async () => {
    const user = userEvent.setup();
    const { fake } = renderWithApp(<App />);
    await user.click(await screen.findByRole('radio', { name: 'Dark' }));
    await waitFor(() => expect(document.documentElement.dataset.theme).toBe('dark'));
    expect(fake.prefs().theme).toBe('dark');
  });
});
