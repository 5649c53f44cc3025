import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { jsonFilePrefs } from '../electron/prefs/json-file.ts';
import { type Core, startCore } from '../electron/services/core.ts';

/** The core the web host runs, on a throw-away folder (same pragmas, same dispatch). */
export async function startBenchCore(): Promise<Core & { dataDir: string; dispose(): Promise<void> }> {
  const dataDir = mkdtempSync(join(tmpdir(), 'calepin-bench-'));
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
