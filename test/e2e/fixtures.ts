import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type Page } from '@playwright/test';
import { type E2eHost, startHost } from './host.ts';

interface Fixtures {
  /** A web host on its own empty data folder, started for this test only. */
  host: E2eHost;
  /** The app open in the page, with console errors collected. */
  app: Page;
  consoleErrors: string[];
}

export const test = base.extend<Fixtures>({
  // biome-ignore lint/correctness/noEmptyPattern: Playwright's fixture signature
  host: async ({}, use) => {
    const host = await startHost();
    await use(host);
    await host.stop();
  },
  consoleErrors: async ({ page }, use) => {
    const errors: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    page.on('pageerror', (e) => errors.push(e.message));
    await use(errors);
  },
  app: async ({ page, host, consoleErrors }, use) => {
    await page.goto(host.url);
    await use(page);
    expect(consoleErrors, 'the browser console stays free of errors').toEqual([]);
  },
});

/** Serious and critical accessibility violations on the current screen (axe). */
export async function seriousA11yViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

export { expect };
