import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { runWhenIdle } from '../common/lazy/idle.ts';
import { calendarParts } from '../features/calendar/parts.ts';
import { ClientsTable } from '../features/clients/clients-table-part.ts';
import { menuCode } from '../ui/menu-code.ts';
import { dialogs, screens } from './screens.ts';
import { toasterCode } from './Toasts.tsx';

/**
 * What the first screen leaves for later, in the order a user is likely to reach for it: the code
 * of the menus and toasts it already shows, the composer and the calendar's own dialogs (from This
 * week), the calendar, then the other screens.
 */
const LATER = [
  { preload: menuCode.load },
  { preload: toasterCode.load },
  ...calendarParts,
  screens.week,
  screens.calendar,
  screens.numbers,
  screens.kpis,
  screens.audience,
  screens.objectives,
  screens.clients,
  ClientsTable,
  screens.client,
  dialogs.client,
  dialogs.channel,
  dialogs.shortcuts,
  screens.settings,
  screens.trash,
];

/**
 * Fetches every screen's code on idle once the first screen is drawn — when no data is on its way
 * any more — one chunk at a time, pausing while a screen waits for its data.
 */
export function usePrefetchScreens(): void {
  const queryClient = useQueryClient();
  useEffect(
    () =>
      runWhenIdle(
        LATER.map((part) => part.preload),
        () => queryClient.isFetching() === 0,
      ),
    [queryClient],
  );
}
