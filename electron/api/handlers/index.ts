import type { Handlers } from '../types.ts';
import { appHandlers } from './app.ts';
import { attachmentHandlers } from './attachments.ts';
import { calendarHandlers } from './calendar.ts';
import { channelHandlers } from './channels.ts';
import { clientHandlers } from './clients.ts';
import { followerHandlers } from './followers.ts';
import { kpiHandlers } from './kpis.ts';
import { metricsHandlers } from './metrics.ts';
import { objectiveHandlers } from './objectives.ts';
import { pillarHandlers } from './pillars.ts';
import { postHandlers } from './posts.ts';
import { prefsHandlers } from './prefs.ts';
import { segmentHandlers } from './segments.ts';
import { trashHandlers } from './trash.ts';

/** The whole table, merged from one map per domain. */
export const handlers = {
  ...appHandlers,
  ...prefsHandlers,
  ...clientHandlers,
  ...channelHandlers,
  ...attachmentHandlers,
  ...pillarHandlers,
  ...postHandlers,
  ...segmentHandlers,
  ...metricsHandlers,
  ...followerHandlers,
  ...objectiveHandlers,
  ...kpiHandlers,
  ...calendarHandlers,
  ...trashHandlers,
} satisfies Handlers;
