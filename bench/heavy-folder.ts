import { rmSync } from 'node:fs';
import { generateDataset, type LoadedCalendar, loadCalendar } from './seed.ts';
import { startBenchCore } from './temp-core.ts';

export interface HeavyFolder {
  /** A closed data folder holding the whole heavy freelancer; copy its file, never open it in place. */
  dataDir: string;
  calendar: LoadedCalendar;
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
      console.log(
        `heavy dataset: ${calendar.clients.length} clients, ${calendar.channels.length} channels, ` +
          `${calendar.pillars.length} pillars, ${calendar.posts.toLocaleString('en')} posts — loaded in ` +
          `${(calendar.loadMs / 1000).toFixed(1)} s (once; each benchmark works on a copy)\n`,
      );
      core.close();
      process.once('exit', () => rmSync(core.dataDir, { recursive: true, force: true }));
      return { dataDir: core.dataDir, calendar };
    } catch (error) {
      await core.dispose();
      throw error;
    }
  })();
  return seeded;
}
