import { describe, expect, it } from 'vitest';
import { printed, printerOf } from '../../../../electron/services/printer.ts';
import { AppError } from '../../../../shared/errors.ts';

const issueOf = (error: unknown) => (error instanceof AppError ? error.issues?.[0]?.code : undefined);

describe('printing to PDF', () => {
  it('is refused in words in a browser, which prints the page itself', () => {
    let thrown: unknown;
    try {
      printerOf({ printer: null });
    } catch (error) {
      thrown = error;
    }
    expect(issueOf(thrown)).toBe('printUnavailable');
  });

  it('gives the PDF a print made', async () => {
    const pdf = new Uint8Array([37, 80, 68, 70]);
    await expect(printed(Promise.resolve(pdf))).resolves.toBe(pdf);
  });

  it('says the PDF could not be made when the print fails or hangs, with no stack for the user', async () => {
    const failed = await printed(Promise.reject(new Error('Printing failed'))).catch((e: unknown) => e);
    expect(issueOf(failed)).toBe('printFailed');
    expect((failed as AppError).code).toBe('internal');
    const hung = await printed(new Promise<Uint8Array>(() => {}), 20).catch((e: unknown) => e);
    expect(issueOf(hung)).toBe('printFailed');
  });
});
