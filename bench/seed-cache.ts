import { createHash } from 'node:crypto';
import {
  cpSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const CACHE = join(ROOT, 'node_modules', '.cache', 'calepin-bench');

/**
 * What decides the bytes of the seeded file: the generators here, and the code that writes and
 * shapes the data on the way in (schema, repositories, handlers, contract). Any change there seeds
 * again; a change elsewhere (a screen, a benchmark's measuring loop) reuses the file.
 */
const INPUTS = [
  'bench/seed.ts',
  'bench/posts-gen.ts',
  'bench/metrics-gen.ts',
  'bench/numbers-load.ts',
  'bench/captions.ts',
  'bench/rng.ts',
  'bench/heavy-folder.ts',
  'electron/db',
  'electron/api',
  'electron/services',
  'shared',
];

function files(path: string): string[] {
  const full = join(ROOT, path);
  if (!statSync(full).isDirectory()) return [path];
  return readdirSync(full)
    .sort()
    .flatMap((name) => files(join(path, name)));
}

/** A short hash of every input file's path and bytes. */
export function seedKey(): string {
  const hash = createHash('sha256');
  for (const file of INPUTS.flatMap(files)) {
    hash.update(relative(ROOT, join(ROOT, file)));
    hash.update('\0');
    hash.update(readFileSync(join(ROOT, file)));
  }
  return hash.digest('hex').slice(0, 16);
}

const entry = (key: string) => join(CACHE, `heavy-${key}`);
const META = 'seeded.json';

/** The cached data folder and what was loaded into it, or null when this code never seeded one. */
export function cachedSeed<T>(key: string): { dataDir: string; meta: T } | null {
  const dir = entry(key);
  if (!existsSync(join(dir, META))) return null;
  return { dataDir: join(dir, 'data'), meta: JSON.parse(readFileSync(join(dir, META), 'utf8')) as T };
}

/** Entries kept: branches checked out side by side (sharing node_modules) each keep theirs. */
const KEPT = 4;

/**
 * Keeps a closed, freshly seeded data folder for the next runs, dropping the oldest entries (one
 * seeded file is 130 MB). The metadata is written last: a run stopped half-way leaves no entry.
 */
export function storeSeed(key: string, dataDir: string, meta: unknown): string {
  mkdirSync(CACHE, { recursive: true });
  const older = readdirSync(CACHE)
    .map((name) => ({ name, at: statSync(join(CACHE, name)).mtimeMs }))
    .sort((a, b) => b.at - a.at)
    .slice(KEPT - 1);
  for (const { name } of older) rmSync(join(CACHE, name), { recursive: true, force: true });
  const dir = entry(key);
  cpSync(dataDir, join(dir, 'data'), { recursive: true });
  writeFileSync(join(dir, META), JSON.stringify(meta));
  return join(dir, 'data');
}
