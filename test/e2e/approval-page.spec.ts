import { execFileSync } from 'node:child_process';
import { createHmac } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { crc32, deflateSync } from 'node:zlib';
import AxeBuilder from '@axe-core/playwright';
import { type BrowserContext, expect, type Page, test } from '@playwright/test';
import type { PlanPageData } from '../../electron/services/approvals/page/page-data.ts';
import { planPage } from '../../electron/services/approvals/page/page-html.ts';
import { decodeReply, encodeReply, sealedText } from '../../shared/approval/reply-format.ts';

/**
 * The approval page as a client opens it: a file, offline, in a real Chromium. Nothing may be
 * fetched, nothing may break the page's own policy, and the reply it saves must be one Calepin
 * reads back with the plan's signature and a seal that checks.
 */

const SHOTS = join(import.meta.dirname, '../../tmp-proto/approval-page');
const REPLY_KEY = 'reply-key-for-this-export-only';
const PLAN = JSON.stringify({ v: 1, id: 'exp-1', clientId: 'c-1', from: '2026-12-14', to: '2026-12-21' });

/** A small PNG, made here: a warm gradient, so the picture is visibly there in screenshots. */
function tinyPng(width = 24, height = 16): string {
  const chunk = (type: string, data: Buffer): Buffer => {
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const out = Buffer.alloc(body.length + 8);
    out.writeUInt32BE(data.length, 0);
    body.copy(out, 4);
    out.writeUInt32BE(crc32(body), body.length + 4);
    return out;
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8); // 8 bits, RGB
  const rows = Buffer.alloc((width * 3 + 1) * height);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      rows.set([230, 120 + x * 4, 40 + y * 8], y * (width * 3 + 1) + 1 + x * 3);
    }
  }
  const signature = Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]);
  const png = [
    signature,
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows)),
    chunk('IEND', Buffer.alloc(0)),
  ];
  return Buffer.concat(png).toString('base64');
}

function planData(language: 'fr' | 'en'): PlanPageData {
  const picture = { mime: 'image/png', base64: tinyPng(), name: 'buche.png' };
  return {
    language,
    clientName: 'Boulangerie Martin',
    timeZone: 'Europe/Paris',
    from: '2026-12-14',
    to: '2026-12-21',
    freelancer: {
      name: 'Marie Dupont',
      logo: { mime: 'image/png', base64: tinyPng(8, 8), name: 'logo.png' },
    },
    madeAt: '2026-12-01T09:00:00Z',
    posts: [
      {
        id: 'post-1',
        date: '2026-12-14',
        time: '10:00',
        network: 'instagram',
        handle: '@boulangerie.martin',
        format: 'carousel',
        caption: 'Notre bûche de Noël est là ! #noel #patisserie avec @chef_paul',
        linkUrl: '',
        pictures: [picture, picture],
        more: 2,
      },
      {
        id: 'post-2',
        date: '2026-12-14',
        time: '18:30',
        network: 'facebook',
        handle: 'Boulangerie Martin',
        format: 'text',
        caption: 'Commandez en ligne, retrait en boutique.\nDétails : https://example.com/noel',
        linkUrl: 'https://www.example.com/noel?from=fb',
        pictures: [],
        more: 0,
      },
      {
        id: 'post-3',
        date: '2026-12-15',
        time: '08:15',
        network: 'linkedin',
        handle: 'Boulangerie Martin',
        format: 'image',
        caption: 'Crème brûlée à l’érable 🍁✨ pour les fêtes. Merci à toute l’équipe 👏',
        linkUrl: '',
        pictures: [],
        more: 0,
      },
      {
        id: 'post-4',
        date: '2026-12-16',
        time: '12:00',
        network: 'x',
        handle: '@bmartin',
        format: 'text',
        caption: '</script><img src=x onerror=alert(1)> stays text',
        linkUrl: '',
        pictures: [],
        more: 0,
      },
      {
        id: 'post-5',
        date: '2026-12-18',
        time: '17:45',
        network: 'tiktok',
        handle: '@boulangeriemartin',
        format: 'reel',
        caption: 'Les coulisses du fournil, 4 h du matin.',
        linkUrl: '',
        pictures: [],
        more: 1,
      },
    ],
    plan: PLAN,
    sig: 'plan-signature-abc',
    replyKey: REPLY_KEY,
    replyFileName: 'calepin-reply-boulangerie-martin-2026-12-14.txt',
  };
}

let folder = '';
test.beforeAll(() => {
  folder = mkdtempSync(join(tmpdir(), 'calepin-approval-'));
  mkdirSync(SHOTS, { recursive: true });
});
test.afterAll(() => rmSync(folder, { recursive: true, force: true }));

interface Watch {
  requests: string[];
  errors: string[];
}

/** The page opened from a file, offline, every request that is not the file refused and noted. */
async function openPage(context: BrowserContext, page: Page, language: 'fr' | 'en'): Promise<Watch> {
  const file = join(folder, `plan-${language}.html`);
  writeFileSync(file, planPage(planData(language)));
  const watch: Watch = { requests: [], errors: [] };
  await context.setOffline(true);
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith('file:')) return route.continue();
    watch.requests.push(url);
    return route.abort();
  });
  page.on('console', (m) => {
    if (m.type() === 'error') watch.errors.push(m.text());
  });
  page.on('pageerror', (e) => watch.errors.push(e.message));
  // In the page's own world, before its script; as text, since this project is typed for Node.
  await page.addInitScript({
    content: `document.addEventListener('securitypolicyviolation', (e) =>
      console.error('CSP: ' + e.violatedDirective + ' ' + e.blockedURI));`,
  });
  await page.goto(pathToFileURL(file).href);
  return watch;
}

async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations.map(
    (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
  );
}

test('a client answers every post offline and saves a reply Calepin can read and check', async ({
  context,
  page,
}) => {
  const watch = await openPage(context, page, 'en');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Plan for Boulangerie Martin');
  await expect(page.getByRole('heading', { name: 'Monday 14 December' })).toBeVisible();
  await expect(page.getByText('</script><img src=x onerror=alert(1)> stays text')).toBeVisible();
  await expect(page.locator('#count')).toHaveText('0 of 5 answered');

  for (const post of [
    'Monday 14 December, 10:00',
    'Monday 14 December, 18:30',
    'Tuesday 15 December, 08:15',
  ]) {
    await page.getByRole('button', { name: `Approve the post of ${post}` }).click();
  }
  await page.getByRole('button', { name: 'Approve the post of Friday 18 December, 17:45' }).click();
  const change = page.getByRole('button', {
    name: 'Ask for a change to the post of Wednesday 16 December, 12:00',
  });
  await change.click();
  await expect(change).toHaveAttribute('aria-pressed', 'true');
  const comment = page.getByRole('textbox', { name: 'Comment on the post of Wednesday 16 December, 12:00' });
  // Asking for a change leads to the comment, and an empty one earns a gentle word before saving.
  await expect(comment).toBeFocused();
  await expect(comment).toHaveAccessibleDescription(
    'Please say what to change, so Marie Dupont knows what to do.',
  );
  await page.getByRole('button', { name: 'Save my reply' }).click();
  await expect(page.getByRole('status')).toContainText('have no comment yet');
  await comment.fill('Plutôt à 13 h, et sans le « 4 h » 🙂');
  await expect(page.locator('#count')).toHaveText('5 of 5 answered');
  await expect(comment).toHaveAccessibleDescription('');

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Save my reply' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('calepin-reply-boulangerie-martin-2026-12-14.txt');
  const text = readFileSync(await download.path(), 'utf8');
  const body = decodeReply(text);
  expect(body).not.toBeNull();
  if (!body) return;
  expect(encodeReply(body)).toBe(text);
  expect(body.plan).toBe(PLAN);
  expect(body.sig).toBe('plan-signature-abc');
  expect(body.answers).toEqual([
    { p: 'post-1', a: 'approved', c: '' },
    { p: 'post-2', a: 'approved', c: '' },
    { p: 'post-3', a: 'approved', c: '' },
    { p: 'post-4', a: 'changes', c: 'Plutôt à 13 h, et sans le « 4 h » 🙂' },
    { p: 'post-5', a: 'approved', c: '' },
  ]);
  expect(body.mac).toBe(createHmac('sha256', REPLY_KEY).update(sealedText(body)).digest('base64url'));
  await expect(page.getByRole('status')).toContainText('Attach this file to an e-mail to Marie Dupont');

  // Closing the tab loses nothing.
  await page.reload();
  await expect(page.locator('#count')).toHaveText('5 of 5 answered');
  await expect(change).toHaveAttribute('aria-pressed', 'true');
  await expect(
    page.getByRole('button', { name: /^Approve the post of Monday 14 December, 10:00/ }),
  ).toHaveAttribute('aria-pressed', 'true');
  await expect(comment).toHaveValue('Plutôt à 13 h, et sans le « 4 h » 🙂');

  expect(watch.requests, 'nothing is fetched').toEqual([]);
  expect(watch.errors, 'no console error, no policy violation').toEqual([]);
});

test('"Copy as text" copies the reply, or shows it selected when the clipboard refuses', async ({
  context,
  page,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const watch = await openPage(context, page, 'fr');
  await page.getByRole('button', { name: 'Approuver la publication du lundi 14 décembre à 10:00' }).click();
  await page.getByRole('button', { name: 'Copier en texte' }).click();
  await expect(page.getByRole('status')).toContainText('Votre réponse est copiée');
  const copied = decodeReply(await page.evaluate<string>('navigator.clipboard.readText()'));
  expect(copied?.answers).toEqual([{ p: 'post-1', a: 'approved', c: '' }]);

  // A browser that refuses the clipboard: the text is shown, selected, with how to copy it.
  await page.evaluate(
    `Object.defineProperty(navigator, 'clipboard', { value: { writeText: () => Promise.reject(new Error('no')) } })`,
  );
  await page.getByRole('button', { name: 'Copier en texte' }).click();
  const dialog = page.getByRole('dialog', { name: 'Votre réponse en texte' });
  await expect(dialog).toBeVisible();
  const field = dialog.getByRole('textbox', { name: 'Votre réponse, à copier' });
  await expect(field).toBeFocused();
  const shown = await field.inputValue();
  expect(decodeReply(shown)?.sig).toBe('plan-signature-abc');
  const selected = await page.evaluate<number>(
    `(() => { const f = document.getElementById('copy-text'); return f.selectionEnd - f.selectionStart; })()`,
  );
  expect(selected).toBe(shown.length);
  expect(await axeViolations(page)).toEqual([]);
  await page.screenshot({ path: join(SHOTS, 'fr-copy-fallback.png') });
  await dialog.getByRole('button', { name: 'Fermer' }).click();
  await expect(dialog).toBeHidden();

  expect(watch.requests).toEqual([]);
  // The refused write is the test's own doing, not the page's: nothing else may appear.
  expect(watch.errors).toEqual([]);
});

for (const language of ['fr', 'en'] as const) {
  test(`the page in ${language} passes axe, and reads on a phone, a laptop and paper`, async ({
    context,
    page,
  }) => {
    const watch = await openPage(context, page, language);
    const day = language === 'fr' ? 'lundi 14 décembre' : 'Monday 14 December';
    await expect(page.getByRole('heading', { level: 2, name: day })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', language);
    expect(await axeViolations(page)).toEqual([]);

    // One answered post, so the screenshots show both states.
    await page.locator('[data-answer="changes"]').nth(1).click();
    for (const width of [390, 1280]) {
      await page.setViewportSize({ width, height: 844 });
      // Headless Chromium may shoot a tall page before repainting it at its new width.
      await page.evaluate('new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)))');
      await page.screenshot({ path: join(SHOTS, `${language}-${width}.png`), fullPage: true });
    }
    await page.keyboard.press('Tab');
    await page.screenshot({ path: join(SHOTS, `${language}-focus.png`) });
    expect(await axeViolations(page)).toEqual([]);

    await page.emulateMedia({ media: 'print' });
    const pdf = join(SHOTS, `${language}-print.pdf`);
    await page.pdf({ path: pdf, format: 'A4', printBackground: true });
    execFileSync('pdftoppm', ['-png', '-r', '50', pdf, join(SHOTS, `${language}-print`)]);

    expect(watch.requests).toEqual([]);
    expect(watch.errors).toEqual([]);
  });
}
