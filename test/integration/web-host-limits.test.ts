import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { DB_FILE } from '../../electron/db/paths.ts';
import { MAX_BODY, RETRY_AFTER, TOKEN_HEADER } from '../../electron/host/server.ts';
import { ownTempDir } from '../support/hosts/fixture.ts';
import { type RunningHost, rawRequest, startWebHost } from '../support/hosts/web-host.ts';

let running: RunningHost | undefined;
afterEach(async () => {
  await running?.stop();
  running = undefined;
});

/** Resident and peak resident memory of a process, in MB, as Linux accounts it. */
function memoryOf(pid: number): { rss: number; peak: number } {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const field = (name: string) => Number(new RegExp(`^${name}:\\s+(\\d+) kB`, 'm').exec(status)?.[1]) / 1024;
  return { rss: field('VmRSS'), peak: field('VmHWM') };
}

async function host() {
  const dataDir = ownTempDir();
  running = await startWebHost({ dataDir });
  const { port, token } = running;
  const post = (method: string, body: Buffer | string) =>
    rawRequest(port, {
      method: 'POST',
      path: `/rpc/${method}`,
      headers: {
        [TOKEN_HEADER]: token,
        'content-type': 'application/json',
        'content-length': String(Buffer.byteLength(body)),
      },
      body,
    });
  const clientNames = () => {
    const db = new Database(join(dataDir, DB_FILE), { readonly: true });
    try {
      return (db.prepare('SELECT name FROM clients').all() as { name: string }[]).map((r) => r.name);
    } finally {
      db.close();
    }
  };
  return { post, clientNames, pid: running.child.pid as number };
}

const client = (name: string) =>
  JSON.stringify({ name, color: '#2E86AB', timeZone: 'Europe/Paris', currency: 'EUR', notes: '' });

describe('the web host under load and with broken text', () => {
  it('holds at most two large bodies at once: the others get 503 with Retry-After, and memory stays bounded', async () => {
    const { post, clientNames, pid } = await host();
    // Warm up (the first call opens and migrates the file), then measure from there.
    expect(JSON.parse((await post('clients.create', client('Avant'))).body).ok).toBe(true);
    const before = memoryOf(pid);
    // Twenty bodies just under the limit at once (a CSV import is sent this big), each a valid call.
    const big = client(`Grand ${'x'.repeat(MAX_BODY - 200)}`);
    const flood = Promise.all(Array.from({ length: 20 }, () => post('clients.create', big)));
    // An autosave sent meanwhile is small: it never waits for room.
    const small = await post('clients.create', client('Pendant'));
    const answers = await flood;
    expect(small.status).toBe(200);
    expect(JSON.parse(small.body).ok).toBe(true);
    const after = memoryOf(pid);

    const busy = answers.filter((a) => a.status === 503);
    const served = answers.filter((a) => a.status === 200);
    expect(busy.length + served.length).toBe(20);
    expect(served.length).toBeGreaterThanOrEqual(2);
    expect(busy.length).toBeGreaterThan(0);
    for (const answer of busy) {
      expect(answer.headers['retry-after']).toBe(String(RETRY_AFTER));
      expect(JSON.parse(answer.body).error.code).toBe('unavailable');
    }
    // Served ones reached the dispatch and were refused by it (the name is too long), as usual.
    for (const answer of served) expect(JSON.parse(answer.body).error.issues[0].code).toBe('tooLong');
    // Twenty bodies held at once took the host from 136 to 518 MB; two at a time stay far below.
    console.log(
      `web host: peak ${after.peak.toFixed(0)} MB after twenty ${(MAX_BODY / 1e6).toFixed(1)} MB bodies ` +
        `(resident ${before.rss.toFixed(0)} MB before; ${served.length} served, ${busy.length} told to retry)`,
    );
    expect(after.peak - before.rss).toBeLessThan(260);
    // Nothing is left reserved: once they are answered, a large call is served again.
    expect((await post('clients.create', big)).status).toBe(200);
    expect(clientNames().sort()).toEqual(['Avant', 'Pendant']);
  });

  it('refuses a body that is not UTF-8 instead of saving U+FFFD, and says so', async () => {
    const { post, clientNames } = await host();
    const json = Buffer.from(client('Caf\u00e9'));
    // "é" as Latin-1 (0xE9) where UTF-8 needs two bytes: what a mis-encoded script would send.
    const at = json.indexOf(Buffer.from('\u00e9'));
    const latin1 = Buffer.concat([json.subarray(0, at), Buffer.from([0xe9]), json.subarray(at + 2)]);
    const answer = await post('clients.create', latin1);
    expect(answer.status).toBe(400);
    expect(JSON.parse(answer.body).error).toMatchObject({
      code: 'invalid_input',
      issues: [{ path: [], code: 'invalidText' }],
    });
    // A lone surrogate written as a JSON escape is valid UTF-8 but not valid text: refused by the dispatch.
    const lone = await post('clients.create', client('Caf\\ud800').replace('\\\\ud800', '\\ud800'));
    expect(JSON.parse(lone.body).error).toMatchObject({
      code: 'invalid_input',
      issues: [{ path: ['name'], code: 'invalidText' }],
    });
    expect(clientNames()).toEqual([]);
  });
});
