/** The renderer's own files are served as `app://calepin/…` (see protocol.ts), never from `file://`. */
export const APP_SCHEME = 'app';
export const APP_HOST = 'calepin';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY = `${APP_ORIGIN}/index.html`;

/**
 * Scheme and host (with port), computed by hand: Node's `URL#origin` is `"null"` for schemes it
 * does not know, such as `app:`, so it cannot tell our origin from any other.
 */
export function originOf(url: string): string | null {
  if (!URL.canParse(url)) return null;
  const parsed = new URL(url);
  if (parsed.host === '') return null;
  return `${parsed.protocol}//${parsed.host}`;
}

/**
 * The origins our window may show: the app protocol, plus the electron-vite dev server when the
 * app runs unpackaged (a packaged app ignores the environment variable entirely).
 */
export function trustedOrigins(isPackaged: boolean, devUrl: string | undefined): string[] {
  const dev = !isPackaged && devUrl ? originOf(devUrl) : null;
  return dev ? [APP_ORIGIN, dev] : [APP_ORIGIN];
}

export function isTrustedUrl(url: string, origins: readonly string[]): boolean {
  const origin = originOf(url);
  return origin !== null && origins.includes(origin);
}
