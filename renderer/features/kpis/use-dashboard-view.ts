import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { addDays, type IsoDate } from '../../../shared/calendar/dates.ts';
import type { DashboardView, Prefs } from '../../../shared/domain/prefs.ts';
import { keys } from '../../api/keys.ts';
import { usePrefs, useSetPrefs } from '../../api/prefs.ts';
import { initialPeriod } from '../../common/dates/kpi-period.ts';
import { forgetPeriodInView, periodInView } from '../../common/hooks/period-in-view.ts';

/**
 * What the dashboard shows. It opens on the period the user was just looking at (This week's week,
 * the Numbers screen's period); otherwise on their last choice here; otherwise on this month.
 * Every choice made on the dashboard is remembered per client.
 */
export function useDashboardView(
  clientId: string,
  today: IsoDate,
): [DashboardView, (v: DashboardView) => void] {
  const qc = useQueryClient();
  const remembered = usePrefs().data?.dashboardViews[clientId];
  const setPrefs = useSetPrefs();
  const [view, setView] = useState<DashboardView>(() => {
    const inView = periodInView(clientId);
    const perPost = remembered?.perPost ?? false;
    if (inView)
      return { kind: inView.kind, anchor: inView.anchor, start: addDays(today, -27), end: today, perPost };
    return remembered ?? { ...initialPeriod(today), perPost };
  });
  useEffect(() => forgetPeriodInView(clientId), [clientId]);
  const choose = (next: DashboardView) => {
    setView(next);
    const all = qc.getQueryData<Prefs>(keys.prefs)?.dashboardViews ?? {};
    setPrefs.mutate({ dashboardViews: { ...all, [clientId]: next } });
  };
  return [view, choose];
}
