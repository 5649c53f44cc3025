import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeTempDir, removeDir } from '../../../support/files/temp-dir.ts';

const SCRIPT = fileURLToPath(new URL('../../../../scripts/ensure-electron.mjs', import.meta.url));
const VERSION = '45.5.0';

/**
 * A stand-in for node_modules/electron: its package.json and an install.js that either unpacks a
 * fake binary the way Electron's installer does, or fails as it does offline. Each run of the
 * installer is recorded, so a test can tell whether a download was attempted.
 */
function standIn(dir: string, installer: 'unpacks' | 'offline'): void {
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'electron', version: VERSION }));
  const body =
    installer === 'unpacks'
      ? `fs.mkdirSync(path.join(__dirname, 'dist'), { recursive: true });
         fs.writeFileSync(path.join(__dirname, 'dist', 'version'), '${VERSION}');
         fs.writeFileSync(path.join(__dirname, 'dist', 'electron'), 'binary');
         fs.writeFileSync(path.join(__dirname, 'path.txt'), 'electron');`
      : `console.error('RequestError: getaddrinfo ENOTFOUND github.com'); process.exit(1);`;
  writeFileSync(
    join(dir, 'install.js'),
    `const fs = require('fs'); const path = require('path');
     fs.appendFileSync(path.join(__dirname, 'installer-runs'), 'run\\n');
     ${body}`,
  );
}

function start(dir: string) {
  const result = spawnSync(process.execPath, [SCRIPT], {
    env: { PATH: process.env.PATH, CALEPIN_ELECTRON_DIR: dir, ELECTRON_INSTALL_PLATFORM: 'linux' },
    encoding: 'utf8',
  });
  const runs = existsSync(join(dir, 'installer-runs'))
    ? readFileSync(join(dir, 'installer-runs'), 'utf8').split('\n').filter(Boolean).length
    : 0;
  return { status: result.status, output: result.stdout + result.stderr, runs };
}

describe('npm start on a fresh clone: the Electron binary is fetched on first use', () => {
  let dir: string;
  beforeEach(() => {
    dir = makeTempDir();
  });
  afterEach(() => removeDir(dir));

  it('goes straight on when the binary is already there, without running the installer', () => {
    standIn(dir, 'offline');
    mkdirSync(join(dir, 'dist'));
    writeFileSync(join(dir, 'dist', 'version'), VERSION);
    writeFileSync(join(dir, 'dist', 'electron'), 'binary');
    writeFileSync(join(dir, 'path.txt'), 'electron');
    const run = start(dir);
    expect(run).toMatchObject({ status: 0, runs: 0 });
    expect(run.output).toBe('');
  });

  it('downloads it with Electron’s own installer when it is missing, then goes on', () => {
    standIn(dir, 'unpacks');
    const first = start(dir);
    expect(first.status).toBe(0);
    expect(first.runs).toBe(1);
    expect(first.output).toContain(`Downloading Electron ${VERSION}`);
    // The second start finds it and downloads nothing.
    expect(start(dir)).toMatchObject({ status: 0, runs: 1 });
  });

  it('downloads again when the binary on disk is another version', () => {
    standIn(dir, 'unpacks');
    mkdirSync(join(dir, 'dist'));
    writeFileSync(join(dir, 'dist', 'version'), 'v44.0.0');
    writeFileSync(join(dir, 'dist', 'electron'), 'old binary');
    writeFileSync(join(dir, 'path.txt'), 'electron');
    expect(start(dir)).toMatchObject({ status: 0, runs: 1 });
  });

  it('offline, says what to do in plain words and exits non-zero', () => {
    standIn(dir, 'offline');
    const run = start(dir);
    expect(run.status).toBe(1);
    expect(run.runs).toBe(1);
    expect(run.output).toContain('ENOTFOUND');
    expect(run.output).toContain('Calepin could not download Electron 45.5.0');
    expect(run.output).toContain('Connect to the internet once and run npm start again');
    expect(run.output).toContain('npm run web');
  });
});
