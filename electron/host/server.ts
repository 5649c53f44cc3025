import { timingSafeEqual } from 'node:crypto';
import { createReadStream, readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { pipeline } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { METHODS } from '../../shared/contract.ts';
import { IMPORT_BASE64_MAX } from '../../shared/domain/calendar-file.ts';
import type { Dispatch } from '../api/dispatch.ts';
import { contentSecurityPolicy } from '../http/csp.ts';
import { downloadHeaders, EXPORTS_PREFIX, exportFile } from '../http/export-download.ts';
import { MEDIA_PREFIX, mediaResponse } from '../http/media-response.ts';
import { type BodyBudget, createBodyBudget } from './body-budget.ts';
import { readStatic } from './static.ts';

export const TOKEN_HEADER = 'x-calepin-token';
// The largest input is a CSV import sent as base64; anything bigger is refused before it is parsed.
export const MAX_BODY = IMPORT_BASE64_MAX + 64 * 1024;
const CSP = contentSecurityPolicy('header');
const PRELOAD_PATH = '/__calepin/preload.js';
const preloadSource = readFileSync(fileURLToPath(new URL('./browser-preload.js', import.meta.url)));

export interface HostOptions {
  dispatch: Dispatch;
  rendererDir: string;
  /** Where the attachments are, served under /media/ to the page that holds the token. */
  dataDir: string;
  token: string;
}

/** What each request sees: the options, and the body budget all of one host's requests share. */
type HostContext = HostOptions & { budget: BodyBudget };

/** Images cannot send a header: the page that showed the token gets it back as a cookie, for /media/ only. */
const COOKIE = 'calepin-token';
const cookieToken = (req: IncomingMessage): string | undefined =>
  (req.headers.cookie ?? '')
    .split(';')
    .map((part) => part.trim().split('='))
    .find(([name]) => name === COOKIE)?.[1];

const HEADERS = {
  'content-security-policy': CSP,
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'cache-control': 'no-store',
};

function send(
  res: ServerResponse,
  status: number,
  type: string,
  body: string | Buffer,
  extra: Record<string, string | string[]> = {},
): void {
  res.writeHead(status, { 'content-type': type, ...HEADERS, ...extra });
  res.end(body);
}

const json = (res: ServerResponse, status: number, value: unknown) =>
  send(res, status, 'application/json; charset=utf-8', JSON.stringify(value));

function tokenMatches(given: string | null | undefined, token: string): boolean {
  if (typeof given !== 'string') return false;
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** Only loopback names: a page on another origin that rebinds DNS to 127.0.0.1 is turned away. */
function hostAllowed(req: IncomingMessage): boolean {
  const host = (req.headers.host ?? '').replace(/:\d+$/, '');
  return host === '127.0.0.1' || host === 'localhost';
}

/**
 * The page's own origin, under either loopback name. A page elsewhere (another site, another local
 * port, a file) cannot read our answers, but its POST would still be a write: it is turned away first.
 */
function sameOrigin(req: IncomingMessage): boolean {
  const site = req.headers['sec-fetch-site'];
  if (site !== undefined && site !== 'same-origin' && site !== 'none') return false;
  const origin = req.headers.origin;
  if (origin === undefined) return true;
  const port = req.socket.localPort;
  return origin === `http://127.0.0.1:${port}` || origin === `http://localhost:${port}`;
}

/** Bodies held at once by all requests in flight (see body-budget.ts). */
export const BODY_BUDGET = 2 * MAX_BODY;
/** Bodies up to this size are never refused for lack of room (a few of them cost nothing). */
const SMALL_BODY = 64 * 1024;
/** Seconds a caller refused for lack of room waits before trying again. */
export const RETRY_AFTER = 2;
// Fatal: bytes that are not UTF-8 are refused, not silently turned into U+FFFD.
const utf8 = new TextDecoder('utf-8', { fatal: true });

type Body = { text: string } | { refused: 'tooLarge' | 'busy' | 'notUtf8' };

/**
 * Reads a body within the host's budget. Each chunk is reserved before it is kept, and all of it
 * is given back once the call has been answered (its text and parsed input live until then).
 */
async function readBody(req: IncomingMessage, budget: BodyBudget, held: { bytes: number }): Promise<Body> {
  // A body of announced length is reserved whole before any of it is read, so that callers sent
  // together are either served or turned away at once, never all stalled half-way.
  const length = req.headers['content-length'];
  const declared = length !== undefined && /^\d{1,15}$/.test(length) ? Number(length) : null;
  if (declared !== null && declared > MAX_BODY) return { refused: 'tooLarge' };
  // Small calls (an autosave, a cell) never wait on large ones: only large bodies share the budget.
  if (declared !== null && declared > SMALL_BODY) {
    if (!budget.take(declared)) return { refused: 'busy' };
    held.bytes = declared;
  }
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY) return { refused: 'tooLarge' };
    // Without a length, what passes the small size is reserved as it arrives.
    if (declared === null && size > SMALL_BODY) {
      if (!budget.take(size - held.bytes)) return { refused: 'busy' };
      held.bytes = size;
    }
    chunks.push(chunk as Buffer);
  }
  try {
    return { text: utf8.decode(Buffer.concat(chunks)) };
  } catch {
    return { refused: 'notUtf8' };
  }
}

function refuseBody(req: IncomingMessage, res: ServerResponse, refused: 'tooLarge' | 'busy' | 'notUtf8') {
  // What is still on its way is read and dropped, not kept: the answer goes out at once.
  req.resume();
  if (refused === 'busy') {
    res.writeHead(503, {
      'content-type': 'application/json; charset=utf-8',
      ...HEADERS,
      'retry-after': String(RETRY_AFTER),
    });
    res.end(
      JSON.stringify({
        ok: false,
        error: {
          code: 'unavailable',
          message: 'The host is busy with other large requests; try again shortly.',
        },
      }),
    );
    return;
  }
  if (refused === 'tooLarge')
    return json(res, 413, {
      ok: false,
      error: { code: 'invalid_input', message: 'Request body too large.' },
    });
  json(res, 400, {
    ok: false,
    error: {
      code: 'invalid_input',
      message: 'The body is not valid UTF-8.',
      issues: [{ path: [], code: 'invalidText' }],
    },
  });
}

async function handleRpc(req: IncomingMessage, res: ServerResponse, url: URL, options: HostContext) {
  if (!tokenMatches(req.headers[TOKEN_HEADER] as string | undefined, options.token)) {
    return json(res, 403, { ok: false, error: { code: 'forbidden', message: 'Missing or wrong token.' } });
  }
  if (req.method === 'GET' && url.pathname === '/rpc') return json(res, 200, { methods: METHODS });
  if (req.method !== 'POST') {
    return json(res, 405, { ok: false, error: { code: 'forbidden', message: 'Use POST /rpc/<method>.' } });
  }
  const held = { bytes: 0 };
  try {
    const body = await readBody(req, options.budget, held);
    if ('refused' in body) return refuseBody(req, res, body.refused);
    await answerRpc(res, url, body.text, options);
  } finally {
    options.budget.give(held.bytes);
  }
}

async function answerRpc(res: ServerResponse, url: URL, body: string, options: HostOptions) {
  let input: unknown;
  try {
    input = body.trim() === '' ? undefined : JSON.parse(body);
  } catch {
    return json(res, 400, {
      ok: false,
      error: { code: 'invalid_input', message: 'The body is not valid JSON.' },
    });
  }
  let method: string;
  try {
    method = decodeURIComponent(url.pathname.slice('/rpc/'.length));
  } catch {
    return json(res, 400, {
      ok: false,
      error: { code: 'unknown_method', message: 'Malformed method name.' },
    });
  }
  // JSON has no `undefined`: a null body means "no input", as IPC would pass it.
  const envelope = await options.dispatch(method, input === null ? undefined : input);
  json(res, 200, envelope);
}

function injectPreload(html: string): string {
  return html.replace('<head>', `<head><script src="${PRELOAD_PATH}"></script>`);
}

async function handleStatic(req: IncomingMessage, res: ServerResponse, url: URL, options: HostOptions) {
  if (url.pathname === PRELOAD_PATH) return send(res, 200, 'text/javascript; charset=utf-8', preloadSource);
  if (url.pathname.startsWith(MEDIA_PREFIX)) {
    if (!tokenMatches(cookieToken(req), options.token))
      return send(res, 403, 'text/plain; charset=utf-8', 'Forbidden');
    const media = mediaResponse(options.dataDir, url.pathname);
    return media
      ? send(res, 200, media.type, media.body, media.headers)
      : send(res, 404, 'text/plain; charset=utf-8', 'Not found');
  }
  if (url.pathname.startsWith(EXPORTS_PREFIX)) {
    if (!tokenMatches(cookieToken(req), options.token))
      return send(res, 403, 'text/plain; charset=utf-8', 'Forbidden');
    const exported = exportFile(options.dataDir, url.pathname);
    if (!exported) return send(res, 404, 'text/plain; charset=utf-8', 'Not found');
    // Streamed: a workspace with its videos may be gigabytes.
    res.writeHead(200, { ...HEADERS, 'content-type': exported.type, ...downloadHeaders(exported) });
    // A file gone meanwhile (a newer export) or a download cut short ends this response, not the host.
    pipeline(createReadStream(exported.path), res, (error) => {
      if (error) res.destroy();
    });
    return;
  }
  if (url.pathname === '/' || url.pathname === '/index.html') {
    if (!tokenMatches(url.searchParams.get('token'), options.token)) {
      return send(
        res,
        403,
        'text/plain; charset=utf-8',
        'Open the address printed by `npm run web` (it carries the token).',
      );
    }
    const page = await readStatic(options.rendererDir, 'index.html');
    if (!page)
      return send(res, 500, 'text/plain; charset=utf-8', 'The renderer is not built: run `npm run build`.');
    return send(res, 200, page.type, injectPreload(page.body.toString('utf8')), {
      'set-cookie': [MEDIA_PREFIX, EXPORTS_PREFIX].map(
        (path) => `${COOKIE}=${options.token}; HttpOnly; SameSite=Strict; Path=${path}`,
      ),
    });
  }
  const file = await readStatic(options.rendererDir, url.pathname);
  if (!file) return send(res, 404, 'text/plain; charset=utf-8', 'Not found');
  send(res, 200, file.type, file.body);
}

/** The renderer and the contract over loopback, for a plain browser (development and e2e tests). */
export function createHostServer(hostOptions: HostOptions): Server {
  const options: HostContext = { ...hostOptions, budget: createBodyBudget(BODY_BUDGET) };
  return createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    if (!hostAllowed(req)) return send(res, 421, 'text/plain; charset=utf-8', 'Wrong host');
    if (!sameOrigin(req)) {
      return json(res, 403, {
        ok: false,
        error: { code: 'forbidden', message: 'Requests from another origin are refused.' },
      });
    }
    const isRpc = url.pathname === '/rpc' || url.pathname.startsWith('/rpc/');
    const work = isRpc ? handleRpc(req, res, url, options) : handleStatic(req, res, url, options);
    work.catch((error: unknown) => {
      console.error(error);
      if (!res.headersSent)
        json(res, 500, { ok: false, error: { code: 'internal', message: 'Host error.' } });
    });
  });
}
