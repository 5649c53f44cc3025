// `npm run web -- [--data-dir DIR] [--port N]`: builds the renderer, then starts the web host.
// The build's chatter goes to stderr so the host's URL stays the first line on stdout.
import { spawn, spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);
const skipBuild = args.includes('--no-build');
const hostArgs = args.filter((a) => a !== '--no-build');

if (!skipBuild) {
  const build = spawnSync(
    process.execPath,
    [`${root}node_modules/electron-vite/bin/electron-vite.js`, 'build'],
    {
      cwd: root,
      stdio: ['ignore', 2, 2],
    },
  );
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const host = spawn(
  process.execPath,
  [
    '--experimental-strip-types',
    '--no-warnings=ExperimentalWarning',
    `${root}electron/host/index.ts`,
    ...hostArgs,
  ],
  {
    cwd: root,
    stdio: 'inherit',
  },
);
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => host.kill(signal));
host.on('exit', (code) => process.exit(code ?? 0));
