// Page model: Settings (language, theme, backups, the workspace file).
import { expect, type Locator, type Page } from '@playwright/test';
import { sidebar } from './sidebar.ts';

const WORDS = {
  en: { settings: 'Settings', importFile: 'Import a workspace file…', replace: 'Replace my data' },
  fr: {
    settings: 'Réglages',
    importFile: 'Importer un fichier d’espace de travail…',
    replace: 'Remplacer mes données',
  },
} as const;

/** Opens Settings from the sidebar and waits for its title. */
export async function openSettings(page: Page, language: 'en' | 'fr') {
  await sidebar(page, WORDS[language].settings).click();
  await expect(page.getByRole('heading', { level: 1, name: WORDS[language].settings })).toBeVisible();
}

/** The rows of the backups table made for this reason ("Made by you", "Before a restore"…). */
export const backupRows = (page: Page, reason: string): Locator =>
  page.getByRole('row').filter({ hasText: reason });

/** Picks a file with "Import a workspace file…" and confirms the replacement the dialog asks about. */
export async function importWorkspaceFile(
  page: Page,
  language: 'en' | 'fr',
  file: string | { name: string; mimeType: string; buffer: Buffer },
) {
  const [chooser] = await Promise.all([
    page.waitForEvent('filechooser'),
    page.getByRole('button', { name: WORDS[language].importFile }).first().click(),
  ]);
  await chooser.setFiles(file);
  await page.getByRole('alertdialog').getByRole('button', { name: WORDS[language].replace }).click();
}
