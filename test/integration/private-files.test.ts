import { chmodSync, mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { TOKEN_HEADER } from '../../electron/host/server.ts';
import { ownTempDir } from '../support/hosts/fixture.ts';
import { type RunningHost, rawRequest, startWebHost } from '../support/hosts/web-host.ts';
import { hostedPhoto } from '../support/seeds/hosted-photo.ts';

let host: RunningHost | undefined;
afterEach(async () => {
  await host?.stop();
  host = undefined;
});

/** Every folder and file under `root` (itself included) with its permission bits, e.g. `0o700`. */
function modes(root: string): Record<string, string> {
  const found: Record<string, string> = {};
  const visit = (path: string) => {
    const stat = statSync(path);
    found[relative(root, path) || '.'] = `0o${(stat.mode & 0o777).toString(8)}`;
    if (stat.isDirectory()) for (const name of readdirSync(path)) visit(join(path, name));
  };
  visit(root);
  return found;
}

async function workAWeekIn(dataDir: string): Promise<void> {
  host = await startWebHost({ dataDir });
  const { port, token } = host;
  const call = async (method: string, input: unknown): Promise<Record<string, string>> => {
    const answer = await rawRequest(port, {
      method: 'POST',
      path: `/rpc/${method}`,
      headers: { [TOKEN_HEADER]: token, 'content-type': 'application/json' },
      body: JSON.stringify(input ?? null),
    });
    const envelope = JSON.parse(answer.body);
    if (!envelope.ok) throw new Error(`${method}: ${JSON.stringify(envelope.error)}`);
    return envelope.value;
  };
  await hostedPhoto(call);
  await call('backups.create', undefined);
  await call('workspace.export', undefined);
  await call('prefs.set', { language: 'fr' });
}

describe('the data folder is readable by its user alone (Linux and macOS)', () => {
  it('creates every folder 0700 and every file 0600, whatever the umask it was started with', async () => {
    const dataDir = join(ownTempDir(), 'Calepin');
    const before = process.umask(0o022);
    try {
      await workAWeekIn(dataDir);
    } finally {
      process.umask(before);
    }
    const found = modes(dataDir);
    // What a week of use leaves: the file, its journal, backups, an export, a picture, preferences.
    for (const part of ['calepin.sqlite', 'calepin.sqlite-wal', 'backups', 'exports', 'attachments'])
      expect(
        Object.keys(found).some((path) => path.startsWith(part)),
        part,
      ).toBe(true);
    for (const [path, mode] of Object.entries(found)) {
      const folder = statSync(join(dataDir, path)).isDirectory();
      expect(mode, path).toBe(folder ? '0o700' : '0o600');
    }
  });

  it('closes a folder an earlier version left open to others, and its data file', async () => {
    const dataDir = ownTempDir();
    chmodSync(dataDir, 0o755);
    mkdirSync(join(dataDir, 'backups'), { recursive: true });
    writeFileSync(join(dataDir, 'notes.txt'), 'left by hand');
    await workAWeekIn(dataDir);
    expect(modes(dataDir)['.']).toBe('0o700');
    expect(modes(dataDir)['calepin.sqlite']).toBe('0o600');
  });
});
