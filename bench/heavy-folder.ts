import { rmSync } from 'node:fs';
import { type LoadedNumbers, loadNumbers } from './numbers-load.ts';
import { generateDataset, type LoadedCalendar, loadCalendar, SEED } from './seed.ts';
import { startBenchCore } from './temp-core.ts';

export interface HeavyFolder {
  /** A closed data folder holding the whole heavy freelancer; copy its file, never open it in place. */
  dataDir: string;
  calendar: LoadedCalendar;
  numbers: LoadedNumbers;
}

let seeded: Promise<HeavyFolder> | null = null;

/**
 * Seeds the heavy freelancer once per run (tens of seconds on a busy machine) and hands out the
 * same closed folder to every benchmark, which works on its own copy of the file.
 */
export function heavyFolder(): Promise<HeavyFolder> {
  seeded ??= (async () => {
    const core = await startBenchCore();
    try {
      const calendar = await loadCalendar(core.dispatch, core.ctx.db, generateDataset());
      // Its own stream: the posts above stay the same whatever the numbers draw.
      const numbers = loadNumbers(core.ctx.db, calendar.channels, SEED + 3);
      const en = (n: number) => n.toLocaleString('en');
      console.log(
        `heavy dataset: ${calendar.clients.length} clients, ${calendar.channels.length} channels, ` +
          `${calendar.pillars.length} pillars, ${en(calendar.posts)} posts — loaded in ` +
          `${(calendar.loadMs / 1000).toFixed(1)} s; ${en(numbers.readings)} metric readings and ` +
          `${en(numbers.followerCounts)} daily follower counts — loaded in ${(numbers.loadMs / 1000).toFixed(1)} s ` +
          `(once; each benchmark works on a copy)\n`,
      );
      core.close();
      process.once('exit', () => rmSync(core.dataDir, { recursive: true, force: true }));
      return { dataDir: core.dataDir, calendar, numbers };
    } catch (error) {
      await core.dispose();
      throw error;
    }
  })();
  return seeded;
}
