import type { Page } from '@playwright/test';
import { expect, seriousA11yViolations, test } from './fixtures.ts';
import type { E2eHost } from './host.ts';
import { kpiCard } from './page-models/dashboard.ts';
import { seedStudio } from './page-models/seed.ts';
import { sidebar } from './page-models/sidebar.ts';

/** The studio and one competitor it is measured against. */
async function seedListening(host: E2eHost, language: 'en' | 'fr', theme: 'light' | 'dark' = 'light') {
  const studio = await seedStudio(host);
  await host.rpc('competitors.create', {
    clientId: studio.clientId,
    name: 'Zen Loft',
    color: '#7C3AED',
    accounts: [{ network: 'instagram', handle: '@zenloft' }],
  });
  await host.rpc('prefs.set', { language, theme });
  return studio;
}

/** Types a mention, chooses its sentiment with one key after Tab, and logs it with Ctrl+Enter. */
async function logMention(page: Page, textLabel: string, text: string, key?: '+' | '-') {
  await page.getByRole('textbox', { name: textLabel }).fill(text);
  if (key) {
    await page.keyboard.press('Tab');
    await page.keyboard.press(key);
  }
  await page.keyboard.press('Control+Enter');
  await expect(page.getByRole('textbox', { name: textLabel })).toHaveValue('');
  await expect(page.locator('[data-mention-id]', { hasText: text })).toBeVisible();
}

const row = (page: Page, text: string) => page.locator('[data-mention-id]', { hasText: text });

test('in English, mentions are logged from the keyboard, triaged from the list, found, and counted as share of voice', async ({
  app: page,
  host,
}) => {
  await seedListening(host, 'en');
  await page.reload();
  await sidebar(page, 'Listening').click();
  await expect(page.getByRole('heading', { level: 1, name: 'Studio Yoga — listening' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'No mention logged yet' })).toBeVisible();

  // Text, Tab, one key, Ctrl+Enter: the subject is suggested from the text.
  const text = page.getByRole('textbox', { name: 'What was said' });
  await text.fill('Les cours de Zen Loft sont trop chers');
  await expect(page.getByRole('combobox', { name: 'About' })).toHaveValue(/^competitor:/);
  await expect(page.getByText('suggested from the text')).toBeVisible();
  await page.keyboard.press('Tab');
  await page.keyboard.press('-');
  await expect(page.getByRole('radio', { name: 'Negative' })).toBeChecked();
  await page.keyboard.press('Control+Enter');
  await expect(text).toHaveValue('');
  await expect(text).toBeFocused();
  await expect(row(page, 'Zen Loft sont trop chers')).toContainText('Negative');
  await expect(row(page, 'Zen Loft sont trop chers')).toContainText('Zen Loft');

  await logMention(page, 'What was said', 'Studio Yoga changed my mornings', '+');
  await logMention(page, 'What was said', 'Anyone tried the lunchtime class at Studio Yoga?');
  await expect(page.getByRole('status').filter({ hasText: '3 mentions' })).toHaveText(
    '3 mentions · Positive: 1 · neutral: 1 · negative: 1',
  );

  // Triage from the list: + on a row, then Ctrl+Z takes it back.
  const question = row(page, 'lunchtime class');
  await question.focus();
  await page.keyboard.press('+');
  await expect(question).toContainText('Positive');
  await expect(page.getByText('Sentiment changed: Neutral → Positive.', { exact: true })).toBeVisible();
  await page.keyboard.press('Control+z');
  await expect(question).toContainText('Neutral');

  // Search ignores accents and case.
  await page.getByRole('searchbox', { name: 'Search the journal' }).fill('ZEN');
  await expect(page.locator('[data-mention-id]')).toHaveCount(1);
  await page.getByRole('searchbox', { name: 'Search the journal' }).fill('');
  await expect(page.locator('[data-mention-id]')).toHaveCount(3);

  // 2 of the studio's against 1 of Zen Loft's: 2 / 3 × 100.
  await sidebar(page, 'KPIs').click();
  await expect(kpiCard(page, 'Share of voice')).toContainText('66.7%');
  await expect(kpiCard(page, 'Share of voice')).toContainText(
    '2 mentions of the client, 1 of its competitors.',
  );
  await expect(kpiCard(page, 'Sentiment score')).toContainText('100.0%');

  // Delete moves a mention to the Trash, with Undo.
  await sidebar(page, 'Listening').click();
  await row(page, 'changed my mornings').focus();
  await page.keyboard.press('Delete');
  await expect(row(page, 'changed my mornings')).toHaveCount(0);
  await expect(page.getByText('Mention moved to the Trash.', { exact: true })).toBeVisible();
  // The newest toast is the last one: the sentiment's may still be showing above it.
  await page.getByRole('button', { name: 'Undo', exact: true }).last().click();
  await expect(row(page, 'changed my mornings')).toBeVisible();
  expect(await seriousA11yViolations(page)).toEqual([]);
});

test('en français, une mention notée compte dans la part de voix, thème sombre sans défaut d’accessibilité', async ({
  app: page,
  host,
}) => {
  await seedListening(host, 'fr', 'dark');
  await page.reload();
  await sidebar(page, 'Écoute').click();
  await expect(page.getByRole('heading', { level: 1, name: 'Studio Yoga — écoute' })).toBeVisible();
  expect(await seriousA11yViolations(page)).toEqual([]);
  await logMention(page, 'Ce qui a été dit', 'Merci Studio Yoga pour ce cours génial', '+');
  await expect(row(page, 'cours génial')).toContainText('Positif');
  await page.getByRole('searchbox', { name: 'Chercher dans le journal' }).fill('genial');
  await expect(page.locator('[data-mention-id]')).toHaveCount(1);
  expect(await seriousA11yViolations(page)).toEqual([]);

  await sidebar(page, 'Indicateurs').click();
  await expect(kpiCard(page, 'Part de voix')).toContainText('100,0\u202f%');
  await expect(kpiCard(page, 'Part de voix')).toContainText('1 mention du client, 0 de ses concurrents.');
});
