import type { Prefs, PrefsPatch } from '../../shared/domain/prefs.ts';

/** One interface, two homes: electron-store under Electron, a JSON file under the web host. */
export interface PrefsStore {
  get(): Prefs;
  set(patch: PrefsPatch): Prefs;
}
