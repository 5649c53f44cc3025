// `npm test`: every check a change must pass, in order, then one line `N passed, N failed`
// totalled over all runners (typecheck, lint, electronegativity and build count as one check each).
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findChromium, onPath } from './chromium.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const bin = (name) => join(root, 'node_modules', '.bin', name);
const reports = join(root, '.tmp', 'reports');
rmSync(reports, { recursive: true, force: true });
mkdirSync(reports, { recursive: true });

const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 22 || (major === 22 && minor < 12)) {
  console.error(`Calepin needs Node 22.12 or newer (24 recommended); this is Node ${process.versions.node}.`);
  console.log('0 passed, 1 failed');
  process.exit(1);
}

const rows = [];
const run = (cmd, args, env = {}) =>
  spawnSync(cmd, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } }).status === 0;

/** A runner that exits non-zero without a failed test (a file that fails to load) still counts as one failure. */
function tally(name, ok, passed, failed) {
  rows.push({ name, passed, failed: failed > 0 ? failed : ok ? 0 : 1 });
}
const check = (name, ok) => tally(name, ok, ok ? 1 : 0, 0);

function readJson(path) {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return null;
  }
}

console.log('\n▶ typecheck');
check(
  'typecheck',
  run(bin('tsc'), ['-p', 'tsconfig.node.json', '--noEmit']) &&
    run(bin('tsc'), ['-p', 'tsconfig.web.json', '--noEmit']),
);

console.log('\n▶ lint');
check('lint', run(bin('biome'), ['check', '--error-on-warnings', '.']));

console.log('\n▶ electronegativity');
check('electronegativity', run(process.execPath, [join(root, 'scripts', 'electronegativity.mjs')]));

console.log('\n▶ build');
const built = run(bin('electron-vite'), ['build']);
check('build', built);

console.log('\n▶ unit + integration (vitest)');
const vitestJson = join(reports, 'vitest.json');
const vitestOk = run(bin('vitest'), [
  'run',
  '--reporter=default',
  '--reporter=json',
  `--outputFile.json=${vitestJson}`,
]);
const vitest = readJson(vitestJson);
tally('vitest', vitestOk && vitest !== null, vitest?.numPassedTests ?? 0, vitest?.numFailedTests ?? 0);

console.log('\n▶ end-to-end (Playwright + Chromium)');
const chromium = findChromium();
if (!chromium) {
  console.error(
    process.env.CHROME_PATH
      ? `e2e: CHROME_PATH=${process.env.CHROME_PATH} does not exist. Point it at a Chrome/Chromium executable.`
      : 'e2e: no Chromium found. Install it (Debian/Ubuntu: `sudo apt-get install chromium`) or set CHROME_PATH to a Chrome/Chromium executable.',
  );
  rows.push({ name: 'playwright', passed: 0, failed: 1 });
} else if (!built) {
  console.error('e2e: skipped because the build failed.');
  rows.push({ name: 'playwright', passed: 0, failed: 1 });
} else {
  const missing = ['pdftotext', 'pdfinfo', 'pdffonts', 'pdftoppm'].filter((tool) => !onPath(tool));
  if (missing.length > 0)
    console.error(
      `e2e: ${missing.join(', ')} not found, so the tests that read printed PDFs back will fail. Install poppler (Debian/Ubuntu: \`sudo apt-get install poppler-utils\`).`,
    );
  const pwJson = join(reports, 'playwright.json');
  const pwOk = run(bin('playwright'), ['test'], {
    CHROME_PATH: chromium,
    PLAYWRIGHT_JSON_OUTPUT_NAME: pwJson,
  });
  const stats = readJson(pwJson)?.stats;
  tally(
    'playwright',
    pwOk && stats !== undefined,
    (stats?.expected ?? 0) + (stats?.flaky ?? 0),
    stats?.unexpected ?? 0,
  );
}

const passed = rows.reduce((n, r) => n + r.passed, 0);
const failed = rows.reduce((n, r) => n + r.failed, 0);
console.log('\nSummary');
for (const r of rows)
  console.log(
    `  ${r.name.padEnd(17)} ${String(r.passed).padStart(4)} passed ${String(r.failed).padStart(3)} failed`,
  );
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
