import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import {
  APP_CSP,
  registerAppScheme,
  serveAppRequest,
  setupProtocol,
} from '../../../../electron/main/protocol.ts';
import { storeBytes } from '../../../../electron/services/media/media-store.ts';
import { protocol } from '../support/fake-electron.ts';

vi.mock('electron', () => import('../support/fake-electron.ts'));

// <tmp>/secret.txt sits beside the renderer folder: a traversal that worked would reach it.
const base = mkdtempSync(join(tmpdir(), 'calepin-protocol-'));
const root = join(base, 'renderer');
mkdirSync(join(root, 'assets'), { recursive: true });
writeFileSync(join(root, 'index.html'), '<!doctype html><title>Calepin</title>');
writeFileSync(join(root, 'assets', 'main.js'), 'console.log(1)');
writeFileSync(join(base, 'secret.txt'), 'top secret');
// The data folder, with one stored picture (a PNG's signature is enough to be recognised).
const dataDir = join(base, 'data');
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 73, 72, 68, 82]);
const sha = storeBytes(dataDir, PNG);
writeFileSync(join(dataDir, 'calepin.db'), 'the database');
afterAll(() => rmSync(base, { recursive: true, force: true }));

const get = (url: string, method = 'GET') => serveAppRequest(new Request(url, { method }), root, dataDir);

describe('the app:// protocol', () => {
  it('is registered as a standard, secure scheme before ready', () => {
    registerAppScheme();
    expect(protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } },
    ]);
  });

  it('hands app:// requests to the file server', async () => {
    setupProtocol(root, dataDir);
    const [scheme, handler] = protocol.handle.mock.calls.at(-1) ?? [];
    expect(scheme).toBe('app');
    const response: Response = await handler(new Request('app://calepin/index.html'));
    expect(await response.text()).toContain('<title>Calepin</title>');
  });

  it('serves the page with its type and the strict CSP', async () => {
    const response = await get('app://calepin/');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toBe(APP_CSP);
    expect(APP_CSP).toContain("default-src 'none'");
    expect(APP_CSP).toContain("script-src 'self'");
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('serves scripts as JavaScript', async () => {
    const response = await get('app://calepin/assets/main.js');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(await response.text()).toBe('console.log(1)');
  });

  it.each([
    'app://calepin/../secret.txt',
    'app://calepin/../../etc/passwd',
    'app://calepin/%2e%2e%2fsecret.txt',
    'app://calepin/%2e%2e%2f%2e%2e%2fetc%2fpasswd',
    'app://calepin/..%2fsecret.txt',
    'app://calepin/assets/..%5c..%5csecret.txt',
    'app://calepin/%2fetc%2fpasswd',
    'app://calepin/index.html%00.png',
  ])('never serves a file outside the renderer folder: %s', async (url) => {
    const response = await get(url);
    expect(response.status).toBe(404);
    expect(await response.text()).not.toContain('top secret');
  });

  it('answers 404 for another host and for missing files', async () => {
    expect((await get('app://evil/index.html')).status).toBe(404);
    expect((await get('app://calepin.evil/index.html')).status).toBe(404);
    expect((await get('app://calepin/nope.js')).status).toBe(404);
    expect((await get('app://calepin/assets')).status).toBe(404);
  });

  it('accepts only reads', async () => {
    expect((await get('app://calepin/index.html', 'POST')).status).toBe(405);
  });

  it('serves a stored attachment by its SHA-256, with its sniffed type', async () => {
    const response = await get(`app://calepin/media/${sha}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('image/png');
    expect(Buffer.from(await response.arrayBuffer())).toEqual(PNG);
  });

  it.each([
    'app://calepin/media/../calepin.db',
    'app://calepin/media/%2e%2e%2fcalepin.db',
    'app://calepin/media/calepin.db',
    `app://calepin/media/${'0'.repeat(64)}`,
  ])('serves nothing else of the data folder: %s', async (url) => {
    expect((await get(url)).status).toBe(404);
  });

  it('follows no link out of the data folder under /media/ or /exports/', async () => {
    const planted = 'b'.repeat(64);
    mkdirSync(join(dataDir, 'attachments', 'bb'), { recursive: true });
    symlinkSync(join(base, 'secret.txt'), join(dataDir, 'attachments', 'bb', planted));
    mkdirSync(join(dataDir, 'exports'), { recursive: true });
    symlinkSync(join(base, 'secret.txt'), join(dataDir, 'exports', 'Calepin-2026-12-05.calepin'));
    for (const url of [
      `app://calepin/media/${planted}`,
      'app://calepin/exports/Calepin-2026-12-05.calepin',
    ]) {
      const response = await get(url);
      expect(response.status, url).toBe(404);
      expect(await response.text(), url).not.toContain('top secret');
    }
  });
});
