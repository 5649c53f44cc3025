import { existsSync } from 'node:fs';
import { delimiter, join } from 'node:path';

/** CHROME_PATH, else a Chromium or Chrome on the usual paths or the PATH; null when none is found. */
export function findChromium(env = process.env) {
  if (env.CHROME_PATH) return existsSync(env.CHROME_PATH) ? env.CHROME_PATH : null;
  const names = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable'];
  const dirs = ['/usr/bin', ...(env.PATH ?? '').split(delimiter)];
  for (const dir of dirs)
    for (const name of names) if (dir && existsSync(join(dir, name))) return join(dir, name);
  return null;
}

/** Whether an executable of that name is on the PATH (the PDF readers the print tests use). */
export function onPath(name, env = process.env) {
  return (env.PATH ?? '').split(delimiter).some((dir) => dir && existsSync(join(dir, name)));
}
