import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import playwrightConfig from '../playwright.config.ts';
import { startWebHost } from '../test/support/hosts/web-host.ts';
import { peakRss, peakRssMb, rendererDir } from './browser-host.ts';
import { toSamples } from './measure.ts';
import type { AmountRow, TimingRow } from './table.ts';

const PRINTS = 3;

/** Every process of a tree, from /proc: Chromium runs a browser, a GPU-less utility and a renderer per page. */
function tree(pid: number): number[] {
  const children = (() => {
    try {
      return readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8')
        .trim()
        .split(/\s+/)
        .filter(Boolean)
        .map(Number);
    } catch {
      return [];
    }
  })();
  return [pid, ...children.flatMap(tree)];
}

/**
 * The yearly report printed as the web host prints it: the built renderer in Chromium shows the
 * report, and Chromium prints its print layout to PDF (`page.pdf`, the engine of Electron's
 * `printToPDF`). Timed from the click's equivalent to the PDF's last byte, three times.
 */
export async function printYearReport(dataDir: string, reportId: string, clientId: string) {
  const notes: string[] = [];
  const host = await startWebHost({ dataDir, rendererDir: rendererDir(notes) });
  const server = await chromium.launchServer(playwrightConfig.use?.launchOptions);
  const browser = await chromium.connect(server.wsEndpoint());
  try {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 }, locale: 'fr-FR' });
    const opening = performance.now();
    await page.goto(new URL(`#/clients/${clientId}/reports/${reportId}`, host.url).toString());
    await page.locator('[data-print-root] article').first().waitFor({ state: 'attached', timeout: 60_000 });
    await page.waitForLoadState('networkidle');
    const opened = performance.now() - opening;
    const prints: number[] = [];
    let pdf: Buffer<ArrayBufferLike> = Buffer.alloc(0);
    for (let i = 0; i < PRINTS; i++) {
      const started = performance.now();
      pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
      prints.push(performance.now() - started);
    }
    const path = join(dataDir, 'bench-year-report.pdf');
    writeFileSync(path, pdf);
    // The data folder goes with the run: CALEPIN_BENCH_PDF keeps a copy to look at.
    if (process.env.CALEPIN_BENCH_PDF) writeFileSync(process.env.CALEPIN_BENCH_PDF, pdf);
    const pages = /Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [path], { encoding: 'utf8' }))?.[1] ?? '?';
    const chromiumPeak = tree(server.process().pid ?? 0).reduce((sum, pid) => sum + (peakRssMb(pid) ?? 0), 0);
    const timings: TimingRow[] = [
      {
        operation: 'the yearly report opened in Chromium (web host, built renderer)',
        ms: toSamples([opened]),
      },
      {
        operation: `the yearly report printed to PDF (${pages} pages)`,
        ms: toSamples(prints),
        budget: 10_000,
      },
    ];
    const amounts: AmountRow[] = [
      { operation: `the yearly report's PDF, ${pages} pages`, n: 1, value: pdf.length / 1024 },
    ];
    notes.push(
      `Peak RSS while printing: Chromium ${chromiumPeak.toFixed(1)} MB (each of its processes' peak, summed); ` +
        `the web host ${peakRss(host.child.pid)}.`,
    );
    return { timings, amounts, notes: notes.join('\n') };
  } finally {
    await browser.close();
    await server.close();
    await host.stop();
  }
}
