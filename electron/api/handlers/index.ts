import type { Handlers } from '../types.ts';
import { appHandlers } from './app.ts';
import { channelHandlers } from './channels.ts';
import { clientHandlers } from './clients.ts';
import { prefsHandlers } from './prefs.ts';
import { trashHandlers } from './trash.ts';

/** The whole table, merged from one map per domain. */
export const handlers = {
  ...appHandlers,
  ...prefsHandlers,
  ...clientHandlers,
  ...channelHandlers,
  ...trashHandlers,
} satisfies Handlers;
