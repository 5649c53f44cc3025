import { writeFileSync } from 'node:fs';
import { uptime } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DataFolderInUseError, LOCK_FILE } from '../../electron/services/data-lock.ts';
import { startTestCore } from '../support/fixture.ts';

const bootTime = () => Math.round(Date.now() / 1000 - uptime());
const writeLock = (dataDir: string, owner: object) =>
  writeFileSync(join(dataDir, LOCK_FILE), JSON.stringify(owner));

describe('one Calepin per data folder', () => {
  it('refuses a second opening of a folder that is in use, and allows it once closed', async () => {
    const first = await startTestCore();
    await expect(startTestCore({ dataDir: first.dataDir })).rejects.toBeInstanceOf(DataFolderInUseError);
    await first.close();
    const second = await startTestCore({ dataDir: first.dataDir });
    expect(await second.call('clients.list', undefined)).toEqual([]);
  });

  it('takes over a lock left by a process that no longer exists', async () => {
    const first = await startTestCore();
    await first.close();
    // Pid 2^22 + 1 is above Linux's pid_max: no process can have it.
    writeLock(first.dataDir, { pid: 4_194_305, boot: bootTime(), nonce: 'dead' });
    const again = await startTestCore({ dataDir: first.dataDir });
    expect(await again.call('clients.list', undefined)).toEqual([]);
  });

  it('takes over a lock written before the machine rebooted, even if its pid is alive now', async () => {
    const first = await startTestCore();
    await first.close();
    writeLock(first.dataDir, { pid: process.pid, boot: bootTime() - 86_400, nonce: 'before-reboot' });
    const again = await startTestCore({ dataDir: first.dataDir });
    expect(await again.call('clients.list', undefined)).toEqual([]);
  });

  it('refuses a folder whose lock belongs to a live process of this boot', async () => {
    const first = await startTestCore();
    await first.close();
    writeLock(first.dataDir, { pid: process.pid, boot: bootTime(), nonce: 'live' });
    await expect(startTestCore({ dataDir: first.dataDir })).rejects.toThrow(/already running/);
  });
});
