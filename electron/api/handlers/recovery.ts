import type { SessionHandlerGroup } from '../types.ts';

export const recoveryHandlers: SessionHandlerGroup<'recovery'> = {
  'recovery.retry': (_input, session) =>
    session.exclusive(async () => {
      await session.retry();
      return session.info();
    }),
  'recovery.startEmpty': (_input, session) =>
    session.exclusive(async () => {
      await session.startEmpty();
      return session.info();
    }),
};
