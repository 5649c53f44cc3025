import type { ReportChange, ReportFigures } from '../domain/report.ts';
import { KPIS } from '../kpi/catalogue.ts';
import { dashboardKpi, periodKpi } from '../kpi/dashboard-kpis.ts';

/** Below this, two readings of one figure are the same number printed the same way. */
const SAME = 1e-9;

/** Every number a report prints that a corrected reading can move, by a key that names it. */
function figuresOf(f: ReportFigures): Map<string, number | null> {
  const lines = new Map<string, number | null>();
  for (const id of KPIS) lines.set(`kpi:${id}`, dashboardKpi(id, f.dashboard, 'current').value);
  for (const channel of f.dashboard.channels)
    for (const id of ['reach', 'engagements', 'linkClicks'] as const)
      lines.set(`channel:${channel.channelId}:${id}`, periodKpi(id, channel.current).value);
  for (const post of [...f.dashboard.top, ...f.dashboard.bottom])
    lines.set(`post:${post.postId}:rate`, post.rate);
  for (const o of f.objectives) lines.set(`objective:${o.id}`, o.current.value);
  return lines;
}

const differ = (a: number | null, b: number | null): boolean =>
  a === null || b === null ? a !== b : Math.abs(a - b) > SAME * Math.max(1, Math.abs(a), Math.abs(b));

/**
 * The figures a saved report shows that today's data reads differently: a number corrected, a
 * reading added late. Figures only one side has (a post no longer in the top five) are not
 * changes of a figure the client read, so they are left out.
 */
export function reportChanges(saved: ReportFigures, today: ReportFigures): ReportChange[] {
  const now = figuresOf(today);
  const changes: ReportChange[] = [];
  for (const [key, before] of figuresOf(saved)) {
    if (!now.has(key)) continue;
    const value = now.get(key) ?? null;
    if (differ(before, value)) changes.push({ key, before, now: value });
  }
  return changes;
}
