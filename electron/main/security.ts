import { app, session, shell, type WebContents } from 'electron';
import { isHttpUrl } from '../../shared/domain/fields.ts';
import { isTrustedUrl } from './origin.ts';

/** Only a well-formed http(s) address leaves the app, and only to the user's browser. */
export function openExternally(url: string): boolean {
  if (!isHttpUrl(url)) return false;
  shell.openExternal(url).catch((error: unknown) => console.error('Could not open link:', error));
  return true;
}

/** The page may never become anything but our app: no navigation away, no new windows, no webviews. */
export function guardContents(contents: WebContents, origins: readonly string[]): void {
  contents.on('will-navigate', (event) => {
    if (isTrustedUrl(event.url, origins)) return;
    event.preventDefault();
    openExternally(event.url);
  });
  contents.setWindowOpenHandler(({ url }) => {
    openExternally(url);
    return { action: 'deny' };
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
}

/** Call once at `ready`, before the first window. */
export function setupSecurity(origins: readonly string[]): void {
  app.on('web-contents-created', (_event, contents) => guardContents(contents, origins));
  // Calepin needs no camera, microphone, location, notifications or clipboard-read permission.
  session.defaultSession.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.defaultSession.setPermissionCheckHandler(() => false);
}
