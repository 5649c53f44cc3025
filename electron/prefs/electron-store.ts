import Store from 'electron-store';
import { PrefsPatch, readPrefs } from '../../shared/domain/prefs.ts';
import type { PrefsStore } from './types.ts';

/** The same `<dataDir>/preferences.json` the web host's JSON-file store reads and writes. */
export const PREFS_NAME = 'preferences';

/**
 * Preferences under Electron. They live in the data folder, next to the database, so a
 * `--data-dir`/`CALEPIN_DATA_DIR` override isolates them too; by default that folder is
 * `userData`, electron-store's own default.
 */
export function electronStorePrefs(dataDir: string): PrefsStore {
  const store = new Store<Record<string, unknown>>({
    cwd: dataDir,
    name: PREFS_NAME,
    // Losing a window position beats refusing to start over an unreadable preferences file.
    clearInvalidConfig: true,
  });
  return {
    get: () => readPrefs(store.store),
    set(patch) {
      const entries = Object.entries(PrefsPatch.parse(patch)).filter(([, value]) => value !== undefined);
      if (entries.length > 0) store.set(Object.fromEntries(entries));
      return readPrefs(store.store);
    },
  };
}
