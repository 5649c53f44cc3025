import { rmSync } from 'node:fs';
import { type LoadedNumbers, loadNumbers } from './numbers-load.ts';
import { generateDataset, type LoadedCalendar, loadCalendar, SEED } from './seed.ts';
import { cachedSeed, seedKey, storeSeed } from './seed-cache.ts';
import { startBenchCore } from './temp-core.ts';

export interface HeavyFolder {
  /** A closed data folder holding the whole heavy freelancer; copy its file, never open it in place. */
  dataDir: string;
  calendar: LoadedCalendar;
  numbers: LoadedNumbers;
}

type Seeded = Omit<HeavyFolder, 'dataDir'>;

const en = (n: number) => n.toLocaleString('en');

function summary({ calendar, numbers }: Seeded, how: string): string {
  return (
    `heavy dataset: ${calendar.clients.length} clients, ${calendar.channels.length} channels, ` +
    `${calendar.pillars.length} pillars, ${en(calendar.posts)} posts — loaded in ` +
    `${(calendar.loadMs / 1000).toFixed(1)} s; ${en(numbers.readings)} metric readings and ` +
    `${en(numbers.followerCounts)} daily follower counts — loaded in ${(numbers.loadMs / 1000).toFixed(1)} s ` +
    `(${how}; each benchmark works on a copy)\n`
  );
}

async function seed(): Promise<Seeded & { dataDir: string }> {
  const core = await startBenchCore();
  try {
    const calendar = await loadCalendar(core.dispatch, core.ctx.db, generateDataset());
    // Its own stream: the posts above stay the same whatever the numbers draw.
    const numbers = loadNumbers(core.ctx.db, calendar.channels, SEED + 3);
    core.close();
    return { dataDir: core.dataDir, calendar, numbers };
  } catch (error) {
    await core.dispose();
    throw error;
  }
}

let seeded: Promise<HeavyFolder> | null = null;

/**
 * The heavy freelancer, seeded once for every run of the same generating code (over a minute on a
 * busy machine) and kept under node_modules/.cache; every benchmark works on its own copy of the file.
 */
export function heavyFolder(): Promise<HeavyFolder> {
  seeded ??= (async () => {
    const key = seedKey();
    const cached = cachedSeed<Seeded>(key);
    if (cached) {
      console.log(summary(cached.meta, `seeded earlier by the same code, key ${key}`));
      return { ...cached.meta, dataDir: cached.dataDir };
    }
    const fresh = await seed();
    const { dataDir: temp, ...meta } = fresh;
    const dataDir = storeSeed(key, temp, meta);
    rmSync(temp, { recursive: true, force: true });
    console.log(summary(meta, `seeded now and kept for the next runs, key ${key}`));
    return { ...meta, dataDir };
  })();
  return seeded;
}
