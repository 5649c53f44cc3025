// Page model: the Competitors screen (its three tabs, the competitor dialog, the readings grid, the benchmark).
import { expect, type Locator, type Page } from '@playwright/test';
import { sidebar } from './sidebar.ts';

/** The screen's words in each language, as a user reads them. */
export const COMPETITOR_WORDS = {
  en: {
    link: 'Competitors',
    title: 'competitors',
    tabs: { list: 'Competitors', readings: 'Readings', benchmark: 'Benchmark' },
    account: (n: number, what: 'network' | 'handle' | 'link') => `Account ${n}: ${what}`,
    removeAccount: (n: number) => `Remove account ${n}`,
    gridLabel: 'Competitor readings of ',
    saved: 'All readings saved',
    ranks: (client: string, network: string) => `Where ${client} ranks on ${network}`,
  },
  fr: {
    link: 'Concurrents',
    title: 'concurrents',
    tabs: { list: 'Concurrents', readings: 'Relevés', benchmark: 'Comparatif' },
    account: (n: number, what: 'network' | 'handle' | 'link') =>
      `Compte ${n}\u202f: ${{ network: 'réseau', handle: 'nom du compte', link: 'lien' }[what]}`,
    removeAccount: (n: number) => `Retirer le compte ${n}`,
    gridLabel: 'Relevés des concurrents du ',
    saved: 'Tous les relevés sont enregistrés',
    ranks: (client: string, network: string) => `La place de ${client} sur ${network}`,
  },
} as const;

export type Language = keyof typeof COMPETITOR_WORDS;

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Opens the Competitors screen from the sidebar and waits for its title ("Studio Yoga — competitors"). */
export async function openCompetitors(page: Page, client: string, language: Language = 'en') {
  const words = COMPETITOR_WORDS[language];
  await sidebar(page, words.link).click();
  await expect(page.getByRole('heading', { level: 1, name: `${client} — ${words.title}` })).toBeVisible();
}

/** One of the screen's tabs; the list's carries its count ("Competitors 2"), so it is matched by its start. */
export const competitorsTab = (
  page: Page,
  tab: 'list' | 'readings' | 'benchmark',
  language: Language = 'en',
) => page.getByRole('tab', { name: new RegExp(`^${escapeRegExp(COMPETITOR_WORDS[language].tabs[tab])}`) });

/** Opens a tab with a click and waits for it to be the selected one. */
export async function showTab(page: Page, tab: 'list' | 'readings' | 'benchmark', language: Language = 'en') {
  const trigger = competitorsTab(page, tab, language);
  await trigger.click();
  await expect(trigger).toHaveAttribute('aria-selected', 'true');
}

/** The dialog that creates ("New competitor") or edits ("Edit “Zen Loft”") a competitor. */
export const competitorDialog = (page: Page, title: string): Locator =>
  page.getByRole('dialog', { name: title });

/** The accounts editor's fields of row `n` (from 1), by their spoken names. */
export function accountFields(dialog: Locator, n: number, language: Language = 'en') {
  const words = COMPETITOR_WORDS[language];
  return {
    network: dialog.getByRole('combobox', { name: words.account(n, 'network'), exact: true }),
    handle: dialog.getByRole('textbox', { name: words.account(n, 'handle'), exact: true }),
    link: dialog.getByRole('textbox', { name: words.account(n, 'link'), exact: true }),
    remove: dialog.getByRole('button', { name: words.removeAccount(n), exact: true }),
    /** The whole row, with the message under it when its account was refused. */
    row: dialog.getByRole('listitem').filter({
      has: dialog.page().getByRole('textbox', { name: words.account(n, 'handle'), exact: true }),
    }),
  };
}

/** A competitor's card on the list, by its name. */
export const competitorCard = (page: Page, name: string): Locator =>
  page.getByRole('article', { name, exact: true });

/** The readings grid of the day shown ("Competitor readings of Monday 7 December 2026"). */
export const readingsGrid = (page: Page, language: Language = 'en'): Locator =>
  page.getByRole('grid', { name: new RegExp(`^${escapeRegExp(COMPETITOR_WORDS[language].gridLabel)}`) });

/** An account's row of the readings grid, by its handle as shown under the competitor's name. */
export const readingRow = (grid: Locator, handle: string): Locator =>
  grid.getByRole('row').filter({
    has: grid.page().getByRole('rowheader', { name: new RegExp(escapeRegExp(handle)) }),
  });

/** A row's cells: followers, posts, engagements per post, standout link, why it worked. */
export const readingCells = (row: Locator): Locator => row.getByRole('gridcell');

/**
 * Waits for an account's first cells to read as a screen reader reads them: the value, then the
 * previous reading ("1,250 previous reading: 1,200"), then any warning.
 */
export async function expectReadings(grid: Locator, handle: string, names: readonly (string | RegExp)[]) {
  const cells = readingCells(readingRow(grid, handle));
  for (const [i, name] of names.entries()) await expect(cells.nth(i)).toHaveAccessibleName(name);
}

/** The save state beside the grid ("All readings saved"). */
export const readingsStatus = (page: Page, language: Language = 'en'): Locator =>
  page.getByRole('status').filter({ hasText: COMPETITOR_WORDS[language].saved });

/** One network's part of the benchmark, by the network's name ("Instagram"). */
export const benchmarkSection = (page: Page, network: string): Locator =>
  page.getByRole('region', { name: network, exact: true });

/** The sentences saying where the client ranks on a network ("2nd of 3 on followers this month"). */
export const rankSentences = (section: Locator, client: string, network: string, language: Language = 'en') =>
  section
    .getByRole('list', { name: COMPETITOR_WORDS[language].ranks(client, network) })
    .getByRole('listitem');

/** A row of a network's benchmark table, by the account's handle. */
export const benchmarkRow = (section: Locator, handle: string): Locator =>
  section
    .getByRole('table')
    .getByRole('row')
    .filter({ has: section.page().getByRole('rowheader', { name: new RegExp(`${escapeRegExp(handle)}$`) }) });

/** A benchmark row's figures: followers, growth, posts per week, engagements per post, share of voice. */
export const benchmarkFigures = (row: Locator): Locator => row.getByRole('cell');
