import type { Prefs } from '../../shared/domain/prefs.ts';
import { parseHash, type Route } from '../common/hooks/route.ts';
import { ListView } from '../features/calendar/parts.ts';
import { screens } from './screens.ts';

/** Where a start with no screen in the URL goes: the last client's week, or the list of clients. */
export const startRoute = (lastClientId: string | null): Route =>
  lastClientId ? { name: 'week', clientId: lastClientId } : { name: 'clients' };

/**
 * Fetches the code of the screen the window opens on before the first render, so it draws at once
 * (a screen that suspends on its first render is shown only after a fallback). The URL says which
 * one, or the preferences do; a calendar left on its list needs the list's code too.
 */
export async function preloadFirstScreen(prefs: Prefs): Promise<void> {
  const route = parseHash(window.location.hash) ?? startRoute(prefs.lastClientId);
  const list = route.name === 'calendar' && prefs.calendarViews[route.clientId]?.view === 'list';
  await Promise.all([screens[route.name].preload(), list && ListView.preload()]);
}
