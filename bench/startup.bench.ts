import { rmSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { startCore } from '../electron/api/core.ts';
import { DB_FILE } from '../electron/db/paths.ts';
import { jsonFilePrefs } from '../electron/prefs/json-file.ts';
import { heavyFolder } from './heavy-folder.ts';
import { toSamples } from './measure.ts';
import { formatTable } from './table.ts';
import { tempDataFolder } from './temp-core.ts';

export const name =
  'Start-up on the heavy-freelancer data file (~50,000 posts): what the user waits for before the first screen';

const since = (start: number) => (performance.now() - start) * 1000;

/**
 * Ours: the whole start of the core (lock, header check, open, quick_check, pragmas, migrations
 * check, media sweep) and the first clients.list — what the first screen waits for — then the
 * startup backup, which runs beside it. Raw: open the file and run the same list. Alternated, after
 * two warm-up rounds, like `measurePair`.
 */
export async function run(n: { writes: number }): Promise<string> {
  const dataDir = tempDataFolder((await heavyFolder()).dataDir);
  const restarts = Math.max(10, Math.round(n.writes / 50));
  const firstScreen: number[] = [];
  const withBackup: number[] = [];
  const raw: number[] = [];
  try {
    for (let i = -2; i < restarts; i++) {
      const start = performance.now();
      const core = await startCore({ dataDir, prefs: jsonFilePrefs(dataDir), host: 'web', version: 'bench' });
      const listed = await core.dispatch('clients.list', undefined);
      if (!listed.ok) throw new Error(listed.error.message);
      const listedAt = since(start);
      await core.startupBackup;
      const backedUpAt = since(start);
      core.close();
      const rawStart = performance.now();
      const db = new Database(join(dataDir, DB_FILE));
      db.prepare('SELECT * FROM clients WHERE deleted_at IS NULL ORDER BY name').all();
      db.close();
      if (i < 0) continue;
      firstScreen.push(listedAt);
      withBackup.push(backedUpAt);
      raw.push(since(rawStart));
    }
    const rawSamples = toSamples(raw);
    return formatTable(name, [
      { operation: 'start + first list', ours: toSamples(firstScreen), raw: rawSamples },
      { operation: 'start + first list + backup', ours: toSamples(withBackup), raw: rawSamples },
    ]);
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}
