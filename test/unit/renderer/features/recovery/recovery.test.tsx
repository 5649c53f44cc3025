// @vitest-environment jsdom
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { App } from '../../../../../renderer/app/App.tsx';
import type { BackupInfo } from '../../../../../shared/domain/backup.ts';
import type { StartupProblem } from '../../../../../shared/domain/startup-problem.ts';
import { type FakeHandlers, makeAppInfo, makeBackup } from '../../support/fake-bridge.ts';
import { loadAllScreens } from '../../support/load-screens.ts';
import { renderWithApp } from '../../support/render-app.tsx';

const older = makeBackup('2026-11-02T12:00:00.000Z');
const latest = makeBackup('2026-11-03T12:00:00.000Z', { kind: 'manual' });
const damaged: StartupProblem = {
  kind: 'damaged',
  movedTo: '/data/calepin.db.damaged-20261104T090000Z',
  detail: 'file is not a database',
};

/**
 * The main process after a failed start: the info carries the problem until an action solves it.
 * `solves` says which methods open the data; a retry that does not answers with the problem again.
 */
function brokenStart(problem: StartupProblem, backups: BackupInfo[], solves: string[] = []) {
  let current: StartupProblem | null = problem;
  const info = () => makeAppInfo({ problem: current, schemaVersion: current ? null : 3 });
  const solve = (method: string) => {
    if (solves.includes(method)) current = null;
  };
  const handlers: FakeHandlers = {
    'app.info': () => ({ ok: true, value: info() }),
    'backups.list': () => ({ ok: true, value: { items: backups, keep: 10, folder: '/data/backups' } }),
    'backups.restore': ({ name }) => {
      solve('backups.restore');
      return { ok: true, value: { name, savedCurrentAs: null } };
    },
    'recovery.startEmpty': () => {
      solve('recovery.startEmpty');
      return { ok: true, value: info() };
    },
    'recovery.retry': () => {
      solve('recovery.retry');
      return { ok: true, value: info() };
    },
  };
  return { handlers, solveNext: (method: string) => solves.push(method) };
}

const shell = () => screen.queryByRole('navigation', { name: 'Main navigation' });

// The whole app: its screens' code first, as the idle prefetch would have it.
beforeAll(loadAllScreens, 60_000);

beforeEach(() => {
  window.location.hash = '#/clients';
});
afterEach(cleanup);

describe('the screen shown when the data file could not be opened', () => {
  it('explains a damaged file, where it went, and restores the latest backup to reach the app', async () => {
    const user = userEvent.setup();
    const start = brokenStart(damaged, [latest, older], ['backups.restore']);
    const { fake } = renderWithApp(<App />, { handlers: start.handlers });

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Calepin could not read its data file' }),
    ).toBeTruthy();
    expect(screen.getByText(/It was moved aside, not deleted\./)).toBeTruthy();
    expect(screen.getByText(damaged.movedTo)).toBeTruthy();
    expect(screen.getByText('file is not a database')).toBeTruthy();
    expect(shell()).toBeNull();
    const others = await screen.findByRole('region', { name: 'Other backups' });
    expect(within(others).getByRole('button', { name: /^Restore the backup of 2 Nov 2026/ })).toBeTruthy();
    expect(within(others).queryByText(/3 Nov 2026/)).toBeNull();

    await user.click(
      screen.getByRole('button', { name: /^Restore the latest backup \(3 Nov 2026, \d\d:\d\d\)$/ }),
    );

    await waitFor(() => expect(shell()).not.toBeNull());
    expect(await screen.findByText(/^Restored the backup of 3 Nov 2026, \d\d:\d\d\.$/)).toBeTruthy();
    expect(fake.calls.filter((c) => c.method === 'backups.restore').map((c) => c.input)).toEqual([
      { name: latest.name },
    ]);
    expect(screen.queryByRole('heading', { name: 'Calepin could not read its data file' })).toBeNull();
  });

  it('asks nothing about the data while the problem stands: no sidebar, no screen behind', async () => {
    const { fake } = renderWithApp(<App />, { handlers: brokenStart(damaged, [latest]).handlers });
    await screen.findByRole('heading', { level: 1, name: 'Calepin could not read its data file' });
    const asked = new Set(fake.calls.map((c) => c.method));
    expect([...asked].sort()).toEqual(['app.info', 'backups.list', 'prefs.get']);
  });

  it('restores an older backup chosen from the list', async () => {
    const user = userEvent.setup();
    const start = brokenStart(damaged, [latest, older], ['backups.restore']);
    const { fake } = renderWithApp(<App />, { handlers: start.handlers });
    await user.click(await screen.findByRole('button', { name: /^Restore the backup of 2 Nov 2026/ }));
    await waitFor(() => expect(shell()).not.toBeNull());
    expect(fake.calls.filter((c) => c.method === 'backups.restore').map((c) => c.input)).toEqual([
      { name: older.name },
    ]);
  });

  it('starts with an empty workspace after asking, when there is no backup', async () => {
    const user = userEvent.setup();
    const start = brokenStart(damaged, [], ['recovery.startEmpty']);
    const { fake } = renderWithApp(<App />, { handlers: start.handlers });

    expect(await screen.findByText(/^No backup was found in \/data\/backups\./)).toBeTruthy();
    expect(screen.queryByRole('button', { name: /^Restore/ })).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Start with an empty workspace' }));
    const dialog = await screen.findByRole('alertdialog');
    expect(dialog.textContent).toMatch(/The file that was moved aside stays where it is/);
    expect(fake.calls.some((c) => c.method === 'recovery.startEmpty')).toBe(false);
    await user.click(within(dialog).getByRole('button', { name: 'Start empty' }));

    await waitFor(() => expect(shell()).not.toBeNull());
    expect(await screen.findByText('Calepin started with an empty workspace.')).toBeTruthy();
    expect(fake.calls.filter((c) => c.method === 'recovery.startEmpty')).toHaveLength(1);
  });

  it('explains a journal left without its file, with the same way out', async () => {
    renderWithApp(<App />, {
      handlers: brokenStart({ kind: 'orphanWal', movedTo: '/data/calepin.db-wal.orphan', detail: '' }, [
        latest,
      ]).handlers,
    });
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Calepin’s data file is missing' }),
    ).toBeTruthy();
    expect(
      screen.getByText(/its journal .* was still there\. The journal was moved aside, not deleted\./),
    ).toBeTruthy();
    expect(screen.getByText('/data/calepin.db-wal.orphan')).toBeTruthy();
    expect(await screen.findByRole('button', { name: /^Restore the latest backup/ })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Start with an empty workspace' })).toBeTruthy();
  });

  it('only explains a file from a newer Calepin: it offers nothing that could change it', async () => {
    const { fake } = renderWithApp(<App />, {
      handlers: brokenStart({ kind: 'tooNew', path: '/data/calepin.db', found: 9, supported: 7 }, [latest])
        .handlers,
    });
    expect(
      await screen.findByRole('heading', {
        level: 1,
        name: 'This data was saved by a newer version of Calepin',
      }),
    ).toBeTruthy();
    expect(
      screen.getByText(
        'It uses format 9, and this version of Calepin reads up to format 7. Update Calepin, then open it again. The file has not been changed.',
      ),
    ).toBeTruthy();
    expect(screen.getByText('/data/calepin.db')).toBeTruthy();
    expect(screen.queryAllByRole('button')).toEqual([]);
    expect(fake.calls.some((c) => c.method === 'backups.list')).toBe(false);
  });

  const retryable: { problem: StartupProblem; heading: string; words: RegExp }[] = [
    {
      problem: { kind: 'unwritable', path: '/Volumes/USB/Calepin', detail: 'EROFS: read-only file system' },
      heading: 'Calepin cannot write in its data folder',
      words: /The disk may be read-only, or your account may not be allowed to change this folder/,
    },
    {
      problem: { kind: 'diskFull', path: '/data' },
      heading: 'The disk is full',
      words: /Free some space on this disk .*, then try again\. Nothing was lost\./,
    },
    {
      problem: { kind: 'inUse', path: '/data', pid: 4242 },
      heading: 'Calepin is already open',
      words: /Another Calepin window, or Calepin’s web host, is using this data folder \(process 4242\)/,
    },
    {
      problem: { kind: 'unknown', detail: 'SQLITE_IOERR_SHORT_READ' },
      heading: 'Calepin could not open its data',
      words: /Something unexpected happened while opening your data\. Nothing was deleted\./,
    },
  ];

  for (const { problem, heading, words } of retryable) {
    it(`explains "${problem.kind}" and tries again until it works`, async () => {
      const user = userEvent.setup();
      const start = brokenStart(problem, [latest]);
      const { fake } = renderWithApp(<App />, { handlers: start.handlers });

      expect(await screen.findByRole('heading', { level: 1, name: heading })).toBeTruthy();
      expect(screen.getByText(words)).toBeTruthy();
      if ('detail' in problem) expect(screen.getByText(problem.detail)).toBeTruthy();
      expect(screen.queryByRole('button', { name: /^Restore/ })).toBeNull();
      expect(screen.queryByRole('button', { name: /empty workspace/ })).toBeNull();

      await user.click(screen.getByRole('button', { name: 'Try again' }));
      expect((await screen.findByRole('alert')).textContent).toBe(
        'Calepin still cannot open the data. Check the points above, then try again.',
      );
      expect(shell()).toBeNull();

      start.solveNext('recovery.retry');
      await user.click(screen.getByRole('button', { name: 'Try again' }));
      await waitFor(() => expect(shell()).not.toBeNull());
      expect(await screen.findByText('Your data is open again.')).toBeTruthy();
      expect(fake.calls.filter((c) => c.method === 'recovery.retry')).toHaveLength(2);
    });
  }

  it('speaks French, and switches language on the spot', async () => {
    const user = userEvent.setup();
    const { fake } = renderWithApp(<App />, {
      language: 'fr',
      prefs: { language: 'fr' },
      handlers: brokenStart(damaged, [latest]).handlers,
    });
    expect(
      await screen.findByRole('heading', {
        level: 1,
        name: 'Calepin n’a pas pu lire son fichier de données',
      }),
    ).toBeTruthy();
    expect(screen.getByText(/Il a été mis de côté, pas supprimé\./)).toBeTruthy();
    expect(
      await screen.findByRole('button', { name: /^Restaurer la dernière sauvegarde \(3 nov\. 2026/ }),
    ).toBeTruthy();

    await user.click(screen.getByRole('radio', { name: 'English' }));

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Calepin could not read its data file' }),
    ).toBeTruthy();
    expect(fake.prefs().language).toBe('en');
  });
});

describe('damage found by the check that follows the first screen', () => {
  it('replaces the app with the recovery screen once the check answers', async () => {
    let answer: (info: ReturnType<typeof makeAppInfo>) => void = () => {};
    const start = brokenStart(damaged, [latest]);
    const { fake } = renderWithApp(<App />, {
      handlers: {
        ...start.handlers,
        'app.info': () => ({ ok: true, value: makeAppInfo() }),
        'app.dataChecked': () =>
          new Promise((resolve) => {
            answer = (info) => resolve({ ok: true, value: info });
          }),
      },
    });
    await waitFor(() => expect(shell()).not.toBeNull());
    await waitFor(() => expect(fake.calls.map((c) => c.method)).toContain('app.dataChecked'));

    answer(makeAppInfo({ problem: damaged, schemaVersion: null }));

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Calepin could not read its data file' }),
    ).toBeTruthy();
    expect(shell()).toBeNull();
    expect(
      await screen.findByRole('button', { name: /^Restore the latest backup \(3 Nov 2026, \d\d:\d\d\)$/ }),
    ).toBeTruthy();
  });

  it('a call refused because the file turned out damaged brings the recovery screen too', async () => {
    let found = false;
    const start = brokenStart(damaged, [latest]);
    renderWithApp(<App />, {
      handlers: {
        ...start.handlers,
        'app.info': () => ({
          ok: true,
          value: makeAppInfo(found ? { problem: damaged, schemaVersion: null } : {}),
        }),
        // The check has not answered yet when the list is asked for; by then the file is gone.
        'app.dataChecked': () => new Promise(() => {}),
        'clients.list': () => {
          found = true;
          return { ok: false, error: { code: 'damaged', message: 'The data file turned out to be damaged' } };
        },
      },
    });
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Calepin could not read its data file' }),
    ).toBeTruthy();
    expect(shell()).toBeNull();
  });
});
