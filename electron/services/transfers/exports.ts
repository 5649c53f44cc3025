import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';

/**
 * A workspace export waits in `exports/` until the page downloads it (the browser's or Electron's
 * own save dialog then puts it where the user wants). Only the latest one is kept, and none past a restart.
 */
export const EXPORTS_FOLDER = 'exports';
/** The only name `exportName` gives: what the hosts agree to serve from `exports/`. */
export const EXPORT_NAME = /^Calepin-\d{4}-\d{2}-\d{2}\.calepin$/;

export const exportsDir = (dataDir: string): string => join(dataDir, EXPORTS_FOLDER);

/** Named for the user's own day (the app runs in their time zone), not UTC's. */
export function exportName(at: Date): string {
  const two = (n: number) => String(n).padStart(2, '0');
  return `Calepin-${at.getFullYear()}-${two(at.getMonth() + 1)}-${two(at.getDate())}.calepin`;
}

export function clearExports(dataDir: string): void {
  rmSync(exportsDir(dataDir), { recursive: true, force: true });
}

export function prepareExportsDir(dataDir: string): string {
  clearExports(dataDir);
  const dir = exportsDir(dataDir);
  mkdirSync(dir, { recursive: true });
  return dir;
}
