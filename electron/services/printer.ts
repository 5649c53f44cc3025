import { AppError } from '../../shared/errors.ts';

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

/** A year's report prints in seconds; a print still running after this has hung. */
export const PRINT_TIMEOUT_MS = 120_000;

const printFailed = (why: string) =>
  new AppError('internal', `The PDF could not be made: ${why}`, [{ path: [], code: 'printFailed' }]);

/** The app's printer, or a plain refusal in a browser (which prints the page itself). */
export function printerOf(session: { readonly printer: Printer | null }): Printer {
  if (!session.printer)
    throw new AppError('invalid_input', 'Printing to PDF is done by the browser here', [
      { path: [], code: 'printUnavailable' },
    ]);
  return session.printer;
}

/** A print's PDF, told in words, not as a stack, when it fails or hangs. */
export async function printed(job: Promise<Uint8Array>, timeoutMs = PRINT_TIMEOUT_MS): Promise<Uint8Array> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const hung = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(printFailed(`no answer after ${timeoutMs} ms`)), timeoutMs);
  });
  try {
    return await Promise.race([job, hung]);
  } catch (error) {
    throw error instanceof AppError
      ? error
      : printFailed(error instanceof Error ? error.message : String(error));
  } finally {
    clearTimeout(timer);
  }
}
