import type { Handlers, SessionHandlers } from '../types.ts';
import { appHandlers } from './app.ts';
import { approvalHandlers, approvalSessionHandlers } from './approvals.ts';
import { attachmentHandlers } from './attachments.ts';
import { auditHandlers } from './audits.ts';
import { backupHandlers } from './backups.ts';
import { calendarHandlers } from './calendar.ts';
import { channelHandlers } from './channels.ts';
import { clientHandlers } from './clients.ts';
import { competitorHandlers } from './competitors.ts';
import { dateHandlers } from './dates.ts';
import { followerHandlers } from './followers.ts';
import { expertHandlers, ideaHandlers, trendHandlers } from './ideas.ts';
import { importHandlers, importSessionHandlers } from './imports.ts';
import { kpiHandlers } from './kpis.ts';
import { mentionHandlers } from './mentions.ts';
import { metricsHandlers } from './metrics.ts';
import { objectiveHandlers } from './objectives.ts';
import { pillarHandlers } from './pillars.ts';
import { postHandlers } from './posts.ts';
import { prefsHandlers } from './prefs.ts';
import { profileHandlers } from './profile.ts';
import { recoveryHandlers } from './recovery.ts';
import { reportHandlers, reportSessionHandlers } from './reports.ts';
import { segmentHandlers } from './segments.ts';
import { trashHandlers } from './trash.ts';
import { workspaceHandlers } from './workspace.ts';

/** The data methods, merged from one map per domain. */
export const handlers = {
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
  ...competitorHandlers,
  ...mentionHandlers,
  ...auditHandlers,
  ...ideaHandlers,
  ...expertHandlers,
  ...trendHandlers,
  ...dateHandlers,
  ...profileHandlers,
  ...reportHandlers,
  ...approvalHandlers,
  ...calendarHandlers,
  ...importHandlers,
  ...trashHandlers,
} satisfies Handlers;

/** The methods that work with or without an open workspace. */
export const sessionHandlers = {
  ...appHandlers,
  ...prefsHandlers,
  ...backupHandlers,
  ...workspaceHandlers,
  ...importSessionHandlers,
  ...reportSessionHandlers,
  ...approvalSessionHandlers,
  ...recoveryHandlers,
} satisfies SessionHandlers;
