// @vitest-environment jsdom
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../../../../renderer/app/App.tsx';
import type { Input } from '../../../../../shared/contract.ts';
import type { Envelope } from '../../../../../shared/errors.ts';
import { fakeBackups } from '../../support/fake-backups.ts';
import { type FakeHandlers, makeBackup, makeClient } from '../../support/fake-bridge.ts';
import { loadAllScreens } from '../../support/load-screens.ts';
import { renderWithApp } from '../../support/render-app.tsx';

const UPLOAD_ID = '0190a000-0000-7000-8000-0000000000aa';
/** Ten bytes in chunks of four: three chunks, so progress can be seen part-way. */
const file = () => new File(['SQLite for'], 'Calepin-2026-11-01.calepin', { type: '' });

// The whole app: its screens' code first, as the idle prefetch would have it.
beforeAll(loadAllScreens, 60_000);

beforeEach(() => {
  window.location.hash = '#/settings';
});
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

/** A server side that takes a workspace file in chunks of four bytes and imports it. */
function importServer(overrides: FakeHandlers = {}) {
  const received: Input<'workspace.importChunk'>[] = [];
  const handlers: FakeHandlers = {
    ...fakeBackups([]).handlers,
    'workspace.importBegin': () => ({ ok: true, value: { uploadId: UPLOAD_ID, chunkBytes: 4 } }),
    'workspace.importChunk': (chunk) => {
      received.push(chunk);
      return { ok: true, value: { received: chunk.offset + atob(chunk.base64).length } };
    },
    'workspace.importCancel': () => ({ ok: true, value: null }),
    'workspace.import': () => ({
      ok: true,
      value: {
        clients: 2,
        posts: 14,
        attachments: 1,
        savedCurrentAs: makeBackup('2026-11-05T12:00:00.000Z', { kind: 'beforeImport' }),
      },
    }),
    ...overrides,
  };
  return { handlers, received };
}

async function chooseAndConfirm(user: ReturnType<typeof userEvent.setup>) {
  await user.upload(await screen.findByLabelText('Import a workspace file…'), file());
  const dialog = await screen.findByRole('alertdialog');
  expect(within(dialog).getByRole('heading').textContent).toBe(
    'Replace everything with “Calepin-2026-11-01.calepin”?',
  );
  expect(dialog.textContent).toMatch(
    /All your current clients, posts, numbers and attachments will be replaced/,
  );
  expect(dialog.textContent).toMatch(/first saves a copy of your current data as a backup/);
  await user.click(within(dialog).getByRole('button', { name: 'Replace my data' }));
}

describe('exporting the whole workspace', () => {
  it('prepares the file, then downloads it from exports/ under its own name', async () => {
    const user = userEvent.setup();
    const clicked: { href: string; download: string }[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push({ href: this.getAttribute('href') ?? '', download: this.download });
    });
    let finish: () => void = () => {};
    renderWithApp(<App />, {
      handlers: {
        'workspace.export': () =>
          new Promise((resolve) => {
            finish = () =>
              resolve({
                ok: true,
                value: {
                  name: 'Calepin-2026-11-05.calepin',
                  size: 48_200_000,
                  attachments: 3,
                  missingAttachments: 0,
                },
              });
          }),
      },
    });

    expect(
      await screen.findByText(/all clients, channels, posts, numbers, objectives and attached images/),
    ).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Export everything' }));
    expect(await screen.findByText(/^Preparing the file…/)).toBeTruthy();
    expect(clicked).toEqual([]);
    finish();

    expect(
      await screen.findByText(
        'Your workspace file is ready: Calepin-2026-11-05.calepin (48.2 MB, 3 attachments).',
      ),
    ).toBeTruthy();
    expect(clicked).toEqual([
      { href: 'exports/Calepin-2026-11-05.calepin', download: 'Calepin-2026-11-05.calepin' },
    ]);
    await waitFor(() => expect(screen.queryByText(/^Preparing the file…/)).toBeNull());
  });
});

describe('importing a workspace file', () => {
  it('sends it in chunks, imports it, then shows the imported data with the counts', async () => {
    const user = userEvent.setup();
    let clients = [makeClient({ name: 'Atelier Rose' })];
    const server = importServer({
      'clients.list': () => ({ ok: true, value: clients }),
    });
    const imported = server.handlers['workspace.import'];
    const { fake } = renderWithApp(<App />, {
      handlers: {
        ...server.handlers,
        'workspace.import': (input) => {
          clients = [makeClient({ id: '0190a000-0000-7000-8000-000000000002', name: 'Studio Nord' })];
          return imported ? imported(input) : { ok: false, error: { code: 'internal', message: '' } };
        },
      },
    });
    window.location.hash = '#/clients';
    await screen.findByRole('link', { name: 'Atelier Rose' });
    window.location.hash = '#/settings';

    await chooseAndConfirm(user);

    expect(
      await screen.findByText(
        'Workspace imported: 2 clients, 14 posts and 1 attachment. Your previous data was saved as a backup.',
      ),
    ).toBeTruthy();
    expect(await screen.findByRole('link', { name: 'Studio Nord' })).toBeTruthy();
    expect(window.location.hash).toBe('#/clients');
    expect(fake.calls.find((c) => c.method === 'workspace.importBegin')?.input).toEqual({
      name: 'Calepin-2026-11-01.calepin',
      size: 10,
    });
    expect(server.received.map((c) => [c.offset, atob(c.base64)])).toEqual([
      [0, 'SQLi'],
      [4, 'te f'],
      [8, 'or'],
    ]);
    expect(fake.calls.filter((c) => c.method === 'workspace.import').map((c) => c.input)).toEqual([
      { uploadId: UPLOAD_ID },
    ]);
  });

  it('shows how much has been sent while it sends, and lets the user stop it', async () => {
    const user = userEvent.setup();
    let release: () => void = () => {};
    const server = importServer();
    const chunk = server.handlers['workspace.importChunk'];
    const { fake } = renderWithApp(<App />, {
      handlers: {
        ...server.handlers,
        'workspace.importChunk': (input) => {
          const answer = chunk?.(input) as Envelope<{ received: number }>;
          if (input.offset !== 4) return answer;
          return new Promise((resolve) => {
            release = () => resolve(answer);
          });
        },
      },
    });

    await chooseAndConfirm(user);

    const bar = await screen.findByRole('progressbar', { name: 'Sending “Calepin-2026-11-01.calepin”' });
    await waitFor(() => expect((bar as HTMLProgressElement).value).toBe(0.4));
    expect(screen.getByText('Sending “Calepin-2026-11-01.calepin”: 40%')).toBeTruthy();

    await user.click(screen.getByRole('button', { name: 'Stop the import' }));
    release();

    expect(await screen.findByText('Import stopped. Nothing was changed.')).toBeTruthy();
    expect(fake.calls.filter((c) => c.method === 'workspace.importCancel').map((c) => c.input)).toEqual([
      { uploadId: UPLOAD_ID },
    ]);
    expect(fake.calls.some((c) => c.method === 'workspace.import')).toBe(false);
    expect(server.received).toHaveLength(2);
    expect(screen.queryByRole('progressbar', { name: /^Sending/ })).toBeNull();
    expect(window.location.hash).toBe('#/settings');
  });

  it('says in plain words that a file is not a workspace file, and changes nothing', async () => {
    const user = userEvent.setup();
    const server = importServer({
      'workspace.importChunk': () => ({
        ok: false,
        error: {
          code: 'invalid_input',
          message: 'Not a Calepin workspace file',
          issues: [{ path: ['file'], code: 'notCalepinFile' }],
        },
      }),
    });
    const { fake } = renderWithApp(<App />, { handlers: server.handlers });

    await chooseAndConfirm(user);

    expect((await screen.findByRole('alert')).textContent).toBe(
      '“Calepin-2026-11-01.calepin” was not imported: This is not a Calepin workspace file. Choose a .calepin file exported from Calepin. Nothing was changed.',
    );
    expect(fake.calls.filter((c) => c.method === 'workspace.importCancel')).toHaveLength(1);
    expect(fake.calls.some((c) => c.method === 'workspace.import')).toBe(false);
    expect(window.location.hash).toBe('#/settings');
  });

  it('says when the file comes from a newer Calepin, in French too', async () => {
    const user = userEvent.setup();
    const server = importServer({
      'workspace.import': () => ({
        ok: false,
        error: { code: 'invalid_input', message: 'newer', issues: [{ path: ['file'], code: 'fileTooNew' }] },
      }),
    });
    renderWithApp(<App />, { language: 'fr', prefs: { language: 'fr' }, handlers: server.handlers });

    await user.upload(await screen.findByLabelText('Importer un fichier d’espace de travail…'), file());
    await user.click(
      within(await screen.findByRole('alertdialog')).getByRole('button', { name: 'Remplacer mes données' }),
    );

    expect((await screen.findByRole('alert')).textContent).toMatch(
      /n’a pas été importé\u202f: Ce fichier vient d’une version plus récente de Calepin\. Mettez Calepin à jour, puis réessayez\. Rien n’a changé\.$/,
    );
  });

  it('sends nothing when the user does not confirm', async () => {
    const user = userEvent.setup();
    const { fake } = renderWithApp(<App />, { handlers: importServer().handlers });
    await user.upload(await screen.findByLabelText('Import a workspace file…'), file());
    await user.click(within(await screen.findByRole('alertdialog')).getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(screen.queryByRole('alertdialog')).toBeNull());
    expect(fake.calls.some((c) => c.method.startsWith('workspace.'))).toBe(false);
  });
});
