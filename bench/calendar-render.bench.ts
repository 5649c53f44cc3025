import { rmSync } from 'node:fs';
import { type Browser, chromium, type Page } from '@playwright/test';
import playwrightConfig from '../playwright.config.ts';
import { addDays, addMonths, daysBetween, type IsoDate, monthGrid } from '../shared/calendar/dates.ts';
import type { CalendarViewName, PrefsPatch } from '../shared/domain/prefs.ts';
import { type RunningHost, startWebHost } from '../test/support/hosts/web-host.ts';
import { mb, peakRss, peakRssMb, rendererDir, rpc } from './browser-host.ts';
import { BENCH_MONTH, BENCH_WEEK } from './calendar.bench.ts';
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
import { type AmountRow, formatAmounts, formatTimings, type TimingRow } from './table.ts';
import { type BenchCore, startBenchCore } from './temp-core.ts';
import { visitEveryScreen } from './visit-screens.ts';

export const name = 'The calendar drawn in Chromium (web host, built renderer, heavy client)';

const WARMUP = 5;
const SAMPLES = 30;
/** A laptop screen. */
const VIEWPORT = { width: 1440, height: 900 };
const WAIT_MS = 30_000;
/** The list's budget is for this many rows: the benchmark tops up each month the list steps through to it. */
const LIST_ROWS = 2000;
/** Issue 13: the web host with the heavy file open and every screen visited. */
const RSS_BUDGET_MB = 250;

interface ViewPlan {
  view: CalendarViewName;
  /** The period the view opens on. */
  start: IsoDate;
  /**
   * K goes back this many periods, then J comes forward as many, and again: every period stays
   * in the heavy client's busy autumn, and each step draws other posts than the one before.
   */
  span: number;
  budget?: number;
  /** The range `posts.list` asks for, as the renderer's `periodOf` (weeks from Monday: French). */
  period(date: IsoDate): { from: IsoDate; to: IsoDate };
  back(date: IsoDate, steps: number): IsoDate;
}

const LIST_MONTH: IsoDate = '2026-06-01';

const gridOf = (date: IsoDate) => {
  const grid = monthGrid(date, 1);
  return { from: grid[0] ?? date, to: addDays(grid.at(-1) ?? date, 1) };
};

const PLANS: ViewPlan[] = [
  {
    view: 'week',
    start: BENCH_WEEK,
    span: 4,
    budget: 50,
    period: (date) => ({ from: date, to: addDays(date, 7) }),
    back: (date, steps) => addDays(date, -7 * steps),
  },
  {
    view: 'month',
    start: BENCH_MONTH,
    span: 2,
    budget: 150,
    period: gridOf,
    back: (d, s) => addMonths(d, -s),
  },
  {
    // Spring 2026, away from the week's and the month's autumn: its three months are topped up to
    // LIST_ROWS posts each (topUpList) without changing what the other two views draw.
    view: 'list',
    start: LIST_MONTH,
    span: 2,
    budget: 50,
    period: (date) => ({ from: date, to: addMonths(date, 1) }),
    back: (d, s) => addMonths(d, -s),
  },
];

/** How many periods back from the start the view is after `step` presses. */
function position(plan: ViewPlan, step: number): number {
  const phase = step % (2 * plan.span);
  return phase <= plan.span ? phase : 2 * plan.span - phase;
}

const quantiles = (values: number[]) => {
  const s = toSamples(values).sorted;
  return `${s[0]}–${s[Math.floor(s.length / 2)]}–${s.at(-1)}`;
};

/** Opens the view on its first period and waits for the render that draws its posts. */
async function open(page: Page, host: RunningHost, clientId: string, plan: ViewPlan): Promise<RenderSample> {
  const prefs: PrefsPatch = {
    language: 'fr',
    theme: 'light',
    lastClientId: clientId,
    calendarViews: { [clientId]: { view: plan.view, date: plan.start, filters: {} } },
  };
  await rpc(host, 'prefs.set', prefs);
  // A fresh document each time: the app reads the preferences again and the probe starts empty.
  await page.goto('about:blank');
  await page.goto(`${host.url.href}#/clients/${clientId}/calendar`);
  await page.evaluate(
    waitUntil(
      `window.__calepinBench.samples.some((s) => s.name === 'calendar-${plan.view}' && s.cards > 0)`,
      WAIT_MS,
    ),
  );
  // The keys must reach the calendar, not a field that took the focus.
  await page.evaluate('document.activeElement instanceof HTMLElement && document.activeElement.blur()');
  const all = (await page.evaluate(samplesFrom(0))) as RenderSample[];
  return all.filter((s) => s.name === `calendar-${plan.view}`).at(-1) as RenderSample;
}

/** K or J, then the measure of the render that draws that period; `extra` counts renders beyond one. */
async function step(page: Page, key: 'j' | 'k', view: CalendarViewName) {
  const before = (await page.evaluate(SAMPLES_SO_FAR)) as number;
  await page.keyboard.press(key);
  await page.evaluate(waitUntil(`${SAMPLES_SO_FAR} > ${before}`, WAIT_MS));
  // Two frames more: a second render of the same step would show up here.
  await page.evaluate('new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)))');
  const fresh = ((await page.evaluate(samplesFrom(before))) as RenderSample[]).filter(
    (s) => s.name === `calendar-${view}`,
  );
  const sample = fresh.at(-1);
  if (!sample) throw new Error(`${key.toUpperCase()} drew no calendar-${view}`);
  return { sample, extra: fresh.length - 1 };
}

async function measureView(
  page: Page,
  host: RunningHost,
  clientId: string,
  plan: ViewPlan,
  counts: readonly number[],
): Promise<{ rows: TimingRow[]; notes: string[] }> {
  const first = await open(page, host, clientId, plan);
  const dom = (await page.evaluate(DOM_SIZE)) as { elements: number; cards: number };
  const samples: RenderSample[] = [];
  const posts: number[] = [];
  let extra = 0;
  for (let i = 1; i <= WARMUP + SAMPLES; i++) {
    const key = position(plan, i) > position(plan, i - 1) ? 'k' : 'j';
    const done = await step(page, key, plan.view);
    if (i <= WARMUP) continue;
    samples.push(done.sample);
    posts.push(counts[position(plan, i)] ?? 0);
    extra += done.extra;
  }
  const v = plan.view;
  const rows: TimingRow[] = [
    {
      operation: `${v} render, React → DOM (mark)`,
      ms: toSamples(samples.map((s) => s.render)),
      budget: plan.budget,
    },
    { operation: `${v} style + layout after it`, ms: toSamples(samples.map((s) => s.layout)) },
    {
      operation: `${v} key → DOM (prefs.set, posts.list, render)`,
      ms: toSamples(samples.map((s) => s.sinceKey ?? Number.NaN)),
    },
  ];
  const notes = [
    `${v}: opened on ${plan.start} (${counts[0]} posts): first render ${first.render.toFixed(1)} ms (cold), ` +
      `DOM ${dom.elements} elements, ${dom.cards} ${v === 'list' ? 'rows' : 'cards'}`,
    `${v}: ${SAMPLES} steps measured after ${WARMUP} of warm-up, over the ${plan.span + 1} periods back from ` +
      `${plan.start}; posts per step min–median–max ${quantiles(posts)}, ` +
      `${v === 'list' ? 'rows' : 'cards'} drawn ${quantiles(samples.map((s) => s.cards))}` +
      (extra > 0 ? `; ${extra} step(s) rendered more than once` : ''),
  ];
  return { rows, notes };
}

/**
 * Adds posts to each month the list steps through until it holds LIST_ROWS: the heavy client posts
 * ~600 a month, and the list's budget is for 2,000 rows. On the benchmark's copy of the file only.
 */
async function topUpList(core: BenchCore, clientId: string, channelIds: readonly string[]): Promise<number> {
  const plan = PLANS.find((p) => p.view === 'list');
  let added = 0;
  for (let k = 0; plan && k <= plan.span; k++) {
    const { from, to } = plan.period(plan.back(plan.start, k));
    const listed = await core.dispatch('posts.list', { clientId, from, to });
    if (!listed.ok) throw new Error(listed.error.message);
    const days = daysBetween(from, to);
    for (let i = (listed.value as unknown[]).length; i < LIST_ROWS; i++, added++) {
      const created = await core.dispatch('posts.create', {
        clientId,
        channelId: channelIds[i % channelIds.length],
        date: addDays(from, i % days),
        time: `${String(8 + (i % 12)).padStart(2, '0')}:${String((i * 7) % 60).padStart(2, '0')}`,
        caption: `Publication ajoutée pour le banc d’essai ${i + 1}`,
      });
      if (!created.ok) throw new Error(created.error.message);
    }
  }
  return added;
}

/** Posts `posts.list` returns for each period the view will show, counted on a copy of the data file. */
async function periodCounts(dataDir: string, clientId: string): Promise<Map<CalendarViewName, number[]>> {
  const core = await startBenchCore(dataDir);
  try {
    const counts = new Map<CalendarViewName, number[]>();
    for (const plan of PLANS) {
      const list: number[] = [];
      for (let k = 0; k <= plan.span; k++) {
        const { from, to } = plan.period(plan.back(plan.start, k));
        const envelope = await core.dispatch('posts.list', { clientId, from, to });
        if (!envelope.ok) throw new Error(envelope.error.message);
        list.push((envelope.value as unknown[]).length);
      }
      counts.set(plan.view, list);
    }
    return counts;
  } finally {
    await core.dispose();
  }
}

export async function run(): Promise<string> {
  const notes: string[] = [];
  const dir = rendererDir(notes);
  const heavy = await heavyFolder();
  const clientId = heavy.calendar.heavy.id;
  const channelIds = heavy.calendar.channels.filter((c) => c.clientId === clientId).map((c) => c.id);
  // The copy the web host will open, topped up before it does.
  const core = await startBenchCore(heavy.dataDir);
  const dataDir = core.dataDir;
  const added = await topUpList(core, clientId, channelIds).finally(() => core.close());
  notes.push(`list: ${added} posts added so that each of its months holds ${LIST_ROWS}`);
  const counts = await periodCounts(dataDir, clientId);
  let host: RunningHost | null = null;
  let browser: Browser | null = null;
  const rows: TimingRow[] = [];
  const memory: AmountRow[] = [];
  try {
    host = await startWebHost({ dataDir, rendererDir: dir });
    // The same Chromium and flags as the e2e tests.
    browser = await chromium.launch(playwrightConfig.use?.launchOptions);
    const page = await browser.newPage({ viewport: VIEWPORT, locale: 'fr-FR' });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    await page.addInitScript({ content: RENDER_PROBE });
    for (const plan of PLANS) {
      try {
        const measured = await measureView(page, host, clientId, plan, counts.get(plan.view) ?? []);
        rows.push(...measured.rows);
        notes.push(...measured.notes);
      } catch (error) {
        const message = error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error);
        notes.push(
          `${plan.view}: no figures (${message}).` +
            (message.includes('timed out')
              ? ` A renderer built before renderer/ui/use-render-measure.ts records no calendar-${plan.view} ` +
                'measure: rebuild it with `npx electron-vite build`.'
              : ''),
        );
      }
    }
    if (errors.length > 0) notes.push(`browser console errors: ${[...new Set(errors)].join(' | ')}`);
    const heap = await (await page.context().newCDPSession(page)).send('Runtime.getHeapUsage');
    notes.push(
      `memory after the three views: page JS heap ${mb(heap.usedSize)} MB used; ` +
        `web host (the app's Node process) peak RSS ${peakRss(host.child.pid)}`,
    );
    const visited = await visitEveryScreen(page, clientId);
    const rss = peakRssMb(host.child.pid);
    if (rss !== null)
      memory.push({
        operation: 'web host peak RSS, heavy file, every screen visited',
        n: visited.length,
        value: rss,
        budget: RSS_BUDGET_MB,
      });
    notes.push(
      `screens visited after the views: ${visited.join(', ')}; page JS heap then ${mb(
        (await (await page.context().newCDPSession(page)).send('Runtime.getHeapUsage')).usedSize,
      )} MB used`,
    );
  } finally {
    await browser?.close();
    await host?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
  const about = `viewport ${VIEWPORT.width}×${VIEWPORT.height}, French (weeks from Monday), Chromium at ${
    playwrightConfig.use?.launchOptions?.executablePath
  }, renderer from ${dir}`;
  const tables = [formatTimings(name, rows)];
  if (memory.length > 0)
    tables.push('', formatAmounts('The web host’s memory (the app’s Node process)', 'MB', memory));
  return [...tables, '', about, ...notes].join('\n');
}
