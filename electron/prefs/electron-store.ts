import Store from 'electron-store';
import { DEFAULT_PREFS, Prefs, PrefsPatch } from '../../shared/domain/prefs.ts';
import type { PrefsStore } from './types.ts';

/** The same `<dataDir>/preferences.json` the web host's JSON-file store reads and writes. */
export const PREFS_NAME = 'preferences';

/** Key by key: one hand-edited or outdated value falls back to its default without losing the others. */
function readPrefs(raw: Record<string, unknown>): Prefs {
  const valid = Object.entries(Prefs.shape)
    .filter(([key, schema]) => raw[key] !== undefined && schema.safeParse(raw[key]).success)
    .map(([key]) => [key, raw[key]]);
  return { ...DEFAULT_PREFS, ...Prefs.partial().parse(Object.fromEntries(valid)) };
}

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
