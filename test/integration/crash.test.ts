import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LOCK_FILE } from '../../electron/services/data-lock.ts';
import { startTestCore } from '../support/fixture.ts';
import { makeTempDir, removeDir } from '../support/temp-dir.ts';

const child = join(import.meta.dirname, '../support/crash-child.ts');

describe('crash safety', () => {
  it('keeps every saved edit when the process is killed without closing the database', async () => {
    const dataDir = makeTempDir();
    const run = spawnSync(process.execPath, [child, dataDir], { encoding: 'utf8' });
    expect(run.signal).toBe('SIGKILL');
    const saved = JSON.parse(run.stdout.trim()) as string[];
    expect(saved).toHaveLength(20);
    // The dead process left its lock and its -wal file behind, as a real crash would.
    expect(existsSync(join(dataDir, LOCK_FILE))).toBe(true);

    const core = await startTestCore({ dataDir });
    const clients = await core.call('clients.list', { includeArchived: true });
    expect(clients.map((c) => c.id).sort()).toEqual([...saved].sort());
    expect(clients.find((c) => c.id === saved[0])?.name).toBe('Renamed before the crash');
    await core.close();
    removeDir(dataDir);
  });
});
