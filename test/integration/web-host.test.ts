import { mkdirSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { DB_FILE } from '../../electron/db/paths.ts';
import { MAX_BODY, TOKEN_HEADER } from '../../electron/host/server.ts';
import { METHODS } from '../../shared/contract.ts';
import { ownTempDir } from '../support/hosts/fixture.ts';
import { type RunningHost, rawRequest, startWebHost } from '../support/hosts/web-host.ts';
import { countRows, dumpTables } from '../support/readers/db-dump.ts';
import { hostedPhoto } from '../support/seeds/hosted-photo.ts';
import { clientInput } from '../support/seeds/inputs.ts';
import { pngFile, sha256 } from '../support/seeds/media-files.ts';

const INDEX_HTML =
  '<!doctype html><html><head><title>Calepin</title></head><body><div id="root"></div></body></html>';

const SECRET = '{"name": "secret-outside-the-renderer"}';

let running: RunningHost | undefined;
afterEach(async () => {
  await running?.stop();
  running = undefined;
});

async function host() {
  const dataDir = ownTempDir();
  // Files a traversal would reach one and two levels above the renderer folder.
  const outside = ownTempDir();
  const rendererDir = join(outside, 'app', 'renderer');
  mkdirSync(join(rendererDir, 'assets'), { recursive: true });
  writeFileSync(join(outside, 'package.json'), SECRET);
  writeFileSync(join(outside, 'app', 'package.json'), SECRET);
  writeFileSync(join(rendererDir, 'index.html'), INDEX_HTML);
  writeFileSync(join(rendererDir, 'assets', 'app.js'), 'console.log("calepin");');
  running = await startWebHost({ dataDir, rendererDir });
  const { port, token } = running;
  const rpc = (method: string, body: string, headers: Record<string, string> = { [TOKEN_HEADER]: token }) =>
    rawRequest(port, {
      method: 'POST',
      path: `/rpc/${method}`,
      headers: { 'content-type': 'application/json', ...headers },
      body,
    });
  /** Rows written so far, read from the file by a second connection as another process would. */
  const clientRows = () => {
    const db = new Database(join(dataDir, DB_FILE), { readonly: true });
    try {
      return countRows(db, 'SELECT count(*) FROM clients');
    } finally {
      db.close();
    }
  };
  /** Every row, read as another process would: equal before and after means the request wrote nothing. */
  const tables = () => {
    const db = new Database(join(dataDir, DB_FILE), { readonly: true });
    try {
      return dumpTables(db);
    } finally {
      db.close();
    }
  };
  /** Runs a method that must succeed and returns its value. */
  const call = async (method: string, input: unknown): Promise<Record<string, string>> => {
    const envelope = JSON.parse((await rpc(method, JSON.stringify(input))).body);
    if (!envelope.ok) throw new Error(`${method}: ${JSON.stringify(envelope.error)}`);
    return envelope.value;
  };
  return { port, token, url: running.url, rpc, call, clientRows, tables, dataDir, rendererDir, outside };
}

const cookie = (token: string) => ({ cookie: `calepin-token=${token}` });

/** Bytes written to the socket exactly as given (no client fills in a Host), and the answer as text. */
function rawExchange(port: number, text: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1', () => socket.write(text));
    let answer = '';
    socket.on('data', (chunk: Buffer) => {
      answer += chunk.toString();
    });
    socket.on('end', () => resolve(answer));
    socket.on('error', reject);
  });
}

describe('the web host over HTTP', () => {
  it('prints a loopback URL carrying a token on its first line', async () => {
    const { url, token } = await host();
    expect(url.protocol).toBe('http:');
    expect(url.hostname).toBe('127.0.0.1');
    expect(url.pathname).toBe('/');
    expect(token).toMatch(/^[0-9a-f]{32,}$/);
  });

  it('lists every method of the contract to a caller with the token, and no one else', async () => {
    const { port, token } = await host();
    expect((await rawRequest(port, { path: '/rpc' })).status).toBe(403);
    expect((await rawRequest(port, { path: '/rpc', headers: { [TOKEN_HEADER]: 'nope' } })).status).toBe(403);
    const listed = await rawRequest(port, { path: '/rpc', headers: { [TOKEN_HEADER]: token } });
    expect(listed.status).toBe(200);
    expect((JSON.parse(listed.body) as { methods: string[] }).methods.sort()).toEqual([...METHODS].sort());
  });

  it('runs a method and answers with the envelope', async () => {
    const { rpc, clientRows } = await host();
    const res = await rpc('clients.create', JSON.stringify(clientInput({ name: 'Par HTTP' })));
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/^application\/json/);
    expect(JSON.parse(res.body)).toMatchObject({ ok: true, value: { name: 'Par HTTP', archived: false } });
    const listed = JSON.parse((await rpc('clients.list', '')).body);
    expect(listed).toMatchObject({ ok: true, value: [{ name: 'Par HTTP' }] });
    expect(JSON.parse((await rpc('clients.list', 'null')).body)).toMatchObject({ ok: true });
    expect(clientRows()).toBe(1);
  });

  it('refuses a call without the token or with a wrong one, and creates nothing', async () => {
    const { rpc, token, clientRows } = await host();
    const body = JSON.stringify(clientInput());
    const attempts: Record<string, string>[] = [
      {},
      { [TOKEN_HEADER]: 'wrong' },
      { [TOKEN_HEADER]: `${token}0` },
      { [TOKEN_HEADER]: token.slice(0, -1) },
    ];
    for (const headers of attempts) {
      const res = await rpc('clients.create', body, headers);
      expect(res.status).toBe(403);
      expect(JSON.parse(res.body)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    }
    expect(clientRows()).toBe(0);
  });

  it('answers 400 invalid_input to a body that is not JSON', async () => {
    const { rpc, clientRows } = await host();
    const res = await rpc('clients.create', '{"name": "Atelier",');
    expect(res.status).toBe(400);
    expect(JSON.parse(res.body)).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(clientRows()).toBe(0);
  });

  it('passes bad input and unknown methods through the same envelope as IPC', async () => {
    const { rpc } = await host();
    const bad = JSON.parse(
      (await rpc('clients.create', JSON.stringify({ ...clientInput(), color: 'red' }))).body,
    );
    expect(bad).toEqual({
      ok: false,
      error: {
        code: 'invalid_input',
        message: expect.any(String),
        issues: [{ path: ['color'], code: 'invalidColor' }],
      },
    });
    const unknown = JSON.parse((await rpc('clients.drop', '{}')).body);
    expect(unknown).toMatchObject({ ok: false, error: { code: 'unknown_method' } });
  });

  it('serves the page only with the token, with the browser preload injected', async () => {
    const { port, token } = await host();
    expect((await rawRequest(port, { path: '/' })).status).toBe(403);
    expect((await rawRequest(port, { path: '/?token=wrong' })).status).toBe(403);
    const page = await rawRequest(port, { path: `/?token=${token}` });
    expect(page.status).toBe(200);
    expect(page.headers['content-type']).toMatch(/^text\/html/);
    const preload = page.body.match(/<head><script src="([^"]+)"><\/script>/)?.[1];
    expect(preload).toBeDefined();
    expect(page.body).toContain('<div id="root"></div>');
    const script = await rawRequest(port, { path: preload ?? '' });
    expect(script.status).toBe(200);
    expect(script.body).toContain('window.calepin');
  });

  it('sends a strict Content-Security-Policy', async () => {
    const { port, token } = await host();
    const page = await rawRequest(port, { path: `/?token=${token}` });
    const csp = String(page.headers['content-security-policy']);
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).not.toContain('unsafe-eval');
  });

  it('serves renderer assets and nothing outside the renderer folder', async () => {
    const { port } = await host();
    expect((await rawRequest(port, { path: '/assets/app.js' })).body).toContain('calepin');
    for (const path of [
      '/..%2fpackage.json',
      '/..%2f..%2fpackage.json',
      '/%2e%2e/%2e%2e/package.json',
      '/assets/..%2f..%2f..%2fpackage.json',
      '/..%5c..%5cpackage.json',
      '/%2e%2e%2f%2e%2e%2fetc%2fpasswd',
      '/assets/%00.js',
    ]) {
      const res = await rawRequest(port, { path });
      expect(res.status, path).toBe(404);
      expect(res.body, path).not.toContain('secret-outside-the-renderer');
    }
  });

  it('answers a malformed method name with an error envelope, not a crash', async () => {
    const { rpc } = await host();
    const response = await rpc('clients.%E0%A4%A', '{}');
    expect(response.status).toBe(400);
    expect(JSON.parse(response.body)).toMatchObject({ ok: false, error: { code: 'unknown_method' } });
  });

  it('leaves a data folder another Calepin has open alone, and says so', async () => {
    const { dataDir, clientRows } = await host();
    const second = await startWebHost({ dataDir });
    try {
      const rpc = (method: string, body: string) =>
        rawRequest(second.port, {
          method: 'POST',
          path: `/rpc/${method}`,
          headers: { 'content-type': 'application/json', [TOKEN_HEADER]: second.token },
          body,
        });
      const info = JSON.parse((await rpc('app.info', '')).body);
      expect(info).toMatchObject({ ok: true, value: { problem: { kind: 'inUse' } } });
      const write = JSON.parse((await rpc('clients.create', JSON.stringify(clientInput()))).body);
      expect(write).toMatchObject({ ok: false, error: { code: 'unavailable' } });
      expect(clientRows()).toBe(0);
    } finally {
      await second.stop();
    }
  });

  it('turns away a request for a foreign Host (DNS rebinding)', async () => {
    const { port, token } = await host();
    for (const path of ['/rpc', `/?token=${token}`]) {
      const res = await rawRequest(port, {
        path,
        headers: { host: 'evil.example', [TOKEN_HEADER]: token },
      });
      expect(res.status, path).toBe(421);
    }
  });
});

describe('what the web host refuses, changing nothing', () => {
  it('serves /media/ only with the token cookie the page set', async () => {
    const { port, token, call, tables } = await host();
    const sha = await hostedPhoto(call);
    const before = tables();
    const refused: Record<string, string>[] = [
      {},
      cookie('wrong'),
      cookie(`${token}0`),
      { [TOKEN_HEADER]: token },
    ];
    for (const headers of refused) {
      const res = await rawRequest(port, { path: `/media/${sha}`, headers });
      expect(res.status, JSON.stringify(headers)).toBe(403);
      expect(res.body).not.toContain('PNG');
    }
    // The token in the address opens the page, not the files.
    expect((await rawRequest(port, { path: `/media/${sha}?token=${token}` })).status).toBe(403);
    const served = await rawRequest(port, { path: `/media/${sha}`, headers: cookie(token) });
    expect(served.status).toBe(200);
    expect(served.headers['content-type']).toBe('image/png');
    expect(tables()).toEqual(before);
  });

  it('hands the workspace export to the page that holds the cookie, and nothing else under /exports/', async () => {
    const { port, token, call, dataDir } = await host();
    await call('clients.create', clientInput({ name: 'À exporter' }));
    const exported = await call('workspace.export', undefined);
    const path = `/exports/${exported.name}`;
    const refused: Record<string, string>[] = [{}, cookie('wrong'), { [TOKEN_HEADER]: token }];
    for (const headers of refused)
      expect((await rawRequest(port, { path, headers })).status, JSON.stringify(headers)).toBe(403);
    const served = await rawRequest(port, { path, headers: cookie(token) });
    expect(served.status).toBe(200);
    expect(served.headers['content-disposition']).toBe(`attachment; filename="${exported.name}"`);
    expect(served.headers['content-length']).toBe(
      String(statSync(join(dataDir, 'exports', exported.name ?? '')).size),
    );
    for (const other of [
      '../calepin.sqlite',
      '..%2Fcalepin.sqlite',
      'calepin.sqlite',
      `${exported.name}.part`,
    ])
      expect(
        (await rawRequest(port, { path: `/exports/${other}`, headers: cookie(token) })).status,
        other,
      ).toBe(404);
  });

  it('serves no file that a link planted in exports/ points to, nor exports/ turned into a link', async () => {
    const { port, token, dataDir, outside } = await host();
    writeFileSync(join(outside, 'passwd'), 'root:x:0:0:secret-outside-the-data-folder');
    const name = 'Calepin-2026-12-05.calepin';
    mkdirSync(join(dataDir, 'exports'), { recursive: true });
    symlinkSync(join(outside, 'passwd'), join(dataDir, 'exports', name));
    const planted = await rawRequest(port, { path: `/exports/${name}`, headers: cookie(token) });
    expect(planted.status).toBe(404);
    expect(planted.body).not.toContain('secret-outside');
    rmSync(join(dataDir, 'exports'), { recursive: true });
    writeFileSync(join(outside, name), 'secret-outside-the-data-folder');
    symlinkSync(outside, join(dataDir, 'exports'));
    const linked = await rawRequest(port, { path: `/exports/${name}`, headers: cookie(token) });
    expect(linked.status).toBe(404);
    expect(linked.body).not.toContain('secret-outside');
  });

  it('refuses requests from another origin before reading or running anything', async () => {
    const { port, token, rpc, clientRows, tables } = await host();
    const before = tables();
    const body = JSON.stringify(clientInput({ name: 'Par une autre page' }));
    const foreign: Record<string, string>[] = [
      { origin: 'http://evil.example' },
      { origin: 'null' },
      { origin: `http://127.0.0.1:${port + 1}` },
      { origin: `https://127.0.0.1:${port}` },
      { origin: `http://127.0.0.1:${port}.evil.example` },
      { origin: `http://[::1]:${port}` },
      { 'sec-fetch-site': 'cross-site' },
      { 'sec-fetch-site': 'same-site' },
      { origin: `http://127.0.0.1:${port}`, 'sec-fetch-site': 'cross-site' },
    ];
    for (const headers of foreign) {
      const label = JSON.stringify(headers);
      const res = await rpc('clients.create', body, { [TOKEN_HEADER]: token, ...headers });
      expect(res.status, label).toBe(403);
      expect(JSON.parse(res.body), label).toMatchObject({ ok: false, error: { code: 'forbidden' } });
      for (const path of [`/?token=${token}`, '/assets/app.js', '/rpc', '/__calepin/preload.js']) {
        const get = await rawRequest(port, { path, headers: { [TOKEN_HEADER]: token, ...headers } });
        expect(get.status, `${path} ${label}`).toBe(403);
        expect(get.body, `${path} ${label}`).not.toContain('calepin');
      }
    }
    // Refused before the body is read: one far above the size limit gets the same 403, not a 413.
    const huge = await rpc('clients.create', 'x'.repeat(MAX_BODY + 1), {
      [TOKEN_HEADER]: token,
      origin: 'http://evil.example',
    });
    expect(huge.status).toBe(403);
    expect(clientRows()).toBe(0);
    expect(tables()).toEqual(before);
    // The page itself, under either loopback name, and a navigation typed by the user, are served.
    for (const headers of [
      { origin: `http://127.0.0.1:${port}`, 'sec-fetch-site': 'same-origin' },
      { origin: `http://localhost:${port}`, 'sec-fetch-site': 'same-origin' },
    ]) {
      const res = await rpc('clients.create', body, { [TOKEN_HEADER]: token, ...headers });
      expect(res.status, JSON.stringify(headers)).toBe(200);
    }
    const typed = await rawRequest(port, { path: `/?token=${token}`, headers: { 'sec-fetch-site': 'none' } });
    expect(typed.status).toBe(200);
    expect(clientRows()).toBe(2);
  });

  it('turns away a foreign Host on every path, before running a method', async () => {
    const { port, token, tables } = await host();
    const before = tables();
    for (const host of [
      'evil.example',
      `evil.example:${port}`,
      `127.0.0.1.evil.example:${port}`,
      `[::1]:${port}`,
    ]) {
      const headers = { host, [TOKEN_HEADER]: token, 'content-type': 'application/json' };
      const body = JSON.stringify(clientInput());
      expect(
        (await rawRequest(port, { method: 'POST', path: '/rpc/clients.create', headers, body })).status,
      ).toBe(421);
      for (const path of ['/assets/app.js', '/media/00', `/?token=${token}`])
        expect((await rawRequest(port, { path, headers })).status, `${host} ${path}`).toBe(421);
    }
    // HTTP/1.0 does not require a Host: none at all is not ours either.
    const bare = await rawExchange(
      port,
      `POST /rpc/clients.create HTTP/1.0\r\n${TOKEN_HEADER}: ${token}\r\ncontent-type: application/json\r\n` +
        `content-length: 2\r\n\r\n{}`,
    );
    expect(bare).toMatch(/^HTTP\/1\.[01] 421 /);
    expect(tables()).toEqual(before);
  });

  it('serves no file outside the renderer folder, whatever the path says', async () => {
    const { port, token, rendererDir, outside, tables } = await host();
    // Links planted in the built renderer: one out of it (refused), one inside it (served).
    symlinkSync(join(outside, 'package.json'), join(rendererDir, 'assets', 'leak.json'));
    symlinkSync(outside, join(rendererDir, 'outside'));
    symlinkSync(join(rendererDir, 'assets', 'app.js'), join(rendererDir, 'assets', 'alias.js'));
    const before = tables();
    const secretPath = join(outside, 'package.json');
    for (const path of [
      '/../package.json',
      '/../../package.json',
      '/assets/../../package.json',
      '/..%2fpackage.json',
      '/%2e%2e%2f%2e%2e%2fpackage.json',
      '/%2E%2E/%2E%2E/package.json',
      '/assets%2f..%2f..%2f..%2fpackage.json',
      '/..\\..\\package.json',
      '/..%5c..%5cpackage.json',
      '/assets%5c..%5c..%5c..%5cpackage.json',
      `/${encodeURIComponent(secretPath)}`,
      `//${secretPath.slice(1)}`,
      `/%2f${secretPath.slice(1)}`,
      `http://127.0.0.1:${port}/../../package.json`,
      '/assets/app.js%00.png',
      '/assets/%00',
      '/%00/../package.json',
      '/%252e%252e%252fpackage.json',
      '/assets/leak.json',
      '/outside/package.json',
      '/outside/app/package.json',
      '/%',
      '/assets/%E0%A4%A',
    ]) {
      const res = await rawRequest(port, { path, headers: { [TOKEN_HEADER]: token, ...cookie(token) } });
      expect(res.status, path).toBe(404);
      expect(res.body, path).not.toContain('secret-outside-the-renderer');
    }
    expect((await rawRequest(port, { path: '/assets/alias.js' })).body).toContain('calepin');
    expect(tables()).toEqual(before);
  });

  it('serves under /media/ only stored files, named by their SHA-256, and no link out of the store', async () => {
    const { port, token, call, dataDir, outside, tables } = await host();
    const sha = await hostedPhoto(call);
    // A picture outside the data folder, linked into the store under its own SHA-256.
    const elsewhere = pngFile(9, 9, 7);
    const planted = sha256(elsewhere);
    writeFileSync(join(outside, 'private.png'), elsewhere);
    mkdirSync(join(dataDir, 'attachments', planted.slice(0, 2)), { recursive: true });
    symlinkSync(join(outside, 'private.png'), join(dataDir, 'attachments', planted.slice(0, 2), planted));
    const before = tables();
    for (const path of [
      `/media/${planted}`,
      `/media/${sha.toUpperCase()}`,
      `/media/${sha}%00`,
      `/media/${sha}/..`,
      `/media/${sha.slice(0, 2)}/${sha}`,
      '/media/../calepin.sqlite',
      `/media/..%2f${DB_FILE}`,
      `/media/%2e%2e%2f${DB_FILE}`,
      `/media/..%5c${DB_FILE}`,
      `/media/${encodeURIComponent(join(dataDir, DB_FILE))}`,
      '/media/%2fetc%2fpasswd',
      `/media/${sha.slice(0, 2)}%2f${sha}`,
      `/media/..%2f..%2f${sha.slice(0, 2)}%2f${sha}`,
      '/media/',
      '/media/%',
    ]) {
      const res = await rawRequest(port, { path, headers: cookie(token) });
      expect(res.status, path).toBe(404);
      expect(res.body, path).not.toContain('SQLite format');
      expect(res.body, path).not.toContain('PNG');
    }
    expect((await rawRequest(port, { path: `/media/${sha}`, headers: cookie(token) })).status).toBe(200);
    expect(tables()).toEqual(before);
  });
});
