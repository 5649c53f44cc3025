import { goToHref, hrefOf, pathInArea, useHash } from '../../common/hooks/route.ts';

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
  const [first, second, third] = pathInArea(hash, 'audit') ?? [];
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
  goToHref(auditHref(clientId, view), options);
}

/** The audit view the address names now. */
export function useAuditView(): AuditView {
  return parseAuditView(useHash());
}
