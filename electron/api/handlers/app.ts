import type { SessionHandlerGroup } from '../types.ts';

export const appHandlers: SessionHandlerGroup<'app'> = {
  'app.info': (_input, session) => session.info(),
  // The main process acts on the answer itself (electron/main/flush.ts); the web host has nothing to do.
  'app.flushed': () => null,
};
