import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Envelope } from '../shared/errors.ts';
import type { RunningHost } from '../test/support/hosts/web-host.ts';

/** What the renderer benchmarks share: the built renderer, calls to the web host, its memory. */

const ROOT = fileURLToPath(new URL('../', import.meta.url));

/** Uses the renderer already built; builds it only when there is none, and says so. */
export function rendererDir(notes: string[]): string {
  const dir = process.env.CALEPIN_BENCH_RENDERER ?? join(ROOT, 'out/renderer');
  if (existsSync(join(dir, 'index.html'))) return dir;
  notes.push(`${dir} was missing: built it with \`npx electron-vite build\` before measuring.`);
  const built = spawnSync(
    process.execPath,
    [join(ROOT, 'node_modules/electron-vite/bin/electron-vite.js'), 'build'],
    {
      cwd: ROOT,
      stdio: ['ignore', 2, 2],
    },
  );
  if (built.status !== 0) throw new Error('npx electron-vite build failed');
  return dir;
}

export async function rpc(host: RunningHost, method: string, input: unknown): Promise<unknown> {
  const response = await fetch(new URL(`/rpc/${method}`, host.url), {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-calepin-token': host.token },
    body: JSON.stringify(input),
  });
  const envelope = (await response.json()) as Envelope<unknown>;
  if (!envelope.ok) throw new Error(`${method}: ${envelope.error.code} ${envelope.error.message}`);
  return envelope.value;
}

export const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);

/** A process's peak resident memory in MB, from Linux's /proc; null elsewhere. */
export function peakRssMb(pid: number | undefined): number | null {
  try {
    const kb = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
    return kb ? Number(kb) / 1024 : null;
  } catch {
    return null;
  }
}

/** The same, as the notes print it. */
export function peakRss(pid: number | undefined): string {
  const peak = peakRssMb(pid);
  return peak === null ? 'unknown (no /proc)' : `${peak.toFixed(1)} MB`;
}
