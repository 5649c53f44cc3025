import { closeSync, fsyncSync, openSync, readFileSync, renameSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { type Prefs, PrefsPatch, readPrefs } from '../../shared/domain/prefs.ts';
import type { PrefsStore } from './types.ts';

export const PREFS_FILE = 'preferences.json';

function read(path: string): Prefs {
  try {
    return readPrefs(JSON.parse(readFileSync(path, 'utf8')));
  } catch {
    // Missing or unreadable: defaults, rather than refusing to start over a preferences file.
    return readPrefs({});
  }
}

/** Written to a temp file, flushed to disk, then renamed over the old one: never half a file. */
function writeAtomically(path: string, text: string): void {
  const fd = openSync(`${path}.tmp`, 'w');
  try {
    writeSync(fd, text);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  renameSync(`${path}.tmp`, path);
}

/** Preferences in `<dataDir>/preferences.json`: the web host's store, the same file Electron's uses. */
export function jsonFilePrefs(dataDir: string): PrefsStore {
  const path = join(dataDir, PREFS_FILE);
  let current = read(path);
  return {
    get: () => current,
    set(patch) {
      const given = Object.entries(PrefsPatch.parse(patch)).filter(([, value]) => value !== undefined);
      current = { ...current, ...Object.fromEntries(given) };
      writeAtomically(path, JSON.stringify(current, null, 2));
      return current;
    },
  };
}
