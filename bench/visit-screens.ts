import type { Page, Request } from '@playwright/test';

/** Every screen a user reaches, by its address: a client's six, then the app's own. */
const SCREENS = (clientId: string) => [
  `#/clients/${clientId}/week`,
  `#/clients/${clientId}/calendar`,
  `#/clients/${clientId}/numbers`,
  `#/clients/${clientId}/kpis`,
  `#/clients/${clientId}/audience`,
  `#/clients/${clientId}/objectives`,
  `#/clients/${clientId}`,
  '#/clients',
  '#/settings',
  '#/trash',
];

/** Calls to the host still unanswered, counted from the page's side. */
function inFlight(page: Page): () => number {
  const pending = new Set<Request>();
  page.on('request', (r) => {
    if (new URL(r.url()).pathname.startsWith('/rpc/')) pending.add(r);
  });
  page.on('requestfinished', (r) => pending.delete(r));
  page.on('requestfailed', (r) => pending.delete(r));
  return () => pending.size;
}

/**
 * Opens each screen in turn in the same window, as a user clicking through the sidebar, and waits
 * on each until its data has come and nothing was asked for a moment: what the web host holds
 * then is what a long session holds. Returns the screens visited.
 */
export async function visitEveryScreen(page: Page, clientId: string): Promise<string[]> {
  const pending = inFlight(page);
  const visited: string[] = [];
  for (const hash of SCREENS(clientId)) {
    await page.evaluate(`window.location.hash = ${JSON.stringify(hash)}`);
    let quiet = 0;
    for (let waited = 0; quiet < 3 && waited < 300; waited++) {
      await page.waitForTimeout(100);
      quiet = pending() === 0 ? quiet + 1 : 0;
    }
    visited.push(hash.replace(`/${clientId}`, '/…'));
  }
  return visited;
}
