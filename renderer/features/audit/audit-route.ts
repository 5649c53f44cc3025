import { useSyncExternalStore } from 'react';
import { hrefOf } from '../../common/hooks/route.ts';

/**
 * Where the user is inside a client's audits, kept after the screen's own address
 * (`#/clients/<id>/audit/<auditId>`, `…/audit/compare/<a>/<b>`) so the browser's Back, a reload and
 * coming back later all land on the same audit. The app's route reads only up to `audit`.
 */
export type AuditView =
  | { name: 'list' }
  | { name: 'audit'; id: string }
  | { name: 'compare'; ids: [string, string] };

export function parseAuditView(hash: string): AuditView {
  const parts = hash.replace(/^#\/?/, '').split('/').filter(Boolean);
  if (parts[0] !== 'clients' || parts[2] !== 'audit') return { name: 'list' };
  const [, , , first, second, third] = parts.map((p) => decodeURIComponent(p));
  if (first === 'compare' && second && third && second !== third)
    return { name: 'compare', ids: [second, third] };
  if (first && first !== 'compare' && second === undefined) return { name: 'audit', id: first };
  return { name: 'list' };
}

export function auditHref(clientId: string, view: AuditView): string {
  const base = hrefOf({ name: 'audit', clientId });
  switch (view.name) {
    case 'list':
      return base;
    case 'audit':
      return `${base}/${encodeURIComponent(view.id)}`;
    case 'compare':
      return `${base}/compare/${view.ids.map(encodeURIComponent).join('/')}`;
  }
}

export function showAuditView(clientId: string, view: AuditView, options: { replace?: boolean } = {}) {
  const href = auditHref(clientId, view);
  if (options.replace) {
    history.replaceState(null, '', href);
    window.dispatchEvent(new HashChangeEvent('hashchange'));
  } else window.location.hash = href;
}

const subscribe = (listener: () => void) => {
  window.addEventListener('hashchange', listener);
  return () => window.removeEventListener('hashchange', listener);
};

/** The audit view the address names now. */
export function useAuditView(): AuditView {
  const hash = useSyncExternalStore(subscribe, () => window.location.hash);
  return parseAuditView(hash);
}
