import { join } from 'node:path';
import Database from 'better-sqlite3';
import { DB_FILE } from '../electron/db/paths.ts';
import { jsonFilePrefs } from '../electron/prefs/json-file.ts';
import { startCore } from '../electron/services/core.ts';
import { measurePair } from './measure.ts';
import { generateDataset, loadThroughDispatch } from './seed.ts';
import type { Row } from './table.ts';
import { startBenchCore } from './temp-core.ts';

export const name =
  'Start-up on the heavy-freelancer data file: what the user waits for before the first screen';

/**
 * Ours: the whole start of the core (lock, header check, open, quick_check, pragmas, migrations
 * check, startup backup) plus the first clients.list. Raw: open the file and run the same list.
 */
export async function run(n: { writes: number }): Promise<Row[]> {
  const seeded = await startBenchCore();
  await loadThroughDispatch(seeded.dispatch, generateDataset());
  const { dataDir } = seeded;
  seeded.close();
  const restarts = Math.max(10, Math.round(n.writes / 50));
  const result = await measurePair(
    restarts,
    async () => {
      const core = await startCore({ dataDir, prefs: jsonFilePrefs(dataDir), host: 'web', version: 'bench' });
      await core.startupBackup;
      const listed = await core.dispatch('clients.list', undefined);
      if (!listed.ok) throw new Error(listed.error.message);
      core.close();
    },
    () => {
      const db = new Database(join(dataDir, DB_FILE));
      db.prepare('SELECT * FROM clients WHERE deleted_at IS NULL ORDER BY name').all();
      db.close();
    },
    2,
  );
  await seeded.dispose();
  return [{ operation: 'start + backup + first list', ...result }];
}
