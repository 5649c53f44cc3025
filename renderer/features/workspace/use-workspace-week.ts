import { useMemo } from 'react';
import { addDays } from '../../../shared/calendar/dates.ts';
import type { Client } from '../../../shared/domain/client.ts';
import { periodOf } from '../../common/dates/calendar-period.ts';
import { useCalendarView } from '../../common/hooks/use-calendar-view.ts';
import { dateLocale } from '../../i18n/format.ts';
import { useLanguage } from '../../i18n/use-language.ts';

/** The week the workspace's calendar shows (the calendar's remembered day), and the week before. */
export interface WorkspaceWeek {
  from: string;
  to: string;
  previousFrom: string;
}

export function useWorkspaceWeek(client: Client): WorkspaceWeek {
  const locale = dateLocale(useLanguage());
  const { date } = useCalendarView(client.id, client.timeZone);
  return useMemo(() => {
    const { from, to } = periodOf('week', date, locale);
    return { from, to, previousFrom: addDays(from, -7) };
  }, [date, locale]);
}
