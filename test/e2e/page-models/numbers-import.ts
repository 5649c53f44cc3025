// Page model: "Import a file…" on the Numbers screen, the dialog that previews a network's export.
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { expect, type Locator, type Page } from '@playwright/test';

const WORDS = {
  en: {
    open: 'Import a file…',
    title: 'Import numbers from a file',
    choose: /^Choose (a|another) file$/,
    importRows: /^Import \d+ rows?$/,
    done: (file: string) => `Imported from ${file}`,
    undo: 'Undo',
  },
  fr: {
    open: 'Importer un fichier…',
    title: 'Importer des chiffres depuis un fichier',
    choose: /^Choisir un (autre )?fichier$/,
    importRows: /^Importer \d+ lignes?$/,
    done: (file: string) => `Importé depuis ${file}`,
    undo: 'Annuler',
  },
} as const;

type Language = keyof typeof WORDS;

/** The import dialog, by its title. */
export const importDialog = (page: Page, language: Language): Locator =>
  page.getByRole('dialog', { name: WORDS[language].title });

/** Opens the dialog from the Numbers toolbar (one click). */
export async function openImport(page: Page, language: Language): Promise<Locator> {
  await page.getByRole('button', { name: WORDS[language].open, exact: true }).click();
  const dialog = importDialog(page, language);
  await expect(dialog).toBeVisible();
  return dialog;
}

/**
 * Picks a file from disk through "Choose a file", as the system's file picker would hand it over
 * (one action for the user: the picker's choice).
 */
export async function chooseFile(dialog: Locator, language: Language, path: string) {
  const [chooser] = await Promise.all([
    dialog.page().waitForEvent('filechooser'),
    dialog.getByRole('button', { name: WORDS[language].choose }).click(),
  ]);
  await chooser.setFiles(path);
}

/**
 * Drags a file from the desktop onto `target` and drops it: a DataTransfer holding the file is
 * built in the page, then dragenter, dragover and drop are fired on it (one action for the user).
 */
export async function dropFile(target: Locator, path: string) {
  const dataTransfer = await target.evaluateHandle(
    (node, file) => {
      const view = node.ownerDocument.defaultView;
      if (!view) throw new Error('The element is not in a window');
      const bytes = new Uint8Array([...view.atob(file.base64)].map((c) => c.charCodeAt(0)));
      const transfer = new view.DataTransfer();
      transfer.items.add(new view.File([bytes], file.name));
      return transfer;
    },
    { name: basename(path), base64: readFileSync(path).toString('base64') },
  );
  await target.dispatchEvent('dragenter', { dataTransfer });
  await target.dispatchEvent('dragover', { dataTransfer });
  await target.dispatchEvent('drop', { dataTransfer });
  await dataTransfer.dispose();
}

/** The line that names what was read: "Meta Business Suite · Instagram posts · 28 rows". */
export const formatLine = (dialog: Locator, format: string): Locator =>
  dialog.getByRole('status').filter({ hasText: format });

/** What the import will do, one line a kind ("2 posts of the calendar found", …). */
export const importCounts = (dialog: Locator): Locator => dialog.getByRole('listitem');

/** The footer's "Import N rows". */
export const importButton = (dialog: Locator, language: Language): Locator =>
  dialog.getByRole('button', { name: WORDS[language].importRows });

/** Imports what the preview shows (one click) and waits for the dialog to close. */
export async function importRows(dialog: Locator, language: Language) {
  await importButton(dialog, language).click();
  await expect(dialog).toBeHidden();
}

/** A toast, by its words: an item of the notifications' region (F8 reaches it). */
export const toast = (page: Page, words: string): Locator =>
  page
    .getByRole('region', { name: /^Notifications/ })
    .getByRole('listitem')
    .filter({ hasText: words });

/** The toast that says a file was imported, with its Undo. */
export const importedToast = (page: Page, language: Language, fileName: string): Locator =>
  toast(page, WORDS[language].done(fileName));

/** Undo, from the toast of that file's import. */
export const undoImport = (page: Page, language: Language, fileName: string) =>
  importedToast(page, language, fileName).getByRole('button', { name: WORDS[language].undo }).click();
