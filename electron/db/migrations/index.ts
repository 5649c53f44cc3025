import { init } from './0010-init.ts';
import { calendar } from './0020-calendar.ts';
import { audienceKpi } from './0030-audience-kpi.ts';
import { postLocalTime } from './0040-post-local-time.ts';
import { dashboardPosts } from './0050-dashboard-posts.ts';
import { networkPosts } from './0060-network-posts.ts';
import { listening } from './0070-listening.ts';
import { auditIdeas } from './0080-audit-ideas.ts';
import { reportsApprovals } from './0090-reports-approvals.ts';
import type { Migration } from './types.ts';

/** In order. A new migration is a new file, appended here; never edit a shipped one. */
export const MIGRATIONS: readonly Migration[] = [
  init,
  calendar,
  audienceKpi,
  postLocalTime,
  dashboardPosts,
  networkPosts,
  listening,
  auditIdeas,
  reportsApprovals,
];

export const LATEST_VERSION = MIGRATIONS.at(-1)?.version ?? 0;
