// Electronegativity (Doyensec's Electron security scanner) over the main process, the preloads and the
// page's CSP. Prints every finding; exits 1 when a finding of medium severity or above is not one of
// the justified exceptions in electronegativity-exceptions.json (each explained in docs/decisions.md),
// when an exception no longer matches anything, or when a file could not be parsed (a file the
// scanner cannot read is a file it did not check). Works offline.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire, registerHooks, stripTypeScriptTypes } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const require = createRequire(import.meta.url);
const toolPackage = require.resolve('@doyensec/electronegativity/package.json');
const toolDir = dirname(toolPackage);
const OFFLINE_GOT = 'calepin-offline:got';

// Two redirections, for the scanner's own modules only (nothing in node_modules is changed):
// - its TypeScript front-end (@typescript-eslint/typescript-estree 4, hoisted beside our own
//   TypeScript 7, which has no JavaScript API) gets the TypeScript 4.2 that the scanner ships with;
// - `got`, with which it fetches translations and Electron's release list, fails at once: these
//   machines are offline, and got 11 crashes the process ("onCancel handler was attached after the
//   promise settled") when its retry fires after the scanner has given up waiting.
const scannerTypeScript = pathToFileURL(createRequire(toolPackage).resolve('typescript')).href;
const fromScanner = (parentURL) =>
  parentURL !== undefined &&
  (parentURL.includes('/node_modules/@typescript-eslint/') ||
    parentURL.includes('/node_modules/@doyensec/electronegativity/'));
registerHooks({
  resolve(specifier, context, next) {
    if (!fromScanner(context.parentURL)) return next(specifier, context);
    if (specifier === 'typescript') return { url: scannerTypeScript, format: 'commonjs', shortCircuit: true };
    if (specifier === 'got') return { url: OFFLINE_GOT, format: 'commonjs', shortCircuit: true };
    return next(specifier, context);
  },
  load(url, context, next) {
    if (url !== OFFLINE_GOT) return next(url, context);
    const source = `const offline = () => Promise.reject(new Error('offline: Calepin scans without a network'));
      module.exports = Object.assign(offline, { head: offline, get: offline });`;
    return { format: 'commonjs', source, shortCircuit: true };
  },
});

// stripTypeScriptTypes is flagged experimental in Node 24; that notice is not a finding.
process.removeAllListeners('warning');
process.on('warning', (warning) => {
  if (warning.name !== 'ExperimentalWarning') console.warn(warning);
});
// The scanner describes its findings in the language of LANG; the report is read in English.
process.env.LANG = 'en-US';

const SEVERITY = ['INFORMATIONAL', 'LOW', 'MEDIUM', 'HIGH'];
const FAIL_FROM = SEVERITY.indexOf('MEDIUM');
// Needs Electron's release list from the network to say whether a newer patch fixes a vulnerability;
// offline it can only fail or guess. Keeping Electron current is a dependency update, not a scan.
const NETWORK_CHECKS = ['AvailableSecurityFixesGlobalCheck'];

/**
 * The scanner reads TypeScript with Babel but then resolves no variables (`new BrowserWindow(options)`
 * is not followed into `options`), and it would use TypeScript 4.2 for what Babel refuses. Plain
 * JavaScript gets its full scope analysis. So each `.ts` file is stripped of its types the way Node
 * runs it (types become blanks: lines and columns stay those of the source) into a mirror of
 * electron/, and findings are reported against the original file. The page's index.html goes in
 * with the policy electron/http/csp.ts gives it at build time, so the CSP itself is evaluated.
 */
async function buildMirror(target) {
  const sources = new Map();
  const electronDir = join(root, 'electron');
  for (const entry of readdirSync(electronDir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const source = join(entry.parentPath, entry.name);
    const repoPath = relative(root, source).split(sep).join('/');
    const text = readFileSync(source, 'utf8');
    const isTs = source.endsWith('.ts');
    const mirrored = isTs ? repoPath.replace(/\.ts$/, '.js') : repoPath;
    mkdirSync(dirname(join(target, mirrored)), { recursive: true });
    writeFileSync(join(target, mirrored), isTs ? stripTypeScriptTypes(text) : text);
    sources.set(mirrored, repoPath);
  }
  const { contentSecurityPolicy } = await import(pathToFileURL(join(root, 'electron/http/csp.ts')).href);
  const html = readFileSync(join(root, 'renderer/index.html'), 'utf8');
  mkdirSync(join(target, 'renderer'));
  writeFileSync(
    join(target, 'renderer/index.html'),
    html.replace('%CALEPIN_CSP%', contentSecurityPolicy('meta')),
  );
  sources.set('renderer/index.html', 'renderer/index.html');
  return sources;
}

function loadExceptions() {
  const exceptions = JSON.parse(
    readFileSync(join(root, 'scripts/electronegativity-exceptions.json'), 'utf8'),
  );
  const decisions = readFileSync(join(root, 'docs/decisions.md'), 'utf8');
  const anchors = new Set(
    [...decisions.matchAll(/^#+ (.+)$/gm)].map(([, title]) =>
      title
        .toLowerCase()
        .replace(/[^\p{L}\p{N} -]/gu, '')
        .replace(/ /g, '-'),
    ),
  );
  for (const exception of exceptions) {
    const anchor = exception.why.split('#')[1];
    if (!exception.why.startsWith('docs/decisions.md#') || !anchors.has(anchor)) {
      throw new Error(`Exception ${exception.check} in ${exception.file}: no heading for ${exception.why}`);
    }
  }
  return exceptions;
}

const scan = require(join(toolDir, 'dist/runner.js'));
const electronVersion = require('electron/package.json').version;
const mirror = mkdtempSync(join(tmpdir(), 'calepin-electronegativity-'));
let exitCode = 1;
try {
  const sources = await buildMirror(mirror);
  const exceptions = loadExceptions();
  const result = await scan(
    {
      input: mirror,
      isRelative: true,
      electronVersionOverride: electronVersion,
      excludeFromScan: NETWORK_CHECKS,
    },
    false,
  );
  const used = new Set();
  const findings = result.issues.map((issue) => {
    const file = sources.get(issue.file) ?? issue.file;
    const lineText = sources.has(issue.file)
      ? (readFileSync(join(root, file), 'utf8').split('\n')[issue.location.line - 1] ?? '')
      : '';
    const exception = exceptions.find(
      (e) => e.check === issue.id && e.file === file && lineText.includes(e.line),
    );
    if (exception) used.add(exception);
    return {
      severity: issue.severity.name,
      confidence: issue.confidence.name,
      check: issue.id,
      where: issue.location.line > 0 ? `${file}:${issue.location.line}` : file,
      description: issue.description,
      exception,
      blocking: SEVERITY.indexOf(issue.severity.name) >= FAIL_FROM && !exception,
    };
  });
  findings.sort((a, b) => SEVERITY.indexOf(b.severity) - SEVERITY.indexOf(a.severity));

  console.log(
    `Electronegativity ${require(toolPackage).version}, Electron ${electronVersion}: ` +
      `${result.atomicChecks} atomic and ${result.globalChecks} global checks over ${sources.size} files` +
      ` (skipped, needs the network: ${NETWORK_CHECKS.join(', ')})`,
  );
  for (const f of findings) {
    const mark = f.blocking ? 'FAIL' : f.exception ? 'ok, justified' : 'ok, below medium';
    console.log(`  [${mark}] ${f.severity}/${f.confidence} ${f.check} at ${f.where}`);
    console.log(`      ${f.description}${f.exception ? `\n      see ${f.exception.why}` : ''}`);
  }
  const counts = SEVERITY.map((s) => `${findings.filter((f) => f.severity === s).length} ${s.toLowerCase()}`);
  console.log(`Findings: ${counts.reverse().join(', ')}; ${used.size} justified exception(s).`);

  const problems = [
    ...result.errors.map((e) => `could not parse ${relative(mirror, e.file)}: ${e.message}`),
    ...findings.filter((f) => f.blocking).map((f) => `${f.severity} ${f.check} at ${f.where}`),
    ...exceptions
      .filter((e) => !used.has(e))
      .map((e) => `stale exception ${e.check} in ${e.file} (nothing matches "${e.line}"): remove it`),
  ];
  for (const problem of problems) console.error(`electronegativity: ${problem}`);
  exitCode = problems.length === 0 ? 0 : 1;
} finally {
  rmSync(mirror, { recursive: true, force: true });
}
process.exit(exitCode);
