import { copyFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import type { Dispatch } from '../electron/api/dispatch.ts';
import playwrightConfig from '../playwright.config.ts';
import { addDays, type IsoDate } from '../shared/calendar/dates.ts';
import type { ApprovalExported } from '../shared/domain/approval.ts';
import type { Report } from '../shared/domain/report.ts';
import { pngFile } from '../test/support/seeds/media-files.ts';
import { heavyFolder } from './heavy-folder.ts';
import { measurePair, toSamples } from './measure.ts';
import { rawDashboardReads } from './raw-dashboard.ts';
import { printYearReport } from './report-print.ts';
import {
  type AmountRow,
  formatAmounts,
  formatTable,
  formatTimings,
  type Row,
  type TimingRow,
} from './table.ts';
import { type BenchCore, startBenchCore } from './temp-core.ts';

export const name = "The heavy client's yearly report and a plan of 150 posts to approve";

/** The year up to the dataset's last full month (its "now" is 26 November 2026), against the year before. */
const FROM: IsoDate = '2025-11-01';
const TO: IsoDate = '2026-11-01';
const PREVIOUS_FROM: IsoDate = '2024-11-01';
const TODAY: IsoDate = '2026-11-26';
/** Two months of the heavy client's future, where the dataset plans nothing. */
const PLAN_FROM: IsoDate = '2027-03-01';
const PLAN_TO: IsoDate = '2027-05-01';
const PLAN_POSTS = 150;
const OPENINGS = 5;

async function ok<T>(dispatch: Dispatch, method: string, input: unknown): Promise<T> {
  const envelope = await dispatch(method, input);
  if (!envelope.ok) throw new Error(`${method}: ${envelope.error.code} ${envelope.error.message}`);
  return envelope.value as T;
}

/**
 * A year's report made (`reports.create`: the dashboard's pass over both years, the objectives,
 * the latest audit, the next plan, the snapshot written) and opened again (`reports.get`: the saved
 * report, and today's figures read to say which changed), against the raw reads of the dashboard.
 */
async function yearReport(core: BenchCore, clientId: string, n: number) {
  const raw = rawDashboardReads(core.ctx.db, { clientId, previousFrom: PREVIOUS_FROM, to: TO, today: TODAY });
  const input = { clientId, kind: 'custom', from: FROM, to: TO, language: 'fr' };
  const made = await measurePair(n, () => ok<Report>(core.dispatch, 'reports.create', input), raw.read, 3);
  const report = await ok<Report>(core.dispatch, 'reports.create', input);
  const opened = await measurePair(n, () => ok(core.dispatch, 'reports.get', { id: report.id }), raw.read, 3);
  return { report, made, opened, posts: raw.posts, snapshot: JSON.stringify(report.figures).length };
}

/** 150 drafts over two months, each with its own photo, then the page the client opens. */
async function approvalFile(core: BenchCore, clientId: string, channelId: string) {
  for (let i = 0; i < PLAN_POSTS; i++) {
    const post = await ok<{ id: string }>(core.dispatch, 'posts.create', {
      clientId,
      channelId,
      date: addDays(PLAN_FROM, Math.floor((i * 60) / PLAN_POSTS)),
      time: `${String(8 + (i % 10)).padStart(2, '0')}:30`,
      status: 'draft',
      format: 'image',
      caption: `Publication ${i + 1} du printemps : une légende de la longueur habituelle, avec #printemps et @partenaire.`,
    });
    // About the size of the composer's thumbnails (96 × 96 of noise does not compress).
    const photo = pngFile(96, 96, i + 1);
    const { uploadId } = await ok<{ uploadId: string }>(core.dispatch, 'attachments.begin', {
      postId: post.id,
      name: `photo-${i + 1}.png`,
      size: photo.length,
    });
    await ok(core.dispatch, 'attachments.chunk', { uploadId, offset: 0, base64: photo.toString('base64') });
    await ok(core.dispatch, 'attachments.finish', { uploadId, width: 96, height: 96 });
  }
  const input = { clientId, from: PLAN_FROM, to: PLAN_TO, language: 'fr' };
  const exports: number[] = [];
  let file: ApprovalExported | null = null;
  for (let i = 0; i < OPENINGS; i++) {
    const started = performance.now();
    file = await ok<ApprovalExported>(core.dispatch, 'approvals.export', input);
    exports.push(performance.now() - started);
  }
  if (!file) throw new Error('no export');
  const path = join(core.dataDir, 'exports', file.name);
  const copy = `${path}.bench.html`;
  copyFileSync(path, copy);
  const browser = await chromium.launch(playwrightConfig.use?.launchOptions);
  const openings: number[] = [];
  try {
    for (let i = 0; i < OPENINGS; i++) {
      const context = await browser.newContext({ offline: true });
      const page = await context.newPage();
      const started = performance.now();
      await page.goto(`file://${copy}`, { waitUntil: 'load' });
      // Ready when every picture is decoded and the script has drawn its answer bar.
      await page.waitForFunction('[...document.images].every((img) => img.complete && img.naturalWidth > 0)');
      openings.push(performance.now() - started);
      await context.close();
    }
  } finally {
    await browser.close();
  }
  return { file, size: statSync(copy).size, exports, openings };
}

export async function run(n: { writes: number; reads: number }): Promise<string> {
  const heavy = await heavyFolder();
  const core = await startBenchCore(heavy.dataDir);
  try {
    const { id: clientId } = heavy.calendar.heavy;
    const channelId = heavy.calendar.channels.find((c) => c.clientId === clientId)?.id;
    if (!channelId) throw new Error('the heavy client has no channel');
    const samples = Math.max(10, Math.ceil(n.reads / 250));
    const year = await yearReport(core, clientId, samples);
    const plan = await approvalFile(core, clientId, channelId);
    // The web host opens the same folder: this process lets go of it first.
    await core.close();
    const printed = await printYearReport(core.dataDir, year.report.id, clientId);
    const pairs: Row[] = [
      {
        operation: `reports.create ${FROM} → ${TO} (${year.posts.toLocaleString('en')} posts over both years)`,
        ...year.made,
        budget: { p95: 1_000_000 },
      },
      { operation: 'reports.get of that report (today’s figures read to tell changes)', ...year.opened },
    ];
    const timings: TimingRow[] = [
      ...printed.timings,
      {
        operation: `approvals.export, ${plan.file.posts} posts with a photo each`,
        ms: toSamples(plan.exports),
      },
      {
        operation: 'the approval page opened offline in Chromium, every picture decoded',
        ms: toSamples(plan.openings),
        budget: 2000,
      },
    ];
    const amounts: AmountRow[] = [
      ...printed.amounts,
      { operation: 'the yearly report’s saved figures (JSON)', n: 1, value: year.snapshot / 1024 },
      {
        operation: `the approval page (${plan.file.posts} posts, pictures inside)`,
        n: 1,
        value: plan.size / 1024,
        budget: 15_360,
      },
    ];
    return [
      formatTable(name, pairs),
      formatTimings('Printing and opening', timings),
      formatAmounts('Sizes', 'KB', amounts),
      printed.notes,
    ].join('\n\n');
  } finally {
    await core.dispose();
  }
}
