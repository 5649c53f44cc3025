import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Core, startCore } from '../electron/api/core.ts';
import { DB_FILE } from '../electron/db/paths.ts';
import { jsonFilePrefs } from '../electron/prefs/json-file.ts';

export type BenchCore = Core & { dataDir: string; dispose(): Promise<void> };

/** A throw-away data folder: empty, or holding a copy of another folder's data file. */
export function tempDataFolder(copyFrom?: string): string {
  const dataDir = mkdtempSync(join(tmpdir(), 'calepin-bench-'));
  if (copyFrom) copyFileSync(join(copyFrom, DB_FILE), join(dataDir, DB_FILE));
  return dataDir;
}

/** The core the web host runs, on a throw-away folder (same pragmas, same dispatch). */
export async function startBenchCore(copyFrom?: string): Promise<BenchCore> {
  const dataDir = tempDataFolder(copyFrom);
  const core = await startCore({ dataDir, prefs: jsonFilePrefs(dataDir), host: 'web', version: 'bench' });
  await core.startupBackup;
  return {
    ...core,
    dataDir,
    async dispose() {
      core.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
