import { beforeEach, describe, expect, it, vi } from 'vitest';
import { electronPrinter } from '../../../../electron/main/print.ts';
import { BrowserWindow } from '../support/fake-electron.ts';

vi.mock('electron', () => import('../support/fake-electron.ts'));

describe('printing to PDF in the app', () => {
  beforeEach(() => {
    BrowserWindow.instances.length = 0;
  });

  it('prints the window as it shows, letting its print styles choose the paper and the page numbers', async () => {
    const window = new BrowserWindow({});
    const pdf = await electronPrinter(() => window as never).window();
    expect(pdf.toString()).toBe('%PDF-1.7 fake');
    expect(window.webContents.printToPDF).toHaveBeenCalledWith({
      printBackground: true,
      preferCSSPageSize: true,
      generateTaggedPDF: true,
      generateDocumentOutline: true,
    });
  });

  it('says there is nothing to print once the window is closed', async () => {
    await expect(electronPrinter(() => null).window()).rejects.toThrow('No window to print');
  });

  it('lays out a plan in a hidden window that runs none of its code, and closes it even when printing fails', async () => {
    const printer = electronPrinter(() => null);
    await printer.file('/data/exports/calepin-plan-studio-yoga-2026-12-14.html');
    const [hidden] = BrowserWindow.instances;
    expect(hidden?.options).toMatchObject({
      show: false,
      webPreferences: { javascript: false, sandbox: true },
    });
    expect(hidden?.loadFile).toHaveBeenCalledWith('/data/exports/calepin-plan-studio-yoga-2026-12-14.html');
    expect(hidden?.destroy).toHaveBeenCalledOnce();

    BrowserWindow.instances.length = 0;
    const failing = printer.file('/data/exports/x.html');
    const [second] = BrowserWindow.instances;
    second?.webContents.printToPDF.mockRejectedValueOnce(new Error('printing failed'));
    await expect(failing).rejects.toThrow('printing failed');
    expect(second?.destroy).toHaveBeenCalledOnce();
  });
});
