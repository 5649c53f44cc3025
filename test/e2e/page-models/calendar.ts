// Page model: the calendar (week, month and list views) and its composer.
import { expect, type Locator, type Page } from '@playwright/test';
import type { E2eHost } from '../host.ts';

/**
 * Opens the selected client's calendar from the sidebar, as a user would ("Calendar" / "Calendrier").
 * The app first reloads: the week workspace it opened on has already read the week, before the
 * test seeded its posts through the contract (no other writer exists outside tests).
 */
export async function openCalendarFromSidebar(page: Page, link = 'Calendar') {
  await page.reload();
  await page.getByRole('navigation').getByRole('link', { name: link, exact: true }).click();
  // The workspace has headings of its own: wait until the calendar has replaced it. Its code may
  // still be coming (the prefetch waits for idle): keys pressed before it shows would go nowhere.
  await page.waitForURL(/\/calendar$/);
  await expect(page.getByRole('heading', { level: 1, name: / — (calendar|calendrier)$/ })).toBeVisible();
  await expect(page.locator('#week-summary-title')).toHaveCount(0);
}

/** Sets the app's language, then opens the calendar in it from the sidebar. */
export async function openCalendarIn(page: Page, host: E2eHost, language: 'en' | 'fr') {
  await host.rpc('prefs.set', { language });
  await openCalendarFromSidebar(page, language === 'en' ? 'Calendar' : 'Calendrier');
}

/** The period shown above the grid, e.g. "11 – 17 Jan 2027". */
export const periodTitle = (page: Page) => page.getByRole('heading', { level: 2 });

/**
 * One hour cell of one day, found through its empty-slot button, the way a screen reader names it:
 * "New post on Monday 11 January at 09:00" (pass the whole name, in the page's language).
 */
export const cell = (page: Page, slotName: string): Locator =>
  page.getByRole('button', { name: slotName, exact: true }).locator('..');

/** A day's column header, found by its short weekday ("Thu", "jeu."); cards dropped there keep their time. */
export const dayHeader = (page: Page, weekday: string): Locator =>
  page.getByText(weekday, { exact: true }).locator('..');

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A post's card, by the first words of its caption. Its accessible name is its visible text, the
 * network told first: "Instagram 08:30 Ready Morning flow to wake up… Image · @studio.yoga"
 * (network, time, status, first words, then format · handle except on a month's compact cards).
 */
export const card = (scope: Page | Locator, words: string): Locator =>
  scope.getByRole('button', { name: new RegExp(`^.+ \\d\\d:\\d\\d \\S+ ${escapeRegExp(words)}`) });

/** What a card says around its caption, in the page's language; format and handle may be left out. */
export interface CardFace {
  network: string;
  time: string;
  status: string;
  format?: string;
  handle?: string;
}

/** A card whose whole name reads like this face, with these first words of the caption. */
export function cardNamed(scope: Page | Locator, face: CardFace, words: string): Locator {
  const head = [face.network, face.time, face.status].map(escapeRegExp).join(' ');
  const handle = face.handle === undefined ? '' : ` · ${escapeRegExp(face.handle)}`;
  const tail =
    face.format !== undefined
      ? ` ${escapeRegExp(face.format)}${handle || '( · .+)?'}$`
      : handle
        ? `${handle}$`
        : '';
  return scope.getByRole('button', { name: new RegExp(`^${head} ${escapeRegExp(words)}.*${tail}`) });
}

/** The composer's autosave note, e.g. "All changes saved". */
export const saveStatus = (dialog: Locator): Locator => dialog.getByRole('status');

/** Waits for the composer to say everything is saved, then closes it with Esc. */
export async function closeComposerWithEsc(page: Page, dialog: Locator, saved = 'All changes saved') {
  await expect(saveStatus(dialog)).toHaveText(saved);
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
}

/** The List view's post rows (the header row left out), in the order shown. */
export const listRows = (page: Page): Locator =>
  page.getByRole('table').getByRole('rowgroup').last().getByRole('row');

/** The List view's count above the table: "2 posts", or "1 post found" for a search. */
export const listCount = (page: Page): Locator =>
  page.getByRole('status').filter({ hasText: /^\d+ (post|publication)/ });

/**
 * A day as Calepin's date fields show and take it in both languages, dd/mm/yyyy, whatever the
 * browser's locale (a native date field followed it: 01/14/2027 in an American Chromium).
 */
export function shownDate(date: string): string {
  const [year = '', month = '', day = ''] = date.split('-');
  return `${day}/${month}/${year}`;
}
