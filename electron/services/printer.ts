/**
 * What prints a page to PDF: Electron's `printToPDF` in the app (electron/main/print.ts). The web
 * host has none — the browser showing the page prints it itself — so handlers ask for it and say
 * plainly when it is missing.
 */
export interface Printer {
  /** The app's window as it shows now, laid out by its print styles. */
  window(): Promise<Uint8Array>;
  /** A document of the exports folder, opened with its scripts off. */
  file(path: string): Promise<Uint8Array>;
}
