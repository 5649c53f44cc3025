import { createReadStream } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { Readable } from 'node:stream';
import { protocol } from 'electron';
import { contentType } from '../http/content-type.ts';
import { contentSecurityPolicy } from '../http/csp.ts';
import { downloadHeaders, exportFile } from '../http/export-download.ts';
import { MEDIA_PREFIX, mediaResponse } from '../http/media-response.ts';
import { safeJoin } from '../http/safe-path.ts';
import { APP_HOST, APP_SCHEME } from './origin.ts';

/** Sent as a header as well as the page's meta tag, so a page without the tag is still covered. */
export const APP_CSP = contentSecurityPolicy('header');

const SECURITY_HEADERS = {
  'content-security-policy': APP_CSP,
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
};

/** Must run before `ready`: a standard, secure scheme gets a real origin, `fetch` and the CSP `'self'`. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

const notFound = () =>
  new Response('Not found', {
    status: 404,
    headers: { ...SECURITY_HEADERS, 'content-type': 'text/plain; charset=utf-8' },
  });

/** Serves only files inside the built renderer folder, stored attachments and the latest export, only for `app://calepin`. */
export async function serveAppRequest(
  request: Request,
  rendererDir: string,
  dataDir: string,
): Promise<Response> {
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    return new Response('Method not allowed', { status: 405, headers: SECURITY_HEADERS });
  }
  const url = URL.canParse(request.url) ? new URL(request.url) : null;
  if (!url || url.host !== APP_HOST) return notFound();
  if (url.pathname.startsWith(MEDIA_PREFIX)) {
    const media = mediaResponse(dataDir, url.pathname);
    if (!media) return notFound();
    return new Response(request.method === 'HEAD' ? null : new Uint8Array(media.body), {
      status: 200,
      headers: { ...SECURITY_HEADERS, 'content-type': media.type, ...media.headers },
    });
  }
  const exported = exportFile(dataDir, url.pathname);
  if (exported) {
    // Streamed: a workspace with its videos may be gigabytes.
    const body =
      request.method === 'HEAD' ? null : (Readable.toWeb(createReadStream(exported.path)) as ReadableStream);
    return new Response(body, {
      status: 200,
      headers: { ...SECURITY_HEADERS, 'content-type': exported.type, ...downloadHeaders(exported) },
    });
  }
  const path = safeJoin(rendererDir, url.pathname === '/' ? '/index.html' : url.pathname);
  if (!path) return notFound();
  try {
    const body = await readFile(path);
    return new Response(request.method === 'HEAD' ? null : new Uint8Array(body), {
      status: 200,
      headers: { ...SECURITY_HEADERS, 'content-type': contentType(path) },
    });
  } catch {
    return notFound();
  }
}

export function setupProtocol(rendererDir: string, dataDir: string): void {
  protocol.handle(APP_SCHEME, (request) => serveAppRequest(request, rendererDir, dataDir));
}
