/**
 * Where the page finds a stored file: a path relative to the page, which the app protocol
 * (app://calepin/media/…) and the web host (/media/…) both serve.
 */
export const mediaUrl = (sha256: string): string => `media/${sha256}`;
