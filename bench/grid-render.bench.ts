import { rmSync } from 'node:fs';
import { type Browser, chromium, type Page } from '@playwright/test';
import playwrightConfig from '../playwright.config.ts';
import { addDays, daysBetween, type IsoDate } from '../shared/calendar/dates.ts';
import { type RunningHost, startWebHost } from '../test/support/hosts/web-host.ts';
import { mb, peakRss, rendererDir, rpc } from './browser-host.ts';
import { heavyFolder } from './heavy-folder.ts';
import { toSamples } from './measure.ts';
import {
  DOM_SIZE,
  RENDER_PROBE,
  type RenderSample,
  SAMPLES_SO_FAR,
  samplesFrom,
  waitUntil,
} from './render-probe.ts';
import { formatTimings, type TimingRow } from './table.ts';
import { startBenchCore } from './temp-core.ts';

export const name = 'The Numbers grid drawn in Chromium (web host, built renderer, heavy client)';

/** The heavy client's busiest quarter; the benchmark tops it up to exactly this many published posts. */
const QUARTER = { from: '2023-10-01', to: '2024-01-01', label: 'T4 2023' } as const;
const ROWS = 2000;
const WARMUP = 4;
const SAMPLES = 20;
const VIEWPORT = { width: 1440, height: 900 };
const WAIT_MS = 60_000;

/** Quarters back from the dataset's "now" (Q4 2026) to QUARTER. */
const QUARTERS_BACK = 12;

/**
 * The grid's render with ~2,000 rows: only what is on screen reaches the DOM (TanStack Virtual),
 * so the measure and the DOM size must stay flat however long the quarter.
 */
async function topUp(dataDir: string, clientId: string, channelIds: readonly string[]): Promise<number> {
  const core = await startBenchCore(dataDir);
  try {
    const grid = await core.dispatch('metrics.grid', {
      clientId,
      from: QUARTER.from,
      to: QUARTER.to,
      on: '2026-11-26',
    });
    if (!grid.ok) throw new Error(grid.error.message);
    const missing = ROWS - (grid.value as unknown[]).length;
    const days = daysBetween(QUARTER.from, QUARTER.to);
    for (let i = 0; i < missing; i++) {
      const created = await core.dispatch('posts.create', {
        clientId,
        channelId: channelIds[i % channelIds.length],
        date: addDays(QUARTER.from, i % days) as IsoDate,
        time: '12:00',
        status: 'published',
        caption: `Publication ajoutée pour le banc d’essai ${i + 1}`,
      });
      if (!created.ok) throw new Error(created.error.message);
    }
    return missing;
  } finally {
    core.close();
  }
}

const gridSamples = async (page: Page, from: number) =>
  ((await page.evaluate(samplesFrom(from))) as RenderSample[]).filter((s) => s.name === 'metrics-grid');

/** Clicks a period button and waits for the grid's render of that period. */
async function step(page: Page, button: string): Promise<RenderSample> {
  const before = (await page.evaluate(SAMPLES_SO_FAR)) as number;
  await page.getByRole('button', { name: button, exact: true }).click();
  await page.evaluate(waitUntil(`${SAMPLES_SO_FAR} > ${before}`, WAIT_MS));
  await page.evaluate('new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)))');
  const sample = (await gridSamples(page, before)).at(-1);
  if (!sample) throw new Error(`${button} drew no grid`);
  return sample;
}

export async function run(): Promise<string> {
  const notes: string[] = [];
  const dir = rendererDir(notes);
  const heavy = await heavyFolder();
  const client = heavy.calendar.heavy;
  const channelIds = heavy.calendar.channels.filter((c) => c.clientId === client.id).map((c) => c.id);
  const core = await startBenchCore(heavy.dataDir);
  const dataDir = core.dataDir;
  core.close();
  let host: RunningHost | null = null;
  let browser: Browser | null = null;
  const rows: TimingRow[] = [];
  try {
    const added = await topUp(dataDir, client.id, channelIds);
    host = await startWebHost({ dataDir, rendererDir: dir });
    browser = await chromium.launch(playwrightConfig.use?.launchOptions);
    const page = await browser.newPage({ viewport: VIEWPORT, locale: 'fr-FR' });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    await page.addInitScript({ content: RENDER_PROBE });
    await rpc(host, 'prefs.set', { language: 'fr', theme: 'light', lastClientId: client.id });
    await page.goto(`${host.url.href}#/clients/${client.id}/numbers`);
    await page.getByText('Trimestre', { exact: true }).click();
    for (let i = 0; i < QUARTERS_BACK; i++) await step(page, 'Trimestre précédent');
    await page
      .getByRole('heading', { name: QUARTER.label })
      .or(page.getByText(QUARTER.label))
      .first()
      .waitFor();
    const dom = (await page.evaluate(DOM_SIZE)) as { elements: number; cards: number };
    // Forth and back between the 2,000-post quarter and the next one: each step draws a new period.
    const big: RenderSample[] = [];
    const next: RenderSample[] = [];
    for (let i = 1; i <= WARMUP + SAMPLES; i++) {
      const forward = await step(page, 'Trimestre suivant');
      const back = await step(page, 'Trimestre précédent');
      if (i <= WARMUP) continue;
      next.push(forward);
      big.push(back);
    }
    rows.push(
      {
        operation: `grid render, ${ROWS} rows (React → DOM)`,
        ms: toSamples(big.map((s) => s.render)),
      },
      { operation: `grid style + layout after it`, ms: toSamples(big.map((s) => s.layout)) },
      {
        operation: 'grid render, the next quarter (React → DOM)',
        ms: toSamples(next.map((s) => s.render)),
      },
    );
    notes.push(
      `${QUARTER.label}: ${ROWS} published posts (${added} added to the heavy client's ${ROWS - added}); ` +
        `DOM ${dom.elements} elements, ${dom.cards} table rows drawn (header included)`,
      `rows drawn per step min–max: ${Math.min(...big.map((s) => s.cards))}–${Math.max(...big.map((s) => s.cards))}`,
    );
    if (errors.length > 0) notes.push(`browser console errors: ${[...new Set(errors)].join(' | ')}`);
    const heap = await (await page.context().newCDPSession(page)).send('Runtime.getHeapUsage');
    notes.push(`page JS heap ${mb(heap.usedSize)} MB used; web host peak RSS ${peakRss(host.child.pid)}`);
  } finally {
    await browser?.close();
    await host?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
  return [
    formatTimings(name, rows),
    '',
    `viewport ${VIEWPORT.width}×${VIEWPORT.height}, French`,
    ...notes,
  ].join('\n');
}
