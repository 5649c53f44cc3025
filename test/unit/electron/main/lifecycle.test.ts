import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Core, CoreOptions } from '../../../../electron/api/core.ts';
import { memoryPrefs } from '../support/memory-prefs.ts';

const state = vi.hoisted(() => ({
  startCore: (async () => {
    throw new Error('startCore not set');
  }) as (options: CoreOptions) => Promise<Core>,
  prefsDirs: [] as string[],
}));

vi.mock('../../../../electron/api/core.ts', () => ({
  startCore: (options: CoreOptions) => state.startCore(options),
}));
vi.mock('../../../../electron/prefs/electron-store.ts', () => ({
  electronStorePrefs: (dir: string) => {
    state.prefsDirs.push(dir);
    return memoryPrefs();
  },
}));

const dispatch = vi.fn(async () => ({ ok: true as const, value: null }));
const close = vi.fn();

/** Starts `electron/main/index.ts` afresh, as a new process would, against a new fake Electron. */
async function launch(setup: (electron: typeof import('../support/fake-electron.ts')) => void = () => {}) {
  vi.resetModules();
  const electron = await import('../support/fake-electron.ts');
  // A mocked module outlives resetModules: hand this launch its own fresh fake.
  vi.doMock('electron', () => electron);
  setup(electron);
  await import('../../../../electron/main/index.ts');
  return electron;
}

beforeEach(() => {
  vi.stubEnv('CALEPIN_DATA_DIR', undefined);
  vi.stubEnv('ELECTRON_RENDERER_URL', undefined);
  state.prefsDirs = [];
  dispatch.mockClear();
  close.mockClear();
  state.startCore = vi.fn(async () => ({ dispatch, close }) as unknown as Core);
});
afterEach(() => vi.unstubAllEnvs());

describe('the main process lifecycle', () => {
  it('a second instance hands over to the first and quits without opening anything', async () => {
    const { app, BrowserWindow } = await launch(({ app }) => {
      app.lockGranted = false;
    });
    expect(app.quit).toHaveBeenCalledOnce();
    expect(app.whenReady).not.toHaveBeenCalled();
    expect(state.startCore).not.toHaveBeenCalled();
    expect(BrowserWindow.instances).toHaveLength(0);
  });

  it('opens the data, then one secure window on the app protocol', async () => {
    const { app, BrowserWindow, ipcMain } = await launch();
    await vi.waitFor(() => {
      expect(BrowserWindow.instances).toHaveLength(1);
    });
    await vi.waitFor(() => {
      expect(BrowserWindow.instances).toHaveLength(1);
    });
    expect(state.startCore).toHaveBeenCalledWith(
      expect.objectContaining({
        dataDir: resolve('/home/ada/.config/Calepin'),
        host: 'electron',
        version: '1.2.3',
      }),
    );
    expect(state.prefsDirs).toEqual([resolve('/home/ada/.config/Calepin')]);
    expect(app.setPath).not.toHaveBeenCalled();
    const [window] = BrowserWindow.instances;
    expect(window?.loadURL).toHaveBeenCalledWith('app://calepin/index.html');
    expect(window?.options.webPreferences).toMatchObject({ contextIsolation: true, sandbox: true });
    expect(ipcMain.handlers.size).toBeGreaterThan(0);
  });

  it('a second launch brings the existing window to the front', async () => {
    const { app, BrowserWindow } = await launch();
    await vi.waitFor(() => {
      expect(BrowserWindow.instances).toHaveLength(1);
    });
    const window = BrowserWindow.instances[0];
    if (!window) throw new Error('no window');
    window.minimized = true;
    app.emit('second-instance');
    expect(window.restore).toHaveBeenCalled();
    expect(window.focus).toHaveBeenCalled();
  });

  it('closes the database when the app quits', async () => {
    const { app, BrowserWindow } = await launch();
    await vi.waitFor(() => {
      expect(BrowserWindow.instances).toHaveLength(1);
    });
    app.emit('will-quit');
    expect(close).toHaveBeenCalledOnce();
  });

  it('an overridden data folder also isolates Electron’s profile and the preferences', async () => {
    vi.stubEnv('CALEPIN_DATA_DIR', '/tmp/calepin-test-data');
    const { app, BrowserWindow } = await launch();
    await vi.waitFor(() => {
      expect(BrowserWindow.instances).toHaveLength(1);
    });
    expect(app.setPath).toHaveBeenCalledWith(
      'userData',
      join(resolve('/tmp/calepin-test-data'), 'electron-profile'),
    );
    expect(state.prefsDirs).toEqual([resolve('/tmp/calepin-test-data')]);
  });

  it('loads the dev server only when unpackaged', async () => {
    vi.stubEnv('ELECTRON_RENDERER_URL', 'http://localhost:5173/');
    const packaged = await launch();
    await vi.waitFor(() => {
      expect(packaged.BrowserWindow.instances).toHaveLength(1);
    });
    expect(packaged.BrowserWindow.instances[0]?.loadURL).toHaveBeenCalledWith('app://calepin/index.html');

    const dev = await launch(({ app }) => {
      app.isPackaged = false;
    });
    await vi.waitFor(() => {
      expect(dev.BrowserWindow.instances).toHaveLength(1);
    });
    expect(dev.BrowserWindow.instances[0]?.loadURL).toHaveBeenCalledWith('http://localhost:5173/');
  });

  it('a data file from a newer version: a French message, no window, and an exit', async () => {
    state.startCore = vi.fn(async () => {
      // Imported now, from the same fresh module graph as the main process under test.
      const { DatabaseTooNewError } = await import('../../../../electron/db/errors.ts');
      throw new DatabaseTooNewError('/home/ada/.config/Calepin/calepin.sqlite', 9, 1);
    });
    const { app, dialog, BrowserWindow } = await launch(({ app }) => {
      app.locale = 'fr-FR';
    });
    await vi.waitFor(() => {
      expect(app.exit).toHaveBeenCalledWith(1);
    });
    const [title, message] = dialog.showErrorBox.mock.calls[0] ?? [];
    expect(title).toBe('Calepin ne peut pas démarrer');
    expect(message).toContain('version plus récente');
    expect(message).toContain('/home/ada/.config/Calepin/calepin.sqlite');
    expect(BrowserWindow.instances).toHaveLength(0);
  });

  it('a data file that cannot be opened: the window opens on the page that explains it, no dialog, no exit', async () => {
    state.startCore = vi.fn(
      async () =>
        ({
          dispatch,
          close,
          problem: {
            kind: 'damaged',
            movedTo: '/home/ada/.config/Calepin/calepin.damaged-1.sqlite',
            detail: 'x',
          },
        }) as unknown as Core,
    );
    const { app, dialog, BrowserWindow } = await launch();
    await vi.waitFor(() => {
      expect(BrowserWindow.instances).toHaveLength(1);
    });
    // The main process asks for a start that survives a bad file; the page offers the way out.
    expect(state.startCore).toHaveBeenCalledWith(expect.objectContaining({ recover: true }));
    expect(dialog.showMessageBox).not.toHaveBeenCalled();
    expect(dialog.showErrorBox).not.toHaveBeenCalled();
    expect(app.exit).not.toHaveBeenCalled();
  });
});
