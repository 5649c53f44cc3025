import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, seriousA11yViolations, test } from './fixtures.ts';
import { kpiCard } from './page-models/dashboard.ts';
import {
  BEST_POST,
  type Language,
  logoPng,
  openReports,
  printsAsked,
  REPORT_WORDS,
  recordPrints,
  reportRow,
  saveStatus,
  sectionSwitch,
  seedReportStudio,
} from './page-models/reports.ts';
import { openSettings } from './page-models/settings.ts';
import { sidebar } from './page-models/sidebar.ts';

const PROTO = join(process.cwd(), 'tmp-proto');

/** Early November 2026 in Paris, in the page: the report owed is October's (the host keeps the real clock). */
const EARLY_NOVEMBER = new Date('2026-11-05T10:00:00+01:00');

/** pdftotext reads the document's spaces as they are: narrow and no-break ones fold to a plain space here. */
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

const SUMMARY = {
  en: 'October was the month of reels: reach grew by half and Tuesday evenings carried the month.',
  fr: 'Octobre a été le mois des reels : la portée a progressé de moitié, portée par les mardis soir.',
} as const;

/** The report printed as the browser prints it: its pages, their text and their size, and each page as a picture. */
async function printReport(page: Page, language: Language) {
  const folder = join(PROTO, 'report-pdf', language);
  rmSync(folder, { recursive: true, force: true });
  mkdirSync(folder, { recursive: true });
  const file = join(folder, 'report.pdf');
  writeFileSync(file, await page.pdf({ preferCSSPageSize: true, printBackground: true }));
  const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  execFileSync('pdftoppm', ['-png', '-r', '60', file, join(folder, 'page')]);
  // Every font the pages use travels inside the file, so the client's reader draws it as printed.
  const fonts = execFileSync('pdffonts', [file], { encoding: 'utf8' }).trim().split('\n').slice(2);
  const embedded = fonts.every((row) => row.split(/\s+/).at(-5) === 'yes');
  const pages = Number(/^Pages:\s+(\d+)/m.exec(info)?.[1]);
  const size = /^Page size:\s+(.+)$/m.exec(info)?.[1] ?? '';
  return {
    text: plain(text),
    pages,
    size,
    fonts: fonts.length,
    embedded,
    pictures: readdirSync(folder).filter((f) => f.endsWith('.png')),
  };
}

async function shoot(page: Page, name: string, target = page.locator('body')) {
  mkdirSync(join(PROTO, 'reports-screen'), { recursive: true });
  await target.screenshot({ path: join(PROTO, 'reports-screen', `${name}.png`) });
}

/**
 * A new user sets their name and logo in Settings, opens the client's Reports, makes October's
 * report in one click, switches a section off, writes a summary and saves the PDF; the page's
 * print (the browser's dialog) is asked for, and the pages it prints carry the client, the period,
 * the freelancer and the dashboard's own figures, without the section switched off.
 */
async function makeAReport(page: Page, host: Parameters<typeof seedReportStudio>[0], language: Language) {
  const w = REPORT_WORDS[language];
  const theme = language === 'en' ? 'light' : 'dark';
  const studio = await seedReportStudio(host, language, theme);
  await page.clock.setFixedTime(EARLY_NOVEMBER);
  await recordPrints(page);
  await page.reload();

  // Settings: "You" comes first; the name is kept as typed, the logo is shown, a wrong file says why.
  await openSettings(page, language);
  const you = page.getByRole('region', { name: w.you, exact: true });
  await you.getByRole('textbox', { name: w.name }).fill('Camille Martin');
  await you.getByRole('textbox', { name: w.name }).blur();
  await expect(you.getByRole('status').filter({ hasText: w.saved })).toBeVisible();
  const pick = async (file: { name: string; mimeType: string; buffer: Buffer }) => {
    const [chooser] = await Promise.all([
      page.waitForEvent('filechooser'),
      you.getByRole('button', { name: /…$/ }).click(),
    ]);
    await chooser.setFiles(file);
  };
  await pick({ name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('not a logo') });
  await expect(you.getByRole('alert')).toHaveText(w.notImage);
  await pick({ name: 'studio-logo.png', mimeType: 'image/png', buffer: logoPng() });
  await expect(you.getByRole('img', { name: /studio-logo\.png/ })).toBeVisible();
  await expect(you.getByRole('alert')).toHaveCount(0);
  // Taken away, and back with Undo.
  await you.getByRole('button', { name: w.removeLogo, exact: true }).click();
  await expect(page.getByText(w.logoRemoved, { exact: true })).toBeVisible();
  await expect(you.getByRole('img')).toHaveCount(0);
  await page.getByRole('button', { name: w.undo, exact: true }).click();
  await expect(you.getByRole('img', { name: /studio-logo\.png/ })).toBeVisible();
  // After a restart (a reload) the name is still there.
  await page.reload();
  await expect(
    page.getByRole('region', { name: w.you, exact: true }).getByRole('textbox', { name: w.name }),
  ).toHaveValue('Camille Martin');
  await shoot(page, `settings-${language}-${theme}`, page.getByRole('region', { name: w.you, exact: true }));

  // The client's Reports: nothing yet, what a report is, and October's in one click.
  await openReports(page, language);
  await expect(page.getByRole('heading', { level: 2, name: w.emptyTitle })).toBeVisible();
  expect(await seriousA11yViolations(page), 'the empty list').toEqual([]);
  await shoot(page, `empty-${language}-${theme}`);
  await page.getByRole('button', { name: w.makeOctober }).click();
  const heading = page.getByRole('heading', { level: 2, name: w.period });
  await expect(heading).toBeVisible();
  await expect(page).toHaveURL(/#\/clients\/[^/]+\/reports\/[^/]+$/);
  const preview = page.getByRole('region', { name: w.preview });
  await expect(preview.getByText(w.coverKicker)).toBeVisible();
  await expect(preview.getByText('Camille Martin').first()).toBeVisible();

  // A section off, a summary written: both saved, and the preview follows.
  const plan = sectionSwitch(page, w.sectionOff);
  await expect(plan).toBeChecked();
  await plan.uncheck({ force: true });
  await expect(plan).not.toBeChecked();
  await page.getByRole('textbox', { name: w.summary }).fill(SUMMARY[language]);
  await expect(saveStatus(page, language)).toBeVisible();
  await expect(preview.getByRole('heading', { level: 2, name: w.sectionOff })).toHaveCount(0);
  await expect(preview.getByText(SUMMARY[language])).toBeVisible();
  expect(await seriousA11yViolations(page), 'the report').toEqual([]);
  // The editing column from its top, the keyboard on the first section.
  await sectionSwitch(page, w.cover).focus();
  await shoot(page, `report-${language}-${theme}`);

  // Save PDF: in a browser, the page's own print is asked for; Ctrl+P asks for it too.
  await page.getByRole('button', { name: w.savePdf }).click();
  await expect.poll(() => printsAsked(page)).toBe(1);
  await page.keyboard.press('Control+p');
  await expect.poll(() => printsAsked(page)).toBe(2);

  // The pages the print gives: what the browser's dialog would save.
  const pdf = await printReport(page, language);
  const dashboard = await dashboardFigures(page, language);
  expect(pdf.text).toContain('Studio Yoga');
  expect(pdf.text).toContain(w.period);
  expect(pdf.text).toContain('Camille Martin');
  expect(pdf.text).toContain(w.figuresTitle);
  for (const value of dashboard) expect(pdf.text).toContain(plain(value));
  expect(pdf.text.split('\n').map((l) => l.trim())).not.toContain(w.sectionOff);
  expect(pdf.text).toContain(plain(SUMMARY[language]).slice(0, 40));
  // The paper of the system's locale: US Letter in en-US, A4 in fr-FR.
  expect(pdf.size).toMatch(
    language === 'en' ? /^612 x 792 pts \(letter\)$/ : /^59\d\.\d+ x 841\.\d+ pts \(A4\)$/,
  );
  expect(pdf.pages).toBeGreaterThanOrEqual(3);
  expect(pdf.pages).toBeLessThanOrEqual(6);
  expect(pdf.pictures).toHaveLength(pdf.pages);
  expect(pdf.fonts).toBeGreaterThan(0);
  expect(pdf.embedded).toBe(true);

  // The CSV: the same figures, in the report's language, for a spreadsheet of that language.
  await openReports(page, language);
  await reportRow(page, w.period).getByRole('link', { name: w.period }).click();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: w.exportCsv }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('calepin-report-studio-yoga-2026-10-01.csv');
  const csv = readFileSync((await download.path()) ?? '', 'utf8');
  expect(csv.startsWith('\uFEFF')).toBe(true);
  const lines = csv.slice(1).split('\r\n');
  expect(lines[0]).toBe(w.csvHeader);
  expect(lines).toContain(w.csvReach);

  // A number corrected since: the report still says what the client read, and says what changed.
  await host.rpc('metrics.save', {
    on: '2026-11-20',
    cells: [{ postId: studio.posts[BEST_POST] ?? '', metric: 'reach', value: 1400 }],
  });
  await page.reload();
  const banner = page.getByRole('region', { name: new RegExp(`^${w.changed}`) });
  await expect(banner).toBeVisible();
  await expect(banner.getByRole('listitem')).toHaveCount(5);
  await expect(banner.getByRole('listitem').first()).toHaveText(w.changedLine);
  expect(await seriousA11yViolations(page), 'the report with its changes').toEqual([]);
  await shoot(page, `changes-${language}-${theme}`);
  await banner.getByRole('button', { name: w.update }).click();
  await expect(page.getByText(w.updated, { exact: true })).toBeVisible();
  await expect(banner).toHaveCount(0);

  // Back to the list: the report, newest first; Delete on its row sends it to the Trash, Undo brings it back.
  await openReports(page, language);
  const row = reportRow(page, w.period);
  await expect(row).toBeVisible();
  expect(await seriousA11yViolations(page), 'the list').toEqual([]);
  await shoot(page, `list-${language}-${theme}`);
  await row.getByRole('link', { name: w.period }).focus();
  await page.keyboard.press('Delete');
  await expect(page.getByText(w.deleted, { exact: true })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: w.emptyTitle })).toBeVisible();
  await page.getByRole('button', { name: w.undo, exact: true }).click();
  await expect(reportRow(page, w.period)).toBeVisible();

  // N: a new report, for the month before; Enter makes it and opens it.
  await page.getByRole('heading', { level: 1 }).click();
  await page.keyboard.press('n');
  const dialog = page.getByRole('dialog', { name: w.dialog });
  await expect(dialog.getByRole('status')).toHaveText(new RegExp(`^${w.period}$`, 'i'));
  await dialog.getByRole('button', { name: w.stepBack }).click();
  await expect(dialog.getByRole('status')).toHaveText(new RegExp(`^${w.september}$`, 'i'));
  await dialog.getByRole('radio', { name: w.month }).focus();
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('heading', { level: 2, name: w.september })).toBeVisible();
  // Alt+↓ on a section moves it, as its button does, and the keyboard stays on it.
  const summarySwitch = sectionSwitch(page, w.summary);
  await summarySwitch.focus();
  await page.keyboard.press('Alt+ArrowDown');
  const firstThree = () =>
    page
      .locator('li[data-section-id]')
      .evaluateAll((rows) => rows.slice(0, 3).map((r) => r.getAttribute('data-section-id')));
  await expect.poll(firstThree).toEqual(['cover', 'figures', 'summary']);
  await expect(summarySwitch).toBeFocused();
  await page.getByRole('link', { name: w.back }).click();
  await expect(page.getByRole('rowheader')).toHaveText([
    new RegExp(w.period, 'i'),
    new RegExp(w.september, 'i'),
  ]);
}

/** October's cards on the dashboard, as the user reads them there. */
async function dashboardFigures(page: Page, language: Language): Promise<string[]> {
  const w = REPORT_WORDS[language];
  await sidebar(page, w.dashboard).click();
  await page.getByRole('button', { name: w.previousPeriod }).click();
  await expect(page.getByRole('heading', { level: 2, name: new RegExp(`^${w.period}$`, 'i') })).toBeVisible();
  const values: string[] = [];
  for (const kpi of ['reach', 'impressions', 'rate', 'followers'] as const) {
    const card = kpiCard(page, w.kpis[kpi]);
    await expect(card).toContainText(w.values[kpi]);
    values.push(w.values[kpi]);
  }
  return values;
}

test('in English, light: a new user sets their name and logo, makes October’s report and prints it', async ({
  app: page,
  host,
}) => {
  test.slow();
  await makeAReport(page, host, 'en');
});

test.describe('in French', () => {
  test.use({ locale: 'fr-FR' });

  test('in French, dark: the same report, in French words and on A4', async ({ app: page, host }) => {
    test.slow();
    await makeAReport(page, host, 'fr');
  });
});

test('an archived client’s reports are explained, and nothing that would be refused is offered', async ({
  app: page,
  host,
}) => {
  const w = REPORT_WORDS.en;
  const studio = await seedReportStudio(host, 'en', 'light');
  await host.rpc('clients.archive', { id: studio.clientId, archived: true });
  await page.goto(`${host.url}#/clients/${studio.clientId}/reports`);
  await expect(page.getByRole('heading', { level: 1, name: w.title })).toBeVisible();
  await expect(page.getByText(w.archived, { exact: true })).toBeVisible();
  await expect(page.getByRole('button', { name: w.makeOctober })).toHaveCount(0);
  await page.keyboard.press('n');
  await expect(page.getByRole('dialog')).toHaveCount(0);
  expect(await seriousA11yViolations(page), 'the archived client’s reports').toEqual([]);
});
