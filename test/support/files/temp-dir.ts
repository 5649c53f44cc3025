import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A fresh, empty data folder of our own: tests never touch a real user's file. */
export const makeTempDir = (): string => mkdtempSync(join(tmpdir(), 'calepin-'));

export const removeDir = (dir: string): void => rmSync(dir, { recursive: true, force: true });
