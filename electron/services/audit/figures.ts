import { daysBetween } from '../../../shared/calendar/dates.ts';
import { zonedToday } from '../../../shared/calendar/zoned.ts';
import type { AuditFigures, AuditFiguresQuery } from '../../../shared/domain/audit-figures.ts';
import type { EngagementBasis } from '../../../shared/kpi/formulas.ts';
import { auditPosts } from '../../db/audit-reads.ts';
import { getClient } from '../../db/clients.ts';
import { listPillars } from '../../db/pillars.ts';
import { listSegments } from '../../db/segments.ts';
import type { Db } from '../../db/types.ts';
import { kpiDashboard } from '../numbers/kpi-dashboard.ts';
import { competitorAnswer } from './competitors.ts';
import { doTheyInteract, trendBucket, trendPointOf } from './do-they-interact.ts';
import { periodSums } from './period-posts.ts';
import { networkSlots, whatWorks } from './what-works.ts';
import { whichNetwork } from './which-network.ts';
import { whoInteracts } from './who-interacts.ts';

/** Days are numbered from 1970-01-01 in `dashboard_posts`. */
const EPOCH = '1970-01-01';
/** Best and worst posts: three each, a podium either way; with six rated posts or fewer, all are in `best`. */
const AUDIT_RANKED = 3;

/**
 * The six questions' answers from the data, for one client and period. Everything comes from one
 * pass of the dashboard over the period and the one before (`kpiDashboard`: totals, ranking,
 * heat-map, listening), which hands each post of the period to the audit's own sums (format, pillar,
 * network, segments, trend) read beside it in one query. All figures are raw sums; every rate is
 * computed from a group's sums by shared/kpi, never as a mean of its posts' rates.
 */
export function auditFigures(db: Db, q: AuditFiguresQuery, now: Date): AuditFigures {
  const client = getClient(db, q.clientId);
  const basis: EngagementBasis = q.basis ?? client.engagementBasis;
  const { from, to } = q;
  const bucket = trendBucket(daysBetween(from, to));
  const pillars = listPillars(db, client.id);
  const segments = listSegments(db, client.id);
  const { sums, observe } = periodSums({
    posts: auditPosts(db, client.id, daysBetween(EPOCH, from), daysBetween(EPOCH, to)),
    livePillars: new Set(pillars.map((p) => p.id)),
    liveSegments: new Set(segments.map((s) => s.id)),
    pointOf: trendPointOf(bucket),
  });
  const dashboard = kpiDashboard(db, { clientId: client.id, from, to, basis }, now, {
    ranked: AUDIT_RANKED,
    observe,
  });
  const byNetwork = networkSlots(dashboard, sums);
  const works = whatWorks(dashboard, sums, byNetwork, pillars, basis);
  return {
    from,
    to,
    basis,
    whatWorks: works,
    whoInteracts: whoInteracts(db, works.best, segments, sums, basis),
    doTheyInteract: doTheyInteract(dashboard, sums, bucket, basis),
    howAndWhen: { heatmap: dashboard.heatmap, formats: works.byFormat },
    whichNetwork: whichNetwork(dashboard, byNetwork, segments, sums),
    competitors: competitorAnswer(
      db,
      { clientId: client.id, from, to },
      zonedToday(now, client.timeZone),
      dashboard,
      now,
    ),
  };
}
