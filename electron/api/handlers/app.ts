import type { SessionHandlerGroup } from '../types.ts';

export const appHandlers: SessionHandlerGroup<'app'> = {
  'app.info': (_input, session) => session.info(),
  // Waits for the whole-file check that follows the first screen; the page then knows whether to recover.
  'app.dataChecked': async (_input, session) => {
    await session.checked();
    return session.info();
  },
  // The main process acts on the answer itself (electron/main/flush.ts); the web host has nothing to do.
  'app.flushed': () => null,
};
