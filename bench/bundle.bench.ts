import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { type Browser, chromium } from '@playwright/test';
import playwrightConfig from '../playwright.config.ts';
import { addDays, startOfWeek } from '../shared/calendar/dates.ts';
import { zonedToday } from '../shared/calendar/zoned.ts';
import { type RunningHost, startWebHost } from '../test/support/hosts/web-host.ts';
import { rendererDir, rpc } from './browser-host.ts';
import { waitUntil } from './render-probe.ts';
import { type AmountRow, formatAmounts } from './table.ts';

export const name = 'Renderer JS fetched before the first screen (web host, built renderer, Chromium)';

/** Issue 13: what the window loads before it shows anything useful. */
const BUDGET_KB = 150;
const VIEWPORT = { width: 1440, height: 900 };
const WAIT_MS = 30_000;
/** The idle prefetch is over when no script has been fetched for this long. */
const QUIET_MS = 1500;

interface Chunk {
  file: string;
  raw: number;
  gzip: number;
}

/** Every JS file of the built renderer, with its size and its gzip-compressed size (gzip's default level, as Vite reports). */
function chunksOf(dir: string): Map<string, Chunk> {
  const chunks = new Map<string, Chunk>();
  for (const file of readdirSync(join(dir, 'assets'))) {
    if (!file.endsWith('.js')) continue;
    const bytes = readFileSync(join(dir, 'assets', file));
    chunks.set(`/assets/${file}`, { file, raw: bytes.length, gzip: gzipSync(bytes).length });
  }
  return chunks;
}

/**
 * Installed before the app loads: notes the moment `condition` first holds. A MutationObserver
 * runs right after React writes the DOM, before any idle callback, so nothing prefetched after the
 * first screen can slip in before the moment noted.
 */
const firstScreenProbe = (condition: string) => `(() => {
  window.__firstScreen = null;
  const seen = () => {
    if (window.__firstScreen === null && (${condition})) window.__firstScreen = performance.now();
  };
  new MutationObserver(seen).observe(document, { childList: true, subtree: true });
})();`;

/** The renderer's scripts the page fetched (path, start), the web host's stand-in for Electron's preload left out. */
const SCRIPTS = `performance.getEntriesByType('resource')
  .map((e) => ({ path: new URL(e.name).pathname, start: e.startTime }))
  .filter((e) => e.path.startsWith('/assets/') && e.path.endsWith('.js'))`;

interface Fetched {
  path: string;
  start: number;
}

interface Opened {
  /** Scripts fetched before the first screen was drawn. */
  first: Fetched[];
  /** Every script fetched once the idle prefetch was over. */
  all: Fetched[];
  /** When the prefetch started (its performance mark), relative to the first screen. */
  prefetchAfterMs: number | null;
  errors: string[];
}

async function open(browser: Browser, host: RunningHost, condition: string): Promise<Opened> {
  const context = await browser.newContext({ viewport: VIEWPORT, locale: 'fr-FR' });
  try {
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    page.on('response', (r) => {
      const path = new URL(r.url()).pathname;
      const type = r.headers()['content-type'] ?? '';
      if (path.endsWith('.js') && (r.status() !== 200 || !type.startsWith('text/javascript')))
        errors.push(`${path}: ${r.status()} ${type}`);
    });
    await page.addInitScript({ content: firstScreenProbe(condition) });
    await page.goto(host.url.href);
    await page.evaluate(waitUntil('window.__firstScreen !== null', WAIT_MS));
    const firstAt = (await page.evaluate('window.__firstScreen')) as number;
    // Then until the idle prefetch has fetched everything it wanted.
    let count = -1;
    for (;;) {
      await page.waitForTimeout(QUIET_MS);
      const now = ((await page.evaluate(SCRIPTS)) as Fetched[]).length;
      if (now === count) break;
      count = now;
    }
    const all = (await page.evaluate(SCRIPTS)) as Fetched[];
    const mark = (await page.evaluate(
      `performance.getEntriesByName('calepin:prefetch')[0]?.startTime ?? null`,
    )) as number | null;
    return {
      first: all.filter((s) => s.start < firstAt),
      all,
      prefetchAfterMs: mark === null ? null : mark - firstAt,
      errors,
    };
  } finally {
    await context.close();
  }
}

const kb = (bytes: number) => bytes / 1024;
const sum = (chunks: readonly Chunk[], key: 'raw' | 'gzip') => chunks.reduce((s, c) => s + c[key], 0);

/** A returning user's home screen: one client, its channel and a few posts this week. */
async function seedWeek(host: RunningHost): Promise<void> {
  const zone = 'Europe/Paris';
  const client = (await rpc(host, 'clients.create', {
    name: 'Studio',
    color: '#29A36A',
    timeZone: zone,
  })) as {
    id: string;
  };
  const channel = (await rpc(host, 'channels.create', {
    clientId: client.id,
    network: 'instagram',
    handle: '@studio',
  })) as { id: string };
  const monday = startOfWeek(zonedToday(new Date(), zone), 1);
  for (let day = 0; day < 5; day++)
    await rpc(host, 'posts.create', {
      clientId: client.id,
      channelId: channel.id,
      date: addDays(monday, day),
      time: '09:00',
      caption: `Publication ${day + 1}`,
    });
  await rpc(host, 'prefs.set', { language: 'fr', lastClientId: client.id });
}

export async function run(): Promise<string> {
  const notes: string[] = [];
  const dir = rendererDir(notes);
  const chunks = chunksOf(dir);
  const dataDir = mkdtempSync(join(tmpdir(), 'calepin-bench-'));
  let host: RunningHost | null = null;
  let browser: Browser | null = null;
  const rows: AmountRow[] = [];
  const whole = [...chunks.values()];
  try {
    host = await startWebHost({ dataDir, rendererDir: dir });
    browser = await chromium.launch(playwrightConfig.use?.launchOptions);
    const scenarios = [
      // A first start: no client yet, the welcome screen.
      { label: 'first start (welcome)', condition: "document.querySelector('main h1, main h2')" },
      // Every later start: the last client's This week, its posts drawn.
      { label: 'This week (a returning user)', condition: "document.querySelector('[data-post-id]')" },
    ];
    const prefetched = new Set<string>();
    for (const [i, scenario] of scenarios.entries()) {
      if (i === 1) await seedWeek(host);
      const opened = await open(browser, host, scenario.condition);
      const first = opened.first.map((s) => chunks.get(s.path)).filter((c): c is Chunk => c !== undefined);
      rows.push({
        operation: `JS before the first screen, ${scenario.label}, gzip`,
        n: first.length,
        value: kb(sum(first, 'gzip')),
        budget: BUDGET_KB,
      });
      notes.push(
        `${scenario.label}: ${first.length} files before the first screen, ${kb(sum(first, 'raw')).toFixed(1)} KB minified ` +
          `(${first.map((c) => c.file).join(', ')}); ${opened.all.length} fetched in all once the idle prefetch was over; ` +
          `prefetch began ${opened.prefetchAfterMs === null ? 'never' : `${opened.prefetchAfterMs.toFixed(0)} ms after the first screen`}`,
      );
      for (const s of opened.all) prefetched.add(s.path);
      if (opened.errors.length > 0)
        notes.push(`${scenario.label}: errors: ${[...new Set(opened.errors)].join(' | ')}`);
    }
    const reached = whole.filter((c) => prefetched.has(`/assets/${c.file}`));
    rows.push(
      {
        operation: 'JS fetched once the idle prefetch is over, gzip',
        n: reached.length,
        value: kb(sum(reached, 'gzip')),
      },
      { operation: 'whole renderer bundle, gzip', n: whole.length, value: kb(sum(whole, 'gzip')) },
      { operation: 'whole renderer bundle, minified', n: whole.length, value: kb(sum(whole, 'raw')) },
    );
    const never = whole.filter((c) => !prefetched.has(`/assets/${c.file}`)).map((c) => c.file);
    if (never.length > 0) notes.push(`never fetched in these two starts: ${never.join(', ')}`);
    const largest = [...whole].sort((a, b) => b.gzip - a.gzip).slice(0, 8);
    notes.push(
      `largest chunks (gzip / minified KB): ${largest
        .map((c) => `${c.file} ${kb(c.gzip).toFixed(1)} / ${kb(c.raw).toFixed(1)}`)
        .join('; ')}`,
    );
  } finally {
    await browser?.close();
    await host?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
  return [
    formatAmounts(name, 'KB', rows),
    '',
    `viewport ${VIEWPORT.width}×${VIEWPORT.height}, French; renderer from ${dir}; gzip sizes computed from the built files`,
    ...notes,
  ].join('\n');
}
