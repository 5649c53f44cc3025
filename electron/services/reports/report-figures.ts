import { addDays, addMonths, daysBetween } from '../../../shared/calendar/dates.ts';
import { utcToZoned } from '../../../shared/calendar/zoned.ts';
import {
  REPORT_PLAN_MAX,
  type ReportAudit,
  type ReportFigures,
  type ReportKind,
  type ReportPlanPost,
} from '../../../shared/domain/report.ts';
import { attachmentsOf } from '../../db/attachments.ts';
import { getAudit, listAudits } from '../../db/audits.ts';
import { listChannels } from '../../db/channels.ts';
import { getClient } from '../../db/clients.ts';
import { listCompetitors } from '../../db/competitors.ts';
import { listPosts } from '../../db/posts.ts';
import type { Db } from '../../db/types.ts';
import { competitorBenchmark } from '../listening/benchmark.ts';
import { kpiDashboard } from '../numbers/kpi-dashboard.ts';
import { objectivesWithProgress } from '../numbers/objective-progress.ts';

export interface ReportPeriod {
  clientId: string;
  kind: ReportKind;
  from: string;
  to: string;
}

/** A month is compared with the month before and a quarter with the quarter before, as a client reads them. */
export function previousStart(p: Pick<ReportPeriod, 'kind' | 'from' | 'to'>): string {
  if (p.kind === 'month') return addMonths(p.from, -1);
  if (p.kind === 'quarter') return addMonths(p.from, -3);
  return addDays(p.from, -daysBetween(p.from, p.to));
}

/** The latest audit whose period ended by the report's end: what the client heard about last. */
function latestAudit(db: Db, clientId: string, to: string): ReportAudit | null {
  const summary = listAudits(db, clientId).find((a) => a.to <= to);
  if (!summary) return null;
  const audit = getAudit(db, summary.id);
  return {
    id: audit.id,
    title: audit.title,
    from: audit.from,
    to: audit.to,
    finishedAt: audit.finishedAt,
    scores: audit.answers.map((a) => a.score),
    actions: audit.actions.map((a) => ({ text: a.text, done: a.became !== null })),
  };
}

/** What is planned for as long again after the report's period: not what was called off, nor mere ideas. */
function planAfter(db: Db, p: ReportPeriod, timeZone: string): ReportFigures['plan'] {
  const from = p.to;
  const to =
    p.kind === 'month'
      ? addMonths(from, 1)
      : p.kind === 'quarter'
        ? addMonths(from, 3)
        : addDays(from, daysBetween(p.from, p.to));
  // What is planned or already out; ideas are the freelancer's notes, not yet a promise to the client.
  const statuses = ['draft', 'ready', 'published'] as const;
  const posts = listPosts(db, { clientId: p.clientId, from, to, statuses: [...statuses], limit: 5000 });
  const lines: ReportPlanPost[] = posts.slice(0, REPORT_PLAN_MAX).map((post) => {
    const wall = utcToZoned(post.plannedAt, timeZone);
    return {
      id: post.id,
      date: wall.date,
      time: wall.time,
      channelId: post.channelId,
      format: post.format,
      status: post.status,
      caption: post.caption.slice(0, 280),
    };
  });
  return { from, to, total: posts.length, posts: lines };
}

/** The first picture of each post, as its stored thumbnail (or the file itself when it has none). */
function firstPictures(db: Db, postIds: readonly string[]): Record<string, string> {
  const pictures: Record<string, string> = {};
  for (const [postId, attachments] of attachmentsOf(db, postIds)) {
    const first = attachments.find((a) => a.thumbSha256 !== null || a.mime.startsWith('image/'));
    const sha = first?.thumbSha256 ?? first?.sha256;
    if (sha) pictures[postId] = sha;
  }
  return pictures;
}

/**
 * Everything a report shows, read in one go: the dashboard's pass over the period and the one
 * before (the benchmark reuses it), the objectives met in the period, the latest audit and the plan.
 */
export function readReportFigures(db: Db, p: ReportPeriod, now: Date): ReportFigures {
  const client = getClient(db, p.clientId);
  const query = { clientId: client.id, from: p.from, to: p.to, previousFrom: previousStart(p) };
  const dashboard = kpiDashboard(db, query, now);
  const ranked = [...dashboard.top, ...dashboard.bottom].map((r) => r.postId);
  const watched = listCompetitors(db, client.id, true).length > 0;
  return {
    at: now.toISOString(),
    client: { name: client.name, color: client.color, timeZone: client.timeZone, currency: client.currency },
    basis: dashboard.basis,
    dashboard,
    channels: listChannels(db, client.id, true).map((c) => ({
      id: c.id,
      network: c.network,
      handle: c.handle,
      archived: c.archived,
    })),
    pictures: firstPictures(db, ranked),
    objectives: objectivesWithProgress(db, client.id, now, addDays(p.to, -1)).filter(
      (o) => o.startOn < p.to && o.deadline >= p.from,
    ),
    benchmark: watched ? competitorBenchmark(db, query, now, dashboard) : null,
    audit: latestAudit(db, client.id, p.to),
    plan: planAfter(db, p, client.timeZone),
  };
}
