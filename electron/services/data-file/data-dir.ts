import { homedir } from 'node:os';
import { join, resolve } from 'node:path';

export const APP_NAME = 'Calepin';

/** `--data-dir DIR` or `--data-dir=DIR` from a command line, if given. */
export function dataDirArg(argv: readonly string[]): string | null {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (arg === '--data-dir') return argv[i + 1] ?? null;
    if (arg.startsWith('--data-dir=')) return arg.slice('--data-dir='.length);
  }
  return null;
}

/** Where Electron keeps `userData` for this app, computed the same way without Electron. */
export function defaultDataDir(platform: NodeJS.Platform = process.platform, env = process.env): string {
  if (platform === 'win32') return join(env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), APP_NAME);
  if (platform === 'darwin') return join(homedir(), 'Library', 'Application Support', APP_NAME);
  return join(env.XDG_CONFIG_HOME ?? join(homedir(), '.config'), APP_NAME);
}

/** The flag wins over the environment, which wins over the platform default (tests never touch a real file). */
export function resolveDataDir(argv: readonly string[], env: NodeJS.ProcessEnv, fallback: string): string {
  // An empty value means "not set", never the current directory.
  return resolve(dataDirArg(argv) || env.CALEPIN_DATA_DIR || fallback);
}
