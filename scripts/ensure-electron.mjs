// Electron 45 no longer fetches its binary at `npm install`: `require('electron')` or its own
// `install-electron` script does it on first use. electron-vite's preview and dev only look for
// `node_modules/electron/path.txt` and stop with "Electron uninstall", so `npm start`, `npm run dev`
// and `npm run dist` run this first: it fetches the binary with Electron's own installer when it is
// missing, and says in plain words what to do when that cannot happen.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const PLATFORM_PATHS = {
  darwin: 'Electron.app/Contents/MacOS/Electron',
  mas: 'Electron.app/Contents/MacOS/Electron',
  linux: 'electron',
  freebsd: 'electron',
  openbsd: 'electron',
  win32: 'electron.exe',
};

const read = (path) => {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return null;
  }
};

/** The same test as Electron's install.js: this version's binary for this platform is on disk. */
export function electronInstalled(dir, env = process.env, platform = process.platform) {
  const version = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')).version;
  const platformPath = PLATFORM_PATHS[env.ELECTRON_INSTALL_PLATFORM || env.npm_config_platform || platform];
  if (!platformPath) return false;
  if (read(join(dir, 'dist', 'version'))?.replace(/^v/, '') !== version) return false;
  if (read(join(dir, 'path.txt')) !== platformPath) return false;
  return existsSync(env.ELECTRON_OVERRIDE_DIST_PATH || join(dir, 'dist', platformPath));
}

const fetchFailed = (version, command) => `
Calepin could not download Electron ${version}, the program that runs its window.
It is fetched once, on the first start (about 100 MB), from Electron's usual download site.

What to do:
  - Connect to the internet once and run ${command} again.
  - Behind a proxy: set HTTPS_PROXY and ELECTRON_GET_USE_PROXY=true, or point
    ELECTRON_MIRROR at a mirror your network allows, then run it again.
  - Or use Calepin in your browser now, with nothing to download: npm run web
`;

/**
 * Fetches the binary when it is missing. Returns 'present', 'fetched' or 'failed'; on failure the
 * installer's own error has already been printed, followed by what the user can do.
 */
export function ensureElectron({ dir, env = process.env, log = console.error } = {}) {
  if (electronInstalled(dir, env)) return 'present';
  const version = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')).version;
  log(`Downloading Electron ${version} (about 100 MB, only on the first start)…`);
  const result = spawnSync(process.execPath, [join(dir, 'install.js')], { cwd: dir, env, stdio: 'inherit' });
  if (result.status === 0 && electronInstalled(dir, env)) return 'fetched';
  const event = env.npm_lifecycle_event;
  log(fetchFailed(version, !event || event === 'start' ? 'npm start' : `npm run ${event}`));
  return 'failed';
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  // CALEPIN_ELECTRON_DIR lets the tests point at a stand-in package with a stub installer.
  const dir =
    process.env.CALEPIN_ELECTRON_DIR || fileURLToPath(new URL('../node_modules/electron/', import.meta.url));
  process.exit(ensureElectron({ dir }) === 'failed' ? 1 : 0);
}
