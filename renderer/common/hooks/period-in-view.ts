import { useEffect } from 'react';
import type { IsoDate } from '../../../shared/calendar/dates.ts';

/** A period a screen shows (This week's week, the Numbers screen's week, month or quarter). */
export interface PeriodInView {
  kind: 'week' | 'month' | 'quarter';
  /** A day inside it. */
  anchor: IsoDate;
}

/** Per client, this session only: what the user last looked at on a screen that shows a period. */
const shown = new Map<string, PeriodInView>();

/** Says which period a screen shows, for as long as it shows it: the dashboard opens on it next. */
export function useShowingPeriod(clientId: string, period: PeriodInView): void {
  const { kind, anchor } = period;
  useEffect(() => {
    shown.set(clientId, { kind, anchor });
  }, [clientId, kind, anchor]);
}

/** The period last shown elsewhere, if the dashboard has not opened on it yet. */
export const periodInView = (clientId: string): PeriodInView | undefined => shown.get(clientId);

/** Once the dashboard has opened on it, the user's own choice on the dashboard takes over. */
export const forgetPeriodInView = (clientId: string): void => {
  shown.delete(clientId);
};
