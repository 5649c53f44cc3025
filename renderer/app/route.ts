import { useSyncExternalStore } from 'react';

/** Where the user is. Kept in the URL hash so a reload lands on the same screen. */
export type Route =
  | { name: 'clients' }
  | { name: 'client'; id: string }
  | { name: 'calendar'; clientId: string }
  | { name: 'trash' }
  | { name: 'settings' };

export function parseHash(hash: string): Route | null {
  const parts = hash.replace(/^#\/?/, '').split('/').filter(Boolean);
  if (parts[0] === 'clients' && parts[1] && parts[2] === 'calendar')
    return { name: 'calendar', clientId: decodeURIComponent(parts[1]) };
  if (parts[0] === 'clients' && parts[1]) return { name: 'client', id: decodeURIComponent(parts[1]) };
  if (parts[0] === 'clients') return { name: 'clients' };
  if (parts[0] === 'trash') return { name: 'trash' };
  if (parts[0] === 'settings') return { name: 'settings' };
  return null;
}

export function hrefOf(route: Route): string {
  if (route.name === 'client') return `#/clients/${encodeURIComponent(route.id)}`;
  if (route.name === 'calendar') return `#/clients/${encodeURIComponent(route.clientId)}/calendar`;
  return `#/${route.name}`;
}

/** `replace`: fix up the location (e.g. a vanished client) without a history entry. */
export function navigate(route: Route, options: { replace?: boolean } = {}): void {
  const href = hrefOf(route);
  if (options.replace) {
    history.replaceState(null, '', href);
    window.dispatchEvent(new HashChangeEvent('hashchange'));
  } else {
    window.location.hash = href;
  }
}

const subscribe = (listener: () => void) => {
  window.addEventListener('hashchange', listener);
  return () => window.removeEventListener('hashchange', listener);
};

/** The current route, or null when the hash names no screen (the shell then picks one). */
export function useRoute(): Route | null {
  const hash = useSyncExternalStore(subscribe, () => window.location.hash);
  return parseHash(hash);
}
