import type { Page } from '@playwright/test';
import { expect, seriousA11yViolations, test } from './fixtures.ts';
import type { E2eHost } from './host.ts';
import { kpiCard } from './page-models/dashboard.ts';
import { days, seedStudio } from './page-models/seed.ts';
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
  // The calendar left on this week, not on the studio's planning weeks of next year: the dashboard
  // opens on the period of the screen the user comes from, and the mentions are logged today.
  await host.rpc('prefs.set', {
    language,
    theme,
    calendarViews: { [studio.clientId]: { view: 'week', date: days().today, filters: {} } },
  });
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

test('in English, a pasted list and a listening tool’s file are checked line by line, logged at once, and undone', async ({
  app: page,
  host,
}) => {
  // Many calls and a dashboard: on a busy two-core machine it can pass the default 30 s.
  test.slow();
  await seedListening(host, 'en');
  await page.reload();
  await sidebar(page, 'Listening').click();
  await page.getByRole('button', { name: 'Add several…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add several mentions' });
  const pasteBox = dialog.getByRole('textbox', { name: 'Paste here' });

  // Rows from a spreadsheet, one with a date that does not exist: nothing can be logged yet.
  await pasteBox.fill(
    [
      'Date\tAuthor\tNetwork\tText\tSentiment',
      '20/11/2026 18:05\t@julie\tInsta\tLovely class at Studio Yoga\tPositive',
      '31/02/2026\t@marc\tTwitter\tZen Loft is too expensive\tNegative',
    ].join('\n'),
  );
  await expect(dialog.getByText('1 mention ready · 1 line to fix')).toBeVisible();
  await expect(dialog.getByText('Enter a valid date.')).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Log 2 mentions' })).toBeDisabled();
  await pasteBox.fill(
    [
      'Date\tAuthor\tNetwork\tText\tSentiment',
      '20/11/2026 18:05\t@julie\tInsta\tLovely class at Studio Yoga\tPositive',
      '21/11/2026\t@marc\tTwitter\tZen Loft is too expensive\tNegative',
    ].join('\n'),
  );
  await expect(dialog.getByText('2 mentions ready')).toBeVisible();
  await dialog.getByRole('button', { name: 'Log 2 mentions' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText('2 mentions logged.', { exact: true })).toBeVisible();
  await expect(row(page, 'Zen Loft is too expensive')).toContainText('X');
  await expect(row(page, 'Zen Loft is too expensive')).toContainText('Zen Loft');

  // Undo takes the whole paste back.
  await page.getByRole('button', { name: 'Undo', exact: true }).last().click();
  await expect(page.locator('[data-mention-id]')).toHaveCount(0);

  // A listening tool's file whose header Calepin does not know: its columns are mapped once…
  const csv = (body: string) => ({
    name: 'listening-export.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(body, 'utf8'),
  });
  const header = 'Quand;Qui;Quoi;Humeur';
  await page.getByRole('button', { name: 'Add several…' }).click();
  await dialog
    .locator('input[type="file"]')
    .setInputFiles(csv(`${header}\n2026-11-18T09:00:00Z;@lea;Studio Yoga, best teachers in town;5\n`));
  await expect(dialog.getByText('Read from listening-export.csv')).toBeVisible();
  await dialog.getByRole('combobox', { name: 'Column 1: Quand' }).selectOption('date');
  await dialog.getByRole('combobox', { name: 'Column 2: Qui' }).selectOption('author');
  await dialog.getByRole('combobox', { name: 'Column 3: Quoi' }).selectOption('text');
  await dialog.getByRole('combobox', { name: 'Column 4: Humeur' }).selectOption('sentiment');
  await dialog.getByRole('button', { name: 'Log 1 mention' }).click();
  await expect(row(page, 'best teachers in town')).toContainText('Positive');

  // …and found again for the next file with that header.
  await page.getByRole('button', { name: 'Add several…' }).click();
  await dialog
    .locator('input[type="file"]')
    .setInputFiles(csv(`${header}\n2026-11-19T09:00:00Z;@tom;Zen Loft closed early again;-2\n`));
  await expect(dialog.getByRole('combobox', { name: 'Column 3: Quoi' })).toHaveValue('text');
  await dialog.getByRole('button', { name: 'Log 1 mention' }).click();
  await expect(row(page, 'closed early again')).toContainText('Negative');

  // A file in another encoding is refused plainly, and nothing is logged.
  await page.getByRole('button', { name: 'Add several…' }).click();
  await dialog.locator('input[type="file"]').setInputFiles({
    name: 'old.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from('Date;Texte\n2026-11-19;Caf\xe9 ferm\xe9', 'latin1'),
  });
  await expect(dialog.getByRole('alert')).toContainText('not text Calepin can read');
  await expect(dialog.getByRole('button', { name: /^Log/ })).toBeDisabled();
  expect(await seriousA11yViolations(page)).toEqual([]);
  // Closed, the dialog gives the keyboard back to the button that opened it.
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('button', { name: 'Add several…' })).toBeFocused();
});

test('in English, twenty mentions from the keyboard and a pasted list make the share of voice on the dashboard', async ({
  app: page,
  host,
}) => {
  // Many calls and a dashboard: on a busy two-core machine it can pass the default 30 s.
  test.slow();
  await seedListening(host, 'en');
  await page.reload();
  await sidebar(page, 'Listening').click();
  const text = page.getByRole('textbox', { name: 'What was said' });
  await text.click();
  // Twelve about the studio, liked; eight about Zen Loft, disliked: text, Tab, one key, Ctrl+Enter.
  for (let i = 1; i <= 20; i++) {
    const aboutStudio = i <= 12;
    await page.keyboard.type(aboutStudio ? `Studio Yoga class number ${i}` : `Zen Loft was closed, day ${i}`);
    await page.keyboard.press('Tab');
    await page.keyboard.press(aboutStudio ? '+' : '-');
    await page.keyboard.press('Control+Enter');
    await expect(text).toHaveValue('');
    await expect(text).toBeFocused();
  }
  await expect(page.getByRole('status').filter({ hasText: '20 mentions' })).toHaveText(
    '20 mentions · Positive: 12 · neutral: 0 · negative: 8',
  );

  // Five more pasted, one a line, all about Zen Loft.
  await page.getByRole('button', { name: 'Add several…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add several mentions' });
  await dialog
    .getByRole('textbox', { name: 'Paste here' })
    .fill(Array.from({ length: 5 }, (_, i) => `- Zen Loft again, complaint ${i + 1}`).join('\n'));
  await dialog.getByRole('button', { name: 'Log 5 mentions' }).click();
  await expect(page.getByRole('status').filter({ hasText: '25 mentions' })).toBeVisible();

  // 12 of the studio's against 13 of Zen Loft's: 12 / 25 × 100; 12 liked, none disliked.
  await sidebar(page, 'KPIs').click();
  await expect(kpiCard(page, 'Share of voice')).toContainText('48.0%');
  await expect(kpiCard(page, 'Share of voice')).toContainText(
    '12 mentions of the client, 13 of its competitors.',
  );
  await expect(kpiCard(page, 'Sentiment score')).toContainText('100.0%');
  // Each voice with its mentions, share and feelings: Zen Loft 13 of 25, none liked.
  const voices = page.getByRole('table', { name: 'Share of voice and sentiment' });
  await expect(voices.getByRole('row', { name: /Studio Yoga/ })).toHaveText(
    /Studio Yoga\s*12\s*48\.0%\s*12\s*0\s*0\s*100\.0%/,
  );
  await expect(voices.getByRole('row', { name: /Zen Loft/ })).toHaveText(
    /Zen Loft\s*13\s*52\.0%\s*0\s*0\s*13\s*0\.0%/,
  );
  expect(await seriousA11yViolations(page)).toEqual([]);
});

test('in English, a comment is linked to the post it answers, and the link is there when it is opened again', async ({
  app: page,
  host,
}) => {
  const studio = await seedListening(host, 'en');
  await host.rpc('posts.create', {
    clientId: studio.clientId,
    channelId: studio.channels.instagram,
    date: days().weekAgo,
    time: '08:30',
    status: 'published',
    caption: 'Morning flow for busy people',
  });
  await page.reload();
  await sidebar(page, 'Listening').click();
  await page
    .getByRole('textbox', { name: 'What was said' })
    .fill('Loved this sequence, thank you Studio Yoga');
  const answers = page.getByRole('combobox', { name: 'Answers a post' });
  await answers.selectOption(
    (await answers.locator('option', { hasText: 'Morning flow' }).getAttribute('value')) ?? '',
  );
  await page.keyboard.press('Control+Enter');
  const comment = row(page, 'Loved this sequence');
  await comment.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Edit the mention' })).toBeVisible();
  await expect(answers.locator('option:checked')).toContainText('Morning flow for busy people');
});
