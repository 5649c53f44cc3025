import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { DB_FILE } from '../../electron/db/paths.ts';
import { TOKEN_HEADER } from '../../electron/host/server.ts';
import { METHODS } from '../../shared/contract.ts';
import { countRows } from '../support/db-dump.ts';
import { ownTempDir } from '../support/fixture.ts';
import { clientInput } from '../support/inputs.ts';
import { type RunningHost, rawRequest, startWebHost } from '../support/web-host.ts';

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
  return { port, token, url: running.url, rpc, clientRows, dataDir };
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

  it('refuses to start on a data folder another Calepin has open, and says so', async () => {
    const { dataDir } = await host();
    await expect(startWebHost({ dataDir })).rejects.toThrow(/already open on this data folder/);
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
