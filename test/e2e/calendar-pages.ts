import { expect, type Locator, type Page } from '@playwright/test';
import type { Input } from '../../shared/contract.ts';
import type { E2eHost } from './host.ts';

/**
 * The week the seeded tests plan in, Monday 11 – Sunday 17 January 2027: far from the machine's
 * today (so N means "the first day of the week" there), and clear of any DST change in Paris.
 */
export const WEEK = {
  monday: '2027-01-11',
  tuesday: '2027-01-12',
  wednesday: '2027-01-13',
  thursday: '2027-01-14',
  friday: '2027-01-15',
  saturday: '2027-01-16',
  sunday: '2027-01-17',
  nextMonday: '2027-01-18',
} as const;

export interface SeededStudio {
  clientId: string;
  channels: { instagram: string; linkedin: string; x: string };
}

/**
 * A Paris client with Instagram, LinkedIn and X, selected in the sidebar, whose calendar was last
 * left on WEEK: what a returning user finds. Seeded through the contract, as the UI path is not the point.
 */
export async function seedStudio(host: E2eHost): Promise<SeededStudio> {
  const client = await host.rpc('clients.create', {
    name: 'Studio Yoga',
    color: '#29A36A',
    timeZone: 'Europe/Paris',
  });
  const channel = async (network: 'instagram' | 'linkedin' | 'x', handle: string) =>
    (await host.rpc('channels.create', { clientId: client.id, network, handle })).id;
  const channels = {
    instagram: await channel('instagram', '@studio.yoga'),
    linkedin: await channel('linkedin', 'studio-yoga'),
    x: await channel('x', '@studioyoga'),
  };
  await host.rpc('prefs.set', {
    lastClientId: client.id,
    calendarViews: { [client.id]: { view: 'week', date: WEEK.wednesday, filters: {} } },
  });
  return { clientId: client.id, channels };
}

export async function seedPost(
  host: E2eHost,
  post: Omit<Input<'posts.create'>, 'clientId'> & { clientId: string },
): Promise<string> {
  return (await host.rpc('posts.create', post)).id;
}

/**
 * Opens the selected client's calendar from the sidebar, as a user would ("Calendar" / "Calendrier").
 * The app first reloads: the week workspace it opened on has already read the week, before the
 * test seeded its posts through the contract (no other writer exists outside tests).
 */
export async function openCalendarFromSidebar(page: Page, link = 'Calendar') {
  await page.reload();
  await page.getByRole('navigation').getByRole('link', { name: link, exact: true }).click();
  // The workspace has headings of its own: wait until the calendar has replaced it.
  await page.waitForURL(/\/calendar$/);
  await expect(page.locator('#week-summary-title')).toHaveCount(0);
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

/**
 * Starts recording every text the element shows from now on, as a reader watching it would see
 * them (a value shown only for a moment included); the returned function reads the list.
 */
export async function recordTexts(element: Locator): Promise<() => Promise<string[]>> {
  const seen = await element.evaluateHandle((node) => {
    const texts: string[] = [];
    const view = node.ownerDocument.defaultView;
    if (!view) throw new Error('The element is not in a window');
    new view.MutationObserver(() => {
      const text = node.textContent ?? '';
      if (texts.at(-1) !== text) texts.push(text);
    }).observe(node, { childList: true, characterData: true, subtree: true });
    return texts;
  });
  return () => seen.jsonValue();
}

/** The List view's post rows (the header row left out), in the order shown. */
export const listRows = (page: Page): Locator =>
  page.getByRole('table').getByRole('rowgroup').last().getByRole('row');

/** The List view's count above the table: "2 posts", or "1 post found" for a search. */
export const listCount = (page: Page): Locator =>
  page.getByRole('status').filter({ hasText: /^\d+ (post|publication)/ });

/**
 * Presses Tab (or Shift+Tab) until `target` has the focus, the way a keyboard user walks through
 * a form, however many stops lie between (a date field alone has several).
 */
export async function tabTo(page: Page, target: Locator, key: 'Tab' | 'Shift+Tab' = 'Tab', most = 30) {
  for (let presses = 0; presses <= most; presses += 1) {
    if (await target.evaluate((node) => node === node.ownerDocument.activeElement)) return;
    await page.keyboard.press(key);
  }
  throw new Error(`${most} presses of ${key} never reached ${target}`);
}

/** Picks an option of the focused drop-down with ↑/↓, which change a closed <select> at once. */
export async function chooseWithArrows(page: Page, select: Locator, label: string) {
  const options = select.locator('option');
  const to = (await options.allTextContents()).indexOf(label);
  const value = await options.nth(to).getAttribute('value');
  if (to < 0 || value === null) throw new Error(`No option “${label}” in ${select}`);
  const values = await options.evaluateAll((nodes) => nodes.map((node) => node.getAttribute('value')));
  const from = values.indexOf(await select.inputValue());
  for (let i = from; i < to; i += 1) await page.keyboard.press('ArrowDown');
  for (let i = from; i > to; i -= 1) await page.keyboard.press('ArrowUp');
  await expect(select).toHaveValue(value);
}

/**
 * A day as Calepin's date fields show and take it in both languages, dd/mm/yyyy, whatever the
 * browser's locale (a native date field followed it: 01/14/2027 in an American Chromium).
 */
export function shownDate(date: string): string {
  const [year = '', month = '', day = ''] = date.split('-');
  return `${day}/${month}/${year}`;
}
