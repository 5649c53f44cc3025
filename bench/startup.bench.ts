import { rmSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { startCore } from '../electron/api/core.ts';
import { DB_FILE } from '../electron/db/paths.ts';
import { jsonFilePrefs } from '../electron/prefs/json-file.ts';
import { heavyFolder } from './heavy-folder.ts';
import { callsMeanwhile, worst } from './meanwhile.ts';
import { toSamples } from './measure.ts';
import { formatTable, formatTimings } from './table.ts';
import { tempDataFolder } from './temp-core.ts';

export const name =
  'Start-up on the heavy-freelancer data file (~50,000 posts): what the user waits for before the first screen';

const since = (start: number) => (performance.now() - start) * 1000;
/** How often the benchmark's "user" asks for the client list while the start's background work runs. */
const EVERY_MS = 5;

/**
 * Ours: the whole start of the core (lock, header checks, open, pragmas, migrations check, folder
 * tidying) and the first clients.list — what the first screen waits for. Then, while the whole-file
 * check (its own thread) and the start-up backup (in small steps) run, a clients.list every 5 ms: the
 * worst wait of one, and the longest the event loop went without turning. Raw: open the file and run
 * the same list. Alternated, after two warm-up rounds, like `measurePair`.
 */
export async function run(n: { writes: number }): Promise<string> {
  const dataDir = tempDataFolder((await heavyFolder()).dataDir);
  const restarts = Math.max(10, Math.round(n.writes / 50));
  const firstScreen: number[] = [];
  const withBackup: number[] = [];
  const raw: number[] = [];
  const worstWait: number[] = [];
  const loopBlock: number[] = [];
  let calls = 0;
  try {
    for (let i = -2; i < restarts; i++) {
      const start = performance.now();
      const core = await startCore({ dataDir, prefs: jsonFilePrefs(dataDir), host: 'web', version: 'bench' });
      const listed = await core.dispatch('clients.list', undefined);
      if (!listed.ok) throw new Error(listed.error.message);
      const listedAt = since(start);
      const meanwhile = await callsMeanwhile(
        core.startupBackup,
        async () => {
          const again = await core.dispatch('clients.list', undefined);
          if (!again.ok) throw new Error(again.error.message);
        },
        EVERY_MS,
      );
      if ((await core.startupBackup) === null) throw new Error('no start-up backup was taken');
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
      worstWait.push(worst(meanwhile.waits));
      loopBlock.push(meanwhile.loopBlockMs);
      calls += meanwhile.waits.length;
    }
    const rawSamples = toSamples(raw);
    return [
      formatTable(name, [
        {
          operation: 'start + first list',
          ours: toSamples(firstScreen),
          raw: rawSamples,
          budget: { p95: 50_000, ratio: 3 },
        },
        {
          operation: 'start + first list + check + backup (background)',
          ours: toSamples(withBackup),
          raw: rawSamples,
        },
      ]),
      formatTimings(
        `While the check and the start-up backup run (one figure per start, ${calls} calls in all)`,
        [
          {
            operation: `clients.list every ${EVERY_MS} ms: worst wait`,
            ms: toSamples(worstWait),
            budget: 20,
          },
          { operation: 'longest event-loop block', ms: toSamples(loopBlock), budget: 20 },
        ],
      ),
    ].join('\n\n');
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}
