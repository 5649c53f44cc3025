// @vitest-environment jsdom
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { App } from '../../../../../renderer/app/App.tsx';
import { fakeBackups } from '../../support/fake-backups.ts';
import { makeBackup, makeClient } from '../../support/fake-bridge.ts';
import { loadAllScreens } from '../../support/load-screens.ts';
import { renderWithApp } from '../../support/render-app.tsx';

// Noon UTC: the day is the same in any time zone the tests may run in.
const auto1 = makeBackup('2026-11-02T12:00:00.000Z', { size: 12_400_000 });
const auto2 = makeBackup('2026-11-03T12:00:00.000Z', { size: 12_500_000 });
const manual = makeBackup('2026-11-01T12:00:00.000Z', { kind: 'manual', size: 900_000 });
const beforeImport = makeBackup('2026-10-30T12:00:00.000Z', { kind: 'beforeImport' });

const backupsCard = () => screen.getByRole('region', { name: 'Backups' });

// The whole app: its screens' code first, as the idle prefetch would have it.
beforeAll(loadAllScreens, 60_000);

beforeEach(() => {
  window.location.hash = '#/settings';
});
afterEach(cleanup);

describe('the backups in the settings', () => {
  it('lists them newest first, with their date, why they were made and their size', async () => {
    const store = fakeBackups([manual, auto1, beforeImport, auto2]);
    renderWithApp(<App />, { handlers: store.handlers });

    await screen.findByRole('heading', { level: 2, name: 'Backups' });
    const rows = (await within(backupsCard()).findAllByRole('row')).slice(1);
    expect(rows.map((row) => row.textContent)).toEqual([
      expect.stringMatching(/^3 Nov 2026, \d\d:\d\dAutomatic12\.5 MB/),
      expect.stringMatching(/^2 Nov 2026, \d\d:\d\dAutomatic12\.4 MB/),
      expect.stringMatching(/^1 Nov 2026, \d\d:\d\dMade by you900 kB/),
      expect.stringMatching(/^30 Oct 2026, \d\d:\d\dBefore an import12\.4 MB/),
    ]);
    expect(within(backupsCard()).getByText('/data/backups')).toBeTruthy();
  });

  it('writes dates and sizes the French way in French', async () => {
    renderWithApp(<App />, {
      language: 'fr',
      prefs: { language: 'fr' },
      handlers: fakeBackups([auto1]).handlers,
    });
    const card = await screen.findByRole('region', { name: 'Sauvegardes' });
    const [, row] = await within(card).findAllByRole('row');
    expect(row?.textContent).toMatch(/^2 nov\. 2026, \d\d:\d\dAutomatique12,4[\u00a0\u202f]Mo/);
  });

  it('says when there is none yet, and when Calepin makes them', async () => {
    renderWithApp(<App />, { handlers: fakeBackups([]).handlers });
    const empty = (await screen.findByRole('heading', { name: 'No backup yet' })).closest('section');
    expect(empty?.textContent).toMatch(/Calepin makes one each time it starts and once a day/);
    expect(within(backupsCard()).queryByRole('table')).toBeNull();
  });

  it('makes one now: the button waits, a toast confirms, the new row appears', async () => {
    const user = userEvent.setup();
    const store = fakeBackups([auto1]);
    const { fake } = renderWithApp(<App />, { handlers: store.handlers });

    await user.click(await screen.findByRole('button', { name: 'Back up now' }));

    expect(
      await screen.findByText(`Backup made: 5 Nov 2026, ${timeOf('2026-11-05T12:00:00.000Z')}, 2.5 MB.`),
    ).toBeTruthy();
    expect(await within(backupsCard()).findByText('Made by you')).toBeTruthy();
    expect(fake.calls.filter((c) => c.method === 'backups.create')).toHaveLength(1);
  });

  it('shows that a backup is being made while it is', async () => {
    const user = userEvent.setup();
    let finish: () => void = () => {};
    const store = fakeBackups([auto1]);
    const create = store.handlers['backups.create'];
    renderWithApp(<App />, {
      handlers: {
        ...store.handlers,
        'backups.create': (input) =>
          new Promise((resolve) => {
            finish = () =>
              resolve(create?.(input) ?? { ok: false, error: { code: 'internal', message: '' } });
          }),
      },
    });

    await user.click(await screen.findByRole('button', { name: 'Back up now' }));
    const waiting = await screen.findByRole('button', { name: 'Backing up…' });
    expect((waiting as HTMLButtonElement).disabled).toBe(true);
    finish();
    expect(await screen.findByRole('button', { name: 'Back up now' })).toBeTruthy();
  });

  it('restores one after saying what will happen, then shows the restored data everywhere', async () => {
    const user = userEvent.setup();
    const store = fakeBackups([auto1, auto2]);
    let clients = [makeClient({ name: 'Atelier Rose' })];
    const restore = store.handlers['backups.restore'];
    const { fake } = renderWithApp(<App />, {
      handlers: {
        ...store.handlers,
        'clients.list': () => ({ ok: true, value: clients }),
        'backups.restore': (input) => {
          clients = [makeClient({ id: '0190a000-0000-7000-8000-000000000002', name: 'Studio Nord' })];
          return restore ? restore(input) : { ok: false, error: { code: 'internal', message: '' } };
        },
      },
    });
    // The list of clients is read once, and kept: only a reset of the cache can show the new one.
    window.location.hash = '#/clients';
    expect(await screen.findByRole('link', { name: 'Atelier Rose' })).toBeTruthy();
    window.location.hash = '#/settings';

    await user.click(await screen.findByRole('button', { name: /^Restore the backup of 2 Nov 2026/ }));
    const dialog = await screen.findByRole('alertdialog');
    expect(within(dialog).getByRole('heading').textContent).toMatch(
      /^Restore the backup of 2 Nov 2026, .*\?$/,
    );
    expect(dialog.textContent).toMatch(/All your current data .* will be replaced by the data of 2 Nov 2026/);
    expect(dialog.textContent).toMatch(/first saves a copy of your current data as a backup/);
    await user.click(within(dialog).getByRole('button', { name: 'Replace my data' }));

    expect(
      await screen.findByText(
        /^Restored the backup of 2 Nov 2026, .*; your previous data was saved as a backup\.$/,
      ),
    ).toBeTruthy();
    expect(await screen.findByRole('link', { name: 'Studio Nord' })).toBeTruthy();
    expect(screen.queryByRole('link', { name: 'Atelier Rose' })).toBeNull();
    expect(window.location.hash).toBe('#/clients');
    expect(store.restored).toEqual([auto1.name]);
    expect(fake.calls.filter((c) => c.method === 'backups.restore')).toHaveLength(1);
  });

  it('restores nothing when the confirmation is cancelled', async () => {
    const user = userEvent.setup();
    const store = fakeBackups([auto1]);
    const { fake } = renderWithApp(<App />, { handlers: store.handlers });
    await user.click(await screen.findByRole('button', { name: /^Restore the backup of/ }));
    await user.click(within(await screen.findByRole('alertdialog')).getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(screen.queryByRole('alertdialog')).toBeNull());
    expect(fake.calls.some((c) => c.method === 'backups.restore')).toBe(false);
    expect(window.location.hash).toBe('#/settings');
  });

  it('says why a backup could not be restored, in the user’s words', async () => {
    const user = userEvent.setup();
    renderWithApp(<App />, {
      handlers: {
        ...fakeBackups([auto1]).handlers,
        'backups.restore': () => ({
          ok: false,
          error: {
            code: 'invalid_input',
            message: 'damaged',
            issues: [{ path: ['file'], code: 'damagedFile' }],
          },
        }),
      },
    });
    await user.click(await screen.findByRole('button', { name: /^Restore the backup of/ }));
    await user.click(
      within(await screen.findByRole('alertdialog')).getByRole('button', { name: 'Replace my data' }),
    );
    expect(
      await screen.findByText(
        /^The backup of 2 Nov 2026, .* was not restored: This file is damaged and cannot be used\. Your data has not changed\.$/,
      ),
    ).toBeTruthy();
    expect(window.location.hash).toBe('#/settings');
  });

  it('deletes a backup the user owns after asking, but offers no delete for automatic ones', async () => {
    const user = userEvent.setup();
    const store = fakeBackups([auto1, manual]);
    renderWithApp(<App />, { handlers: store.handlers });
    await screen.findByRole('button', { name: /^Restore the backup of 1 Nov 2026/ });

    expect(screen.queryByRole('button', { name: /^Delete the backup of 2 Nov 2026/ })).toBeNull();
    await user.click(screen.getByRole('button', { name: /^Delete the backup of 1 Nov 2026/ }));
    const dialog = await screen.findByRole('alertdialog');
    expect(dialog.textContent).toMatch(/gone for good/);
    await user.click(within(dialog).getByRole('button', { name: 'Delete the backup' }));

    expect(await screen.findByText(/^Backup of 1 Nov 2026, .* deleted\.$/)).toBeTruthy();
    await waitFor(() => expect(within(backupsCard()).queryByText('Made by you')).toBeNull());
    expect(store.names()).toEqual([auto1.name]);
  });

  it('keeps more automatic backups at once, and asks before keeping fewer than there are', async () => {
    const user = userEvent.setup();
    const oldest = makeBackup('2026-10-31T12:00:00.000Z');
    const store = fakeBackups([oldest, auto1, auto2, manual]);
    renderWithApp(<App />, { handlers: store.handlers });
    const select = await screen.findByRole('combobox', { name: 'Automatic backups to keep' });
    expect((select as HTMLSelectElement).value).toBe('10');

    await user.selectOptions(select, 'The last 20');
    await waitFor(() => expect(store.keep()).toBe(20));
    expect(screen.queryByRole('alertdialog')).toBeNull();

    await user.selectOptions(select, 'Only the latest');
    const dialog = await screen.findByRole('alertdialog');
    expect(within(dialog).getByRole('heading').textContent).toBe('Keep only the latest automatic backup?');
    expect(dialog.textContent).toMatch(/The 2 oldest automatic backups will be deleted now/);
    await user.click(within(dialog).getByRole('button', { name: 'Delete the oldest' }));

    await waitFor(() => expect(store.keep()).toBe(1));
    await waitFor(() => expect(within(backupsCard()).getAllByText('Automatic')).toHaveLength(1));
    expect(store.names()).toEqual([auto2.name, manual.name]);
    expect((select as HTMLSelectElement).value).toBe('1');
  });

  it('keeps the count as it was when the user cancels', async () => {
    const user = userEvent.setup();
    const store = fakeBackups([auto1, auto2]);
    renderWithApp(<App />, { handlers: store.handlers });
    const select = await screen.findByRole('combobox', { name: 'Automatic backups to keep' });
    await user.selectOptions(select, 'Only the latest');
    await user.click(within(await screen.findByRole('alertdialog')).getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect((select as HTMLSelectElement).value).toBe('10'));
    expect(store.keep()).toBe(10);
  });
});

/** The local wall-clock time of an instant, as the list shows it. */
function timeOf(iso: string): string {
  const d = new Date(iso);
  return `${String(d.getHours()).padStart(2, '0')}:${String(d.getMinutes()).padStart(2, '0')}`;
}
