/**
 * A post's link as a key: the same post is linked as `http://www.facebook.com/…/?ref=share` in one
 * export and `https://facebook.com/…` in another. Scheme, `www.`, case of the host, query, fragment
 * and a trailing slash say nothing about which post it is.
 */
export function linkKey(link: string | null): string | null {
  if (!link) return null;
  let url: URL;
  try {
    url = new URL(link.trim());
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
  const host = url.hostname.toLowerCase().replace(/^(www|m|mobile)\./, '');
  const path = url.pathname.replace(/\/+$/, '');
  return `${host}${path}`;
}
