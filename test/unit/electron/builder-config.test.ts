import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { getConfig, validateConfiguration } from 'app-builder-lib/out/util/config/config.js';
import { DebugLogger } from 'builder-util';
import { describe, expect, it } from 'vitest';

// Read and validated by electron-builder's own loader and schema, exactly as `npm run dist` would.
const root = join(import.meta.dirname, '../../..');
const config = await getConfig(root, null, null);

describe('electron-builder.yml', () => {
  // Loading electron-builder's validator takes seconds on a busy two-core machine.
  it('is a valid electron-builder configuration', { timeout: 60_000 }, async () => {
    await expect(validateConfiguration(config, new DebugLogger(false))).resolves.toBeUndefined();
  });

  it('burns the security fuses into the binary', () => {
    expect(config.electronFuses).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
    });
  });

  it('ships the prebuilt SQLite binary as is, outside the asar', () => {
    expect(config.npmRebuild).toBe(false);
    expect(config.asarUnpack).toEqual(['**/*.node']);
  });

  it('identifies the app and packages only the build output', () => {
    expect(config.appId).toBe('app.calepin.desktop');
    expect(config.productName).toBe('Calepin');
    expect(config.directories?.output).toBe('dist');
    // electron-builder normalises the list into one filter set.
    expect(config.files).toEqual([{ filter: ['out/**', 'package.json'] }]);
  });

  it('targets Linux, macOS and Windows with an icon that exists', () => {
    expect(config.linux?.target).toEqual(['AppImage', 'deb']);
    expect(config.linux?.category).toBe('Office');
    expect(config.mac?.target).toBe('dmg');
    expect(config.win?.target).toBe('nsis');
    for (const icon of [config.linux?.icon, config.mac?.icon, config.win?.icon]) {
      expect(icon && existsSync(join(root, icon))).toBe(true);
    }
  });
});
