import { join, resolve } from 'node:path';
import { app, BrowserWindow, dialog } from 'electron';
import type { Envelope } from '../../shared/errors.ts';
import { type Core, startCore } from '../api/core.ts';
import { electronStorePrefs } from '../prefs/electron-store.ts';
import type { PrefsStore } from '../prefs/types.ts';
import { resolveDataDir } from '../services/data-file/data-dir.ts';
import { keepFilesPrivate } from '../services/data-file/private-files.ts';
import { describeStartupError } from '../services/data-file/startup-problem.ts';
import type { Printer } from '../services/printer.ts';
import { createFlushRequests } from './flush.ts';
import { sendEvent, setupIpc } from './ipc.ts';
import { uiLanguage } from './language.ts';
import { setupMenu } from './menu.ts';
import { APP_ENTRY, trustedOrigins } from './origin.ts';
import { electronPrinter } from './print.ts';
import { registerAppScheme, setupProtocol } from './protocol.ts';
import { setupSecurity } from './security.ts';
import { setupShutdown } from './shutdown.ts';
import { createMainWindow } from './window.ts';

const RENDERER_DIR = join(import.meta.dirname, '../renderer');
const PRELOAD_PATH = join(import.meta.dirname, '../preload/index.cjs');
const STARTUP_TITLE = { fr: 'Calepin ne peut pas démarrer', en: 'Calepin cannot start' };

/** A call that arrives after the data was closed (the session ended under it). */
const CLOSED: Envelope<never> = {
  ok: false,
  error: { code: 'unavailable', message: 'Calepin is closing; nothing was saved.' },
};

keepFilesPrivate();
registerAppScheme();

const defaultDir = resolve(app.getPath('userData'));
const dataDir = resolveDataDir(process.argv, process.env, defaultDir);
// Electron's own profile (and its single-instance lock) follows an overridden data folder, so a
// test or second profile never collides with the user's running app, nor writes to its folder.
if (dataDir !== defaultDir) app.setPath('userData', join(dataDir, 'electron-profile'));

/**
 * Reported once a dialog can be shown, for what the page cannot explain itself. A data file that
 * cannot be opened is not such a case: the window opens on a screen that says what happened.
 */
async function fail(error: unknown): Promise<void> {
  await app.whenReady();
  const lang = uiLanguage(null, app.getLocale());
  dialog.showErrorBox(STARTUP_TITLE[lang], describeStartupError(error, lang));
  app.exit(1);
}

/** Settles instead of rejecting: the failure is reported once a dialog can be shown, after `ready`. */
async function openCore(prefs: PrefsStore, printer: Printer): Promise<{ core: Core } | { error: unknown }> {
  try {
    return {
      core: await startCore({
        dataDir,
        prefs,
        host: 'electron',
        version: app.getVersion(),
        recover: true,
        printer,
      }),
    };
  } catch (error) {
    return { error };
  }
}

async function run(): Promise<void> {
  let window: BrowserWindow | null = null;
  let core: Core | null = null;
  const devUrl = (!app.isPackaged && process.env.ELECTRON_RENDERER_URL) || undefined;
  const origins = trustedOrigins(app.isPackaged, devUrl);
  const store = electronStorePrefs(dataDir);
  const language = () => uiLanguage(store.get().language, app.getLocale());
  const refreshMenu = () =>
    setupMenu({
      language: language(),
      isDev: devUrl !== undefined,
      platform: process.platform,
      send: (command) => sendEvent(window, 'menu.command', command),
    });
  const prefs: PrefsStore = {
    get: () => store.get(),
    set(patch) {
      const next = store.set(patch);
      if (patch.language !== undefined) refreshMenu();
      return next;
    },
  };
  // Closed once, by whichever comes first: the app quitting, the system shutting down or the session ending.
  const closeData = (): Promise<void> | null => {
    const closing = core?.close() ?? null;
    core = null;
    return closing;
  };
  const flushes = createFlushRequests();
  const shutdown = setupShutdown({ flushes, window: () => window, closeData });
  const openWindow = () => {
    window = createMainWindow({ prefs, preloadPath: PRELOAD_PATH, url: devUrl ?? APP_ENTRY });
    shutdown.guard(window);
    window.on('closed', () => {
      window = null;
    });
  };
  const starting = openCore(
    prefs,
    electronPrinter(() => window),
  );

  app.on('second-instance', () => {
    if (!window) return;
    if (window.isMinimized()) window.restore();
    window.focus();
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('activate', () => {
    if (core && BrowserWindow.getAllWindows().length === 0) openWindow();
  });
  // The data closes once the threads reading it are done, so that the file is whole on its own.
  app.on('will-quit', (event) => {
    const closing = closeData();
    if (!closing) return;
    event.preventDefault();
    // Quits even if the close failed: a window-less process would hold the single-instance lock.
    void closing
      .catch((error: unknown) => console.error('Closing the data failed:', error))
      .then(() => app.quit());
  });

  await app.whenReady();
  setupSecurity(origins);
  setupProtocol(RENDERER_DIR, dataDir);
  const started = await starting;
  if ('error' in started) return fail(started.error);
  core = started.core;
  setupIpc({
    dispatch: (method, input) => core?.dispatch(method, input) ?? Promise.resolve(CLOSED),
    window: () => window,
    origins,
    flushed: flushes.answered,
  });
  refreshMenu();
  openWindow();
}

// Two processes must never write one data file: a second launch hands over to the first and leaves.
if (app.requestSingleInstanceLock()) {
  run().catch(fail);
} else {
  app.quit();
}
