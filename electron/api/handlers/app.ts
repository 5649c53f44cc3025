import type { HandlerGroup } from '../types.ts';

export const appHandlers: HandlerGroup<'app'> = {
  'app.info': (_input, ctx) => ctx.info(),
};
