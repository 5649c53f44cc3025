import { useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { addDays, addMonths, type IsoDate } from '../../../shared/calendar/dates.ts';
import { zonedToday } from '../../../shared/calendar/zoned.ts';
import type { PostFilters } from '../../../shared/domain/post.ts';
import type { CalendarView, CalendarViewName, Prefs } from '../../../shared/domain/prefs.ts';
import { keys } from '../../api/keys.ts';
import { usePrefs, useSetPrefs } from '../../api/prefs.ts';

export interface CalendarViewApi extends CalendarView {
  setView: (view: CalendarViewName) => void;
  /** A view and a day at once (a month's "+ 3 more" opens that week). */
  show: (view: CalendarViewName, date: IsoDate) => void;
  setDate: (date: IsoDate) => void;
  /** One step of the current view: a week, or a month. */
  step: (direction: -1 | 1) => void;
  today: () => void;
  setFilters: (filters: PostFilters) => void;
  setHiddenColumns: (hidden: string[]) => void;
}

const firstView = (timeZone: string): CalendarView => ({
  view: 'week',
  date: zonedToday(new Date(), timeZone),
  filters: {},
});

/**
 * The view, the day shown and the filters of one client's calendar, remembered per client in the
 * preferences so the calendar reopens where the user left it.
 */
export function useCalendarView(clientId: string, timeZone: string): CalendarViewApi {
  const qc = useQueryClient();
  const current = usePrefs().data?.calendarViews[clientId] ?? firstView(timeZone);
  const setPrefs = useSetPrefs();

  // Each change starts from the latest value in the cache, not from this render's: two keys
  // pressed before a re-render must move two weeks, not one.
  const save = useCallback(
    (change: (view: CalendarView) => Partial<CalendarView>) => {
      const all = qc.getQueryData<Prefs>(keys.prefs)?.calendarViews ?? {};
      const base = all[clientId] ?? firstView(timeZone);
      setPrefs.mutate({ calendarViews: { ...all, [clientId]: { ...base, ...change(base) } } });
    },
    [qc, clientId, timeZone, setPrefs.mutate],
  );

  return {
    ...current,
    setView: (view) => save(() => ({ view })),
    show: (view, date) => save(() => ({ view, date })),
    setDate: (date) => save(() => ({ date })),
    step: (direction) =>
      save((v) => ({
        date: v.view === 'week' ? addDays(v.date, 7 * direction) : addMonths(v.date, direction),
      })),
    today: () => save(() => ({ date: zonedToday(new Date(), timeZone) })),
    // Search results are read in the list, whatever view the search started from.
    setFilters: (filters) =>
      save((v) => (filters.search && !v.filters.search ? { filters, view: 'list' } : { filters })),
    setHiddenColumns: (hiddenColumns) => save(() => ({ hiddenColumns })),
  };
}
