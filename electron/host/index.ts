import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { startCore } from '../api/core.ts';
import { jsonFilePrefs } from '../prefs/json-file.ts';
import { defaultDataDir, resolveDataDir } from '../services/data-file/data-dir.ts';
import { keepFilesPrivate } from '../services/data-file/private-files.ts';
import { describeStartupError } from '../services/data-file/startup-problem.ts';
import { createHostServer } from './server.ts';

/**
 * `node electron/host/index.ts [--data-dir DIR] [--port N] [--renderer DIR]`
 * First line of output: the URL to open. Everything else goes after it or to stderr.
 */
function argValue(argv: string[], name: string): string | null {
  const i = argv.indexOf(name);
  if (i >= 0) return argv[i + 1] ?? null;
  const inline = argv.find((a) => a.startsWith(`${name}=`));
  return inline ? inline.slice(name.length + 1) : null;
}

keepFilesPrivate();
const root = fileURLToPath(new URL('../../', import.meta.url));
const argv = process.argv.slice(2);
const port = Number(argValue(argv, '--port') ?? 0);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`--port must be a number between 0 and 65535, not ${argValue(argv, '--port')}`);
  process.exit(2);
}
const dataDir = resolveDataDir(argv, process.env, defaultDataDir());
const rendererDir = argValue(argv, '--renderer') ?? `${root}out/renderer`;
const version = (JSON.parse(readFileSync(`${root}package.json`, 'utf8')) as { version: string }).version;

let core: Awaited<ReturnType<typeof startCore>>;
try {
  // A data file that cannot be opened does not stop the host: the page explains and offers a way out.
  core = await startCore({ dataDir, prefs: jsonFilePrefs(dataDir), host: 'web', version, recover: true });
} catch (error) {
  console.error(describeStartupError(error, 'en'));
  process.exit(1);
}
if (core.problem)
  console.error(`Calepin could not open its data (${core.problem.kind}); the page explains what to do.`);

const token = randomBytes(24).toString('hex');
const server = createHostServer({ dispatch: core.dispatch, rendererDir, dataDir, token });
server.listen(port, '127.0.0.1', () => {
  const address = server.address();
  const actual = typeof address === 'object' && address ? address.port : port;
  process.stdout.write(`http://127.0.0.1:${actual}/?token=${token}\n`);
  console.error(`Calepin web host — data folder: ${dataDir}`);
});

const stop = () => {
  server.close();
  void core.close().finally(() => process.exit(0));
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
