import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PREFS_FILE } from '../../electron/prefs/json-file.ts';
import { DEFAULT_PREFS } from '../../shared/domain/prefs.ts';
import { startTestCore } from '../support/hosts/fixture.ts';
import { clientInput } from '../support/seeds/inputs.ts';

describe('preferences', () => {
  it('starts from the defaults: follow the system language and theme', async () => {
    const core = await startTestCore();
    expect(await core.call('prefs.get', undefined)).toEqual({
      language: null,
      theme: 'system',
      lastClientId: null,
      windowBounds: null,
      calendarViews: {},
      dashboardViews: {},
      workspacePanes: null,
      backupsKept: 10,
      metricsHidden: {},
      ideasTray: true,
      ideasPanes: null,
    });
    expect(DEFAULT_PREFS).toEqual(await core.call('prefs.get', {}));
  });

  it('remembers a change across a restart', async () => {
    const first = await startTestCore();
    const client = await first.call('clients.create', clientInput());
    const saved = await first.call('prefs.set', { language: 'en', theme: 'dark', lastClientId: client.id });
    expect(saved).toEqual({
      language: 'en',
      theme: 'dark',
      lastClientId: client.id,
      windowBounds: null,
      calendarViews: {},
      dashboardViews: {},
      workspacePanes: null,
      backupsKept: 10,
      metricsHidden: {},
      ideasTray: true,
      ideasPanes: null,
    });
    await first.call('prefs.set', { windowBounds: { x: 10, y: 20, width: 1200, height: 800 } });
    await first.close();

    const again = await startTestCore({ dataDir: first.dataDir });
    expect(await again.call('prefs.get', undefined)).toEqual({
      language: 'en',
      theme: 'dark',
      lastClientId: client.id,
      windowBounds: { x: 10, y: 20, width: 1200, height: 800 },
      calendarViews: {},
      dashboardViews: {},
      workspacePanes: null,
      backupsKept: 10,
      metricsHidden: {},
      ideasTray: true,
      ideasPanes: null,
    });
    // Back to following the system.
    await again.call('prefs.set', { language: null, theme: 'system' });
    expect(await again.call('prefs.get', undefined)).toMatchObject({ language: null, theme: 'system' });
  });

  it('refuses a bad patch and leaves the file as it was', async () => {
    const core = await startTestCore();
    await core.call('prefs.set', { language: 'fr', theme: 'light' });
    const path = join(core.dataDir, PREFS_FILE);
    const before = readFileSync(path, 'utf8');

    for (const patch of [{ theme: 'pink' }, { language: 'de' }, { theme: 'dark', language: 'de' }]) {
      const envelope = await core.dispatch('prefs.set', patch);
      expect(envelope, JSON.stringify(patch)).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    }
    expect(readFileSync(path, 'utf8')).toBe(before);
    expect(await core.call('prefs.get', undefined)).toMatchObject({ language: 'fr', theme: 'light' });
  });

  it('writes no file until something is changed', async () => {
    const core = await startTestCore();
    await core.dispatch('prefs.set', { theme: 'pink' });
    expect(existsSync(join(core.dataDir, PREFS_FILE))).toBe(false);
  });
});
