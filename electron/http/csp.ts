/**
 * The one Content-Security-Policy of the app: sent as a header by the app protocol and the web
 * host, and written into index.html's meta tag at build time (electron.vite.config.ts).
 */
const POLICY: Record<string, string> = {
  'default-src': "'none'",
  'script-src': "'self'",
  'style-src': "'self'",
  'img-src': "'self' data: blob:",
  'connect-src': "'self'",
  'font-src': "'self'",
  'base-uri': "'none'",
  'form-action': "'none'",
  'frame-ancestors': "'none'",
};

/** What the dev server needs on top: React refresh's inline script, injected styles, its websocket. */
const DEV_ADDITIONS: Record<string, string> = {
  'script-src': "'unsafe-inline'",
  'style-src': "'unsafe-inline'",
  'connect-src': 'ws://localhost:* http://localhost:*',
};

type Delivery = 'header' | 'meta';

export function contentSecurityPolicy(delivery: Delivery, dev = false): string {
  return (
    Object.entries(POLICY)
      // Browsers ignore frame-ancestors in a meta tag and say so in the console.
      .filter(([directive]) => delivery === 'header' || directive !== 'frame-ancestors')
      .map(
        ([directive, value]) =>
          `${directive} ${dev && DEV_ADDITIONS[directive] ? `${value} ${DEV_ADDITIONS[directive]}` : value}`,
      )
      .join('; ')
  );
}
