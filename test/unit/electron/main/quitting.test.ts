import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Core, CoreOptions } from '../../../../electron/api/core.ts';
import { contract, isMethod } from '../../../../shared/contract.ts';
import type { Envelope } from '../../../../shared/errors.ts';
import { memoryPrefs } from '../support/memory-prefs.ts';

const state = vi.hoisted(() => ({
  startCore: (async () => {
    throw new Error('startCore not set');
  }) as (options: CoreOptions) => Promise<Core>,
}));

vi.mock('../../../../electron/api/core.ts', () => ({
  startCore: (options: CoreOptions) => state.startCore(options),
}));
vi.mock('../../../../electron/prefs/electron-store.ts', () => ({ electronStorePrefs: () => memoryPrefs() }));

/** Validates like the real dispatch, so a malformed answer from the page is refused as it would be. */
const dispatch = vi.fn(async (method: string, input: unknown): Promise<Envelope<unknown>> => {
  if (isMethod(method) && contract[method].input.safeParse(input).success) return { ok: true, value: null };
  return { ok: false, error: { code: 'invalid_input', message: `Invalid input for ${method}` } };
});
/** The database's close: `PRAGMA optimize`, then the connection. */
const closeData = vi.fn(async () => undefined);

type FakeElectron = typeof import('../support/fake-electron.ts');

/** Starts the main process afresh against a new fake Electron, and waits for its window. */
async function launch() {
  vi.resetModules();
  const electron: FakeElectron = await import('../support/fake-electron.ts');
  vi.doMock('electron', () => electron);
  await import('../../../../electron/main/index.ts');
  await vi.waitFor(() => {
    expect(electron.BrowserWindow.instances).toHaveLength(1);
  });
  const window = electron.BrowserWindow.instances[0];
  if (!window) throw new Error('no window');
  return { ...electron, window, page: pageOf(electron, window) };
}

/** The page as the main process sees it: the `app.flush` requests it was sent, and its answers. */
function pageOf(electron: FakeElectron, window: FakeElectron['BrowserWindow']['prototype']) {
  const call = (method: string, input: unknown, sender = window.webContents) => {
    const handler = electron.ipcMain.handlers.get(`calepin:${method}`);
    if (!handler) throw new Error(`no handler for ${method}`);
    return handler({ sender, senderFrame: { ...window.webContents.mainFrame } }, input) as Promise<
      Envelope<unknown>
    >;
  };
  return {
    requests: () =>
      window.webContents.send.mock.calls
        .filter(([channel]) => channel === 'calepin:event:app.flush')
        .map(([, payload]) => (payload as { id: number }).id),
    call,
    /** The page has written what it held. */
    answer: (id: unknown) => call('app.flushed', { id }),
  };
}

beforeEach(() => {
  vi.stubEnv('CALEPIN_DATA_DIR', undefined);
  vi.stubEnv('ELECTRON_RENDERER_URL', undefined);
  dispatch.mockClear();
  closeData.mockClear();
  state.startCore = vi.fn(async () => ({ dispatch, close: closeData }) as unknown as Core);
});
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllEnvs();
});

describe('closing the window', () => {
  it('waits for the page to write what it holds, then closes, quits and closes the data once', async () => {
    const { app, window, page } = await launch();
    window.close();
    expect(window.isDestroyed()).toBe(false);
    expect(page.requests()).toEqual([1]);
    expect(closeData).not.toHaveBeenCalled();

    await page.answer(1);
    await vi.waitFor(() => {
      expect(app.exited).toBe(true);
    });
    expect(window.isDestroyed()).toBe(true);
    expect(closeData).toHaveBeenCalledOnce();
    // Quitting after the window went did not ask a page that no longer exists.
    expect(page.requests()).toEqual([1]);
  });

  it('on macOS leaves the app running with its data open, until it quits', async () => {
    const platform = Object.getOwnPropertyDescriptor(process, 'platform');
    Object.defineProperty(process, 'platform', { value: 'darwin' });
    try {
      const { app, window, page } = await launch();
      window.close();
      await page.answer(1);
      await vi.waitFor(() => {
        expect(window.isDestroyed()).toBe(true);
      });
      expect(app.exited).toBe(false);
      expect(closeData).not.toHaveBeenCalled();

      app.quit();
      // The data closes first (once the threads reading it are done), then the app ends.
      expect(closeData).toHaveBeenCalledOnce();
      await vi.waitFor(() => {
        expect(app.exited).toBe(true);
      });
      expect(closeData).toHaveBeenCalledOnce();
    } finally {
      if (platform) Object.defineProperty(process, 'platform', platform);
    }
  });
});

describe('quitting', () => {
  it('waits for the page, then quits and closes the data once', async () => {
    const { app, window, page } = await launch();
    app.quit();
    expect(app.exited).toBe(false);
    expect(window.isDestroyed()).toBe(false);
    expect(page.requests()).toEqual([1]);

    await page.answer(1);
    await vi.waitFor(() => {
      expect(app.exited).toBe(true);
    });
    expect(window.isDestroyed()).toBe(true);
    expect(closeData).toHaveBeenCalledOnce();
    expect(page.requests()).toEqual([1]);
  });

  it('asks the page once when the window is closed while a quit already waits for it', async () => {
    const { app, window, page } = await launch();
    app.quit();
    window.close();
    expect(page.requests()).toEqual([1]);
    await page.answer(1);
    await vi.waitFor(() => {
      expect(app.exited).toBe(true);
    });
    expect(closeData).toHaveBeenCalledOnce();
  });

  it('goes on after three seconds when the page does not answer', async () => {
    const { app, page } = await launch();
    const log = vi.spyOn(console, 'error').mockImplementation(() => {});
    vi.useFakeTimers();
    app.quit();
    await vi.advanceTimersByTimeAsync(2_900);
    expect(app.exited).toBe(false);
    await vi.advanceTimersByTimeAsync(200);
    expect(app.exited).toBe(true);
    expect(closeData).toHaveBeenCalledOnce();
    expect(page.requests()).toEqual([1]);
    expect(log).toHaveBeenCalledWith(expect.stringContaining('did not confirm its last saves'));
    log.mockRestore();
  });

  it('is not released by a wrong id, a malformed answer or another frame', async () => {
    const { app, page, FakeWebContents } = await launch();
    app.quit();
    expect(await page.answer(2)).toMatchObject({ ok: true });
    expect(await page.answer('1')).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(await page.call('app.flushed', { id: 1 }, new FakeWebContents())).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    await Promise.resolve();
    expect(app.exited).toBe(false);
    expect(closeData).not.toHaveBeenCalled();

    await page.answer(1);
    await vi.waitFor(() => {
      expect(app.exited).toBe(true);
    });
  });
});

describe('the system ending', () => {
  it('Linux and macOS shutting down: delayed while the page writes, then the data closes and the app quits', async () => {
    const { app, powerMonitor, FakeEvent, page } = await launch();
    const event = new FakeEvent();
    powerMonitor.emit('shutdown', event);
    expect(event.preventDefault).toHaveBeenCalled();
    expect(page.requests()).toEqual([1]);
    expect(closeData).not.toHaveBeenCalled();

    await page.answer(1);
    await vi.waitFor(() => {
      expect(app.exited).toBe(true);
    });
    expect(closeData).toHaveBeenCalledOnce();
  });

  it('Windows ending the session: the page writes when asked, the data closes when it ends', async () => {
    const { app, window, FakeEvent, page } = await launch();
    const query = new FakeEvent();
    window.emit('query-session-end', query);
    // Vetoing would show "Calepin is preventing shutdown": the user's choice is respected.
    expect(query.preventDefault).not.toHaveBeenCalled();
    expect(page.requests()).toEqual([1]);
    expect(await page.call('clients.list', undefined)).toMatchObject({ ok: true });
    await page.answer(1);

    // The process may be stopped any moment after this event: the data is closed before it returns.
    window.emit('session-end', new FakeEvent());
    expect(closeData).toHaveBeenCalledOnce();
    dispatch.mockClear();
    expect(await page.call('clients.list', undefined)).toMatchObject({
      ok: false,
      error: { code: 'unavailable' },
    });
    expect(dispatch).not.toHaveBeenCalled();

    app.quit();
    expect(app.exited).toBe(true);
    expect(closeData).toHaveBeenCalledOnce();
  });
});
