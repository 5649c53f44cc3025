import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { DataFolderInUseError, LOCK_FILE } from '../../electron/services/data-file/data-lock.ts';
import { ownTempDir, startTestCore } from '../support/hosts/fixture.ts';
import { type RunningHost, startWebHost } from '../support/hosts/web-host.ts';

let host: RunningHost | undefined;
afterEach(async () => {
  await host?.stop();
  host = undefined;
});

/** A lock file as a crashed Calepin leaves it: naming a process, holding nothing. */
function leftBehind(dataDir: string, pid: number): void {
  const db = new Database(join(dataDir, LOCK_FILE));
  db.exec('CREATE TABLE owner (pid INTEGER NOT NULL, started_at TEXT NOT NULL)');
  db.prepare('INSERT INTO owner VALUES (?, ?)').run(pid, '2026-12-05T08:00:00.000Z');
  db.close();
}

describe('one Calepin per data folder', () => {
  it('refuses a second opening of a folder that is in use, and allows it once closed', async () => {
    const first = await startTestCore();
    await expect(startTestCore({ dataDir: first.dataDir })).rejects.toBeInstanceOf(DataFolderInUseError);
    await first.close();
    const second = await startTestCore({ dataDir: first.dataDir });
    expect(await second.call('clients.list', undefined)).toEqual([]);
  });

  it('names the process that holds the folder', async () => {
    const dataDir = ownTempDir();
    host = await startWebHost({ dataDir });
    const refusal = await startTestCore({ dataDir }).catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(DataFolderInUseError);
    expect((refusal as DataFolderInUseError).pid).toBe(host.child.pid);
  });

  it('opens at once after the process that held it was killed (SIGKILL), with nothing to clean', async () => {
    const dataDir = ownTempDir();
    host = await startWebHost({ dataDir });
    const { child } = host;
    const gone = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGKILL');
    await gone;
    // Restarted within a moment of the crash: the killed process's lock went with it.
    const again = await startTestCore({ dataDir });
    await again.call('clients.create', {
      name: 'Après la panne',
      color: '#2E86AB',
      timeZone: 'Europe/Paris',
    });
    expect((await again.call('clients.list', undefined)).map((c) => c.name)).toEqual(['Après la panne']);
  });

  it('opens a folder whose lock file names a live, unrelated process (a recycled pid)', async () => {
    const dataDir = ownTempDir();
    // Pid 1 always exists: the init process, never a Calepin.
    leftBehind(dataDir, 1);
    const again = await startTestCore({ dataDir });
    expect(await again.call('clients.list', undefined)).toEqual([]);
  });

  it('replaces the plain-text lock file of an earlier Calepin, even naming this very process', async () => {
    const dataDir = ownTempDir();
    writeFileSync(join(dataDir, LOCK_FILE), JSON.stringify({ pid: process.pid, boot: 0, nonce: 'old' }));
    const again = await startTestCore({ dataDir });
    expect(await again.call('clients.list', undefined)).toEqual([]);
    await expect(startTestCore({ dataDir })).rejects.toBeInstanceOf(DataFolderInUseError);
  });

  it('replaces a lock file a crash left unreadable (its record is written without a journal)', async () => {
    const dataDir = ownTempDir();
    leftBehind(dataDir, 1);
    const path = join(dataDir, LOCK_FILE);
    const bytes = readFileSync(path);
    // The owner table's page torn: the header still says SQLite, the page says nothing.
    bytes.fill(0xff, 4096, 8192);
    writeFileSync(path, bytes);
    const again = await startTestCore({ dataDir });
    expect(await again.call('clients.list', undefined)).toEqual([]);
    await expect(startTestCore({ dataDir })).rejects.toBeInstanceOf(DataFolderInUseError);
  });
});
