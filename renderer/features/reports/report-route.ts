import { useSyncExternalStore } from 'react';
import { hrefOf } from '../../common/hooks/route.ts';

/**
 * Where the user is inside a client's reports, kept after the screen's own address
 * (`#/clients/<id>/reports/<reportId>`), so Back, a reload and coming back later land on the same
 * report. The app's route reads only up to `reports`.
 */
export type ReportsView = { name: 'list' } | { name: 'report'; id: string };

export function parseReportsView(hash: string): ReportsView {
  const parts = hash.replace(/^#\/?/, '').split('/').filter(Boolean);
  if (parts[0] !== 'clients' || parts[2] !== 'reports') return { name: 'list' };
  const [id, more] = parts.slice(3).map((p) => decodeURIComponent(p));
  return id && more === undefined ? { name: 'report', id } : { name: 'list' };
}

export function reportsHref(clientId: string, view: ReportsView): string {
  const base = hrefOf({ name: 'reports', clientId });
  return view.name === 'list' ? base : `${base}/${encodeURIComponent(view.id)}`;
}

export function showReportsView(clientId: string, view: ReportsView, options: { replace?: boolean } = {}) {
  const href = reportsHref(clientId, view);
  if (options.replace) {
    history.replaceState(null, '', href);
    window.dispatchEvent(new HashChangeEvent('hashchange'));
  } else window.location.hash = href;
}

const subscribe = (listener: () => void) => {
  window.addEventListener('hashchange', listener);
  return () => window.removeEventListener('hashchange', listener);
};

/** The reports view the address names now. */
export function useReportsView(): ReportsView {
  return parseReportsView(useSyncExternalStore(subscribe, () => window.location.hash));
}
