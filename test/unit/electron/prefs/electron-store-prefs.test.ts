import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { electronStorePrefs } from '../../../../electron/prefs/electron-store.ts';
import { jsonFilePrefs } from '../../../../electron/prefs/json-file.ts';
import { DEFAULT_PREFS } from '../../../../shared/domain/prefs.ts';

// electron-store is `conf` with Electron's userData as default folder and `name` as file name;
// it cannot load outside Electron, so the test runs the same `conf` underneath on a real file.
vi.mock('electron-store', async () => {
  const { default: Conf } = await import('conf');
  class ElectronStore extends Conf<Record<string, unknown>> {
    constructor({ name, ...options }: { name: string; cwd: string; clearInvalidConfig: boolean }) {
      super({ ...options, configName: name });
    }
  }
  return { default: ElectronStore };
});

let dir = '';
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'calepin-prefs-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('preferences under Electron', () => {
  it('starts from the defaults', () => {
    expect(electronStorePrefs(dir).get()).toEqual(DEFAULT_PREFS);
  });

  it('remembers a change across restarts, in the data folder', () => {
    electronStorePrefs(dir).set({ language: 'en', theme: 'dark' });
    const reopened = electronStorePrefs(dir).get();
    expect(reopened).toEqual({ ...DEFAULT_PREFS, language: 'en', theme: 'dark' });
    expect(JSON.parse(readFileSync(join(dir, 'preferences.json'), 'utf8'))).toMatchObject({ theme: 'dark' });
  });

  it('shares its file with the web host', () => {
    const bounds = { x: 10, y: 20, width: 1024, height: 768 };
    electronStorePrefs(dir).set({ windowBounds: bounds, language: 'fr' });
    expect(jsonFilePrefs(dir).get()).toMatchObject({ windowBounds: bounds, language: 'fr' });
  });

  it('keeps the valid values of a hand-edited file and defaults the rest', () => {
    writeFileSync(join(dir, 'preferences.json'), JSON.stringify({ theme: 'dark', language: 'klingon' }));
    expect(electronStorePrefs(dir).get()).toEqual({ ...DEFAULT_PREFS, theme: 'dark' });
  });

  it('starts with the defaults when the file is not JSON', () => {
    writeFileSync(join(dir, 'preferences.json'), '{ not json');
    const prefs = electronStorePrefs(dir);
    expect(prefs.get()).toEqual(DEFAULT_PREFS);
    expect(prefs.set({ theme: 'light' }).theme).toBe('light');
  });

  it('refuses an invalid patch without writing it', () => {
    const prefs = electronStorePrefs(dir);
    expect(() => prefs.set({ theme: 'neon' as 'dark' })).toThrow();
    expect(prefs.get().theme).toBe('system');
  });
});
