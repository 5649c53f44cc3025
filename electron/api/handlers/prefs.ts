import type { SessionHandlerGroup } from '../types.ts';

// Preferences are the page's language and theme: they work even when no workspace could be opened.
export const prefsHandlers: SessionHandlerGroup<'prefs'> = {
  'prefs.get': (_input, session) => session.prefs.get(),
  'prefs.set': (input, session) => session.prefs.set(input),
};
