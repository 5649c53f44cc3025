import { join, resolve } from 'node:path';
import { app, BrowserWindow, dialog } from 'electron';
import { restoreBackup } from '../db/backups.ts';
import { DatabaseDamagedError } from '../db/errors.ts';
import { electronStorePrefs } from '../prefs/electron-store.ts';
import type { PrefsStore } from '../prefs/types.ts';
import { type Core, startCore } from '../services/core.ts';
import { resolveDataDir } from '../services/data-dir.ts';
import { describeStartupError } from '../services/startup-error.ts';
import { sendEvent, setupIpc } from './ipc.ts';
import { uiLanguage } from './language.ts';
import { setupMenu } from './menu.ts';
import { APP_ENTRY, trustedOrigins } from './origin.ts';
import { registerAppScheme, setupProtocol } from './protocol.ts';
import { setupSecurity } from './security.ts';
import { createMainWindow } from './window.ts';

const RENDERER_DIR = join(import.meta.dirname, '../renderer');
const PRELOAD_PATH = join(import.meta.dirname, '../preload/index.cjs');
const STARTUP_TITLE = { fr: 'Calepin ne peut pas démarrer', en: 'Calepin cannot start' };
const RESTORE_CHOICES = {
  fr: { restore: 'Restaurer la dernière sauvegarde', quit: 'Quitter' },
  en: { restore: 'Restore the latest backup', quit: 'Quit' },
};

registerAppScheme();

const defaultDir = resolve(app.getPath('userData'));
const dataDir = resolveDataDir(process.argv, process.env, defaultDir);
// Electron's own profile (and its single-instance lock) follows an overridden data folder, so a
// test or second profile never collides with the user's running app, nor writes to its folder.
if (dataDir !== defaultDir) app.setPath('userData', join(dataDir, 'electron-profile'));

/**
 * Reported once a dialog can be shown; nothing is written, the data file stays exactly as found.
 * A damaged file has already been moved aside: the user may put the latest backup in its place.
 */
async function fail(error: unknown): Promise<void> {
  await app.whenReady();
  const lang = uiLanguage(null, app.getLocale());
  const message = describeStartupError(error, lang);
  if (error instanceof DatabaseDamagedError && error.latestBackup) {
    const labels = RESTORE_CHOICES[lang];
    const { response } = await dialog.showMessageBox({
      type: 'error',
      title: STARTUP_TITLE[lang],
      message: STARTUP_TITLE[lang],
      detail: message,
      buttons: [labels.restore, labels.quit],
      defaultId: 0,
      cancelId: 1,
    });
    if (response === 0) {
      restoreBackup(dataDir, error.latestBackup);
      app.relaunch();
    }
  } else {
    dialog.showErrorBox(STARTUP_TITLE[lang], message);
  }
  app.exit(1);
}

/** Settles instead of rejecting: the failure is reported once a dialog can be shown, after `ready`. */
async function openCore(prefs: PrefsStore): Promise<{ core: Core } | { error: unknown }> {
  try {
    return { core: await startCore({ dataDir, prefs, host: 'electron', version: app.getVersion() }) };
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
  const openWindow = () => {
    window = createMainWindow({ prefs, preloadPath: PRELOAD_PATH, url: devUrl ?? APP_ENTRY });
    window.on('closed', () => {
      window = null;
    });
  };
  const starting = openCore(prefs);

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
  app.on('will-quit', () => {
    core?.close();
    core = null;
  });

  await app.whenReady();
  setupSecurity(origins);
  setupProtocol(RENDERER_DIR, dataDir);
  const started = await starting;
  if ('error' in started) return fail(started.error);
  core = started.core;
  setupIpc({ dispatch: started.core.dispatch, window: () => window, origins });
  refreshMenu();
  openWindow();
}

// Two processes must never write one data file: a second launch hands over to the first and leaves.
if (app.requestSingleInstanceLock()) {
  run().catch(fail);
} else {
  app.quit();
}
