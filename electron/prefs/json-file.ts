import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_PREFS, Prefs, type PrefsPatch } from '../../shared/domain/prefs.ts';
import type { PrefsStore } from './types.ts';

export const PREFS_FILE = 'preferences.json';

function read(path: string): Prefs {
  try {
    const parsed = Prefs.partial().safeParse(JSON.parse(readFileSync(path, 'utf8')));
    // A damaged or hand-edited file falls back to defaults instead of stopping the app.
    return parsed.success ? { ...DEFAULT_PREFS, ...parsed.data } : DEFAULT_PREFS;
  } catch {
    return DEFAULT_PREFS;
  }
}

/** Preferences in `<dataDir>/preferences.json`, written atomically (temp file, then rename). */
export function jsonFilePrefs(dataDir: string): PrefsStore {
  const path = join(dataDir, PREFS_FILE);
  let current = read(path);
  return {
    get: () => current,
    set(patch: PrefsPatch) {
      current = { ...current, ...patch };
      writeFileSync(`${path}.tmp`, JSON.stringify(current, null, 2));
      renameSync(`${path}.tmp`, path);
      return current;
    },
  };
}
