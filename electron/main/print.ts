import { BrowserWindow } from 'electron';
import type { Printer } from '../services/printer.ts';

/**
 * The page's own print styles decide the paper (`@page` size, margins and page numbers), so the app's
 * PDF is the one the browser's print and Playwright's `page.pdf` give. Tagged, so a screen reader
 * and a search in the PDF read it as text.
 */
const PDF_OPTIONS = {
  printBackground: true,
  preferCSSPageSize: true,
  generateTaggedPDF: true,
  generateDocumentOutline: true,
} as const;

/** Electron's printing: the app's window as it stands, or a document of the exports folder. */
export function electronPrinter(window: () => BrowserWindow | null): Printer {
  return {
    async window() {
      const shown = window();
      if (!shown || shown.isDestroyed()) throw new Error('No window to print');
      return shown.webContents.printToPDF(PDF_OPTIONS);
    },
    async file(path) {
      // A window of its own, never shown, that runs none of the document's code: it only lays it out.
      const hidden = new BrowserWindow({
        show: false,
        webPreferences: { javascript: false, sandbox: true, contextIsolation: true, nodeIntegration: false },
      });
      try {
        await hidden.loadFile(path);
        return await hidden.webContents.printToPDF(PDF_OPTIONS);
      } finally {
        hidden.destroy();
      }
    },
  };
}
