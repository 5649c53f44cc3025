import { goToHref, hrefOf, pathInArea, useHash } from '../../common/hooks/route.ts';

/**
 * Where the user is inside a client's reports, kept after the screen's own address
 * (`#/clients/<id>/reports/<reportId>`), so Back, a reload and coming back later land on the same
 * report. The app's route reads only up to `reports`.
 */
export type ReportsView = { name: 'list' } | { name: 'report'; id: string };

export function parseReportsView(hash: string): ReportsView {
  const [id, more] = pathInArea(hash, 'reports') ?? [];
  return id && more === undefined ? { name: 'report', id } : { name: 'list' };
}

export function reportsHref(clientId: string, view: ReportsView): string {
  const base = hrefOf({ name: 'reports', clientId });
  return view.name === 'list' ? base : `${base}/${encodeURIComponent(view.id)}`;
}

export function showReportsView(clientId: string, view: ReportsView, options: { replace?: boolean } = {}) {
  goToHref(reportsHref(clientId, view), options);
}

/** The reports view the address names now. */
export function useReportsView(): ReportsView {
  return parseReportsView(useHash());
}
