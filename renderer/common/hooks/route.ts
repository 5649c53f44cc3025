import { useSyncExternalStore } from 'react';

/** A client's screens, in the sidebar's order; the week workspace is the home screen. */
export const CLIENT_AREAS = [
  'week',
  'calendar',
  'ideas',
  'audience',
  'numbers',
  'kpis',
  'objectives',
  'listening',
  'competitors',
  'audit',
  'reports',
] as const;
export type ClientArea = (typeof CLIENT_AREAS)[number];

const isClientArea = (s: string | undefined): s is ClientArea =>
  s !== undefined && (CLIENT_AREAS as readonly string[]).includes(s);

/** Where the user is. Kept in the URL hash so a reload lands on the same screen. */
export type Route =
  | { name: 'clients' }
  | { name: 'client'; id: string }
  | { name: ClientArea; clientId: string }
  | { name: 'trash' }
  | { name: 'settings' };

export type ClientRoute = Extract<Route, { clientId: string }>;

export const isClientRoute = (route: Route | null): route is ClientRoute =>
  route !== null && 'clientId' in route;

/** The client a route is about, if any. */
export const clientIdOf = (route: Route | null): string | null =>
  route === null ? null : route.name === 'client' ? route.id : isClientRoute(route) ? route.clientId : null;

/**
 * The screen an address names. What follows a client's area is the area's own (the audit open, two
 * audits compared: `#/clients/<id>/audit/<auditId>`): the route stops at the area, so moving
 * inside an area never draws the screen anew.
 */
export function parseHash(hash: string): Route | null {
  const parts = hash.replace(/^#\/?/, '').split('/').filter(Boolean);
  if (parts[0] === 'clients' && parts[1] && isClientArea(parts[2]))
    return { name: parts[2], clientId: decodeURIComponent(parts[1]) };
  if (parts[0] === 'clients' && parts[1] && parts[2] === undefined)
    return { name: 'client', id: decodeURIComponent(parts[1]) };
  if (parts[0] === 'clients' && parts[1] === undefined) return { name: 'clients' };
  if (parts[0] === 'trash') return { name: 'trash' };
  if (parts[0] === 'settings') return { name: 'settings' };
  return null;
}

export function hrefOf(route: Route): string {
  if (route.name === 'client') return `#/clients/${encodeURIComponent(route.id)}`;
  if (isClientRoute(route)) return `#/clients/${encodeURIComponent(route.clientId)}/${route.name}`;
  return `#/${route.name}`;
}

/**
 * What follows a client's area in an address, decoded (`#/clients/<id>/audit/<auditId>` →
 * `[auditId]`): the area's own place inside it. Null when the address is not in that area.
 */
export function pathInArea(hash: string, area: ClientArea): string[] | null {
  const parts = hash.replace(/^#\/?/, '').split('/').filter(Boolean);
  if (parts[0] !== 'clients' || parts[2] !== area) return null;
  return parts.slice(3).map((p) => decodeURIComponent(p));
}

/** `replace`: fix up the location (e.g. a vanished client) without a history entry. */
export function goToHref(href: string, options: { replace?: boolean } = {}): void {
  if (options.replace) {
    history.replaceState(null, '', href);
    window.dispatchEvent(new HashChangeEvent('hashchange'));
  } else {
    window.location.hash = href;
  }
}

export function navigate(route: Route, options: { replace?: boolean } = {}): void {
  goToHref(hrefOf(route), options);
}

const subscribe = (listener: () => void) => {
  window.addEventListener('hashchange', listener);
  return () => window.removeEventListener('hashchange', listener);
};

/** The address's hash, followed as it changes. */
export function useHash(): string {
  return useSyncExternalStore(subscribe, () => window.location.hash);
}

/** The current route, or null when the hash names no screen (the shell then picks one). */
export function useRoute(): Route | null {
  return parseHash(useHash());
}
