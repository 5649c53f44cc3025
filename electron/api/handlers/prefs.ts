import type { HandlerGroup } from '../types.ts';

export const prefsHandlers: HandlerGroup<'prefs'> = {
  'prefs.get': (_input, ctx) => ctx.prefs.get(),
  'prefs.set': (input, ctx) => ctx.prefs.set(input),
};
