import type { PrefsStore } from '../../../../electron/prefs/types.ts';
import { DEFAULT_PREFS, type Prefs } from '../../../../shared/domain/prefs.ts';

/** Preferences held in memory, for the window and lifecycle tests. */
export function memoryPrefs(initial: Partial<Prefs> = {}): PrefsStore & { current: Prefs } {
  const store = {
    current: { ...DEFAULT_PREFS, ...initial },
    get: () => store.current,
    set(patch: Partial<Prefs>) {
      store.current = { ...store.current, ...patch };
      return store.current;
    },
  };
  return store;
}
