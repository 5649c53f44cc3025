import { zonedToday } from '../../../shared/calendar/zoned.ts';
import type { ParsedInput } from '../../../shared/contract.ts';
import {
  type Metric,
  type MetricValues,
  metricApplies,
  type SavedMetrics,
} from '../../../shared/domain/metrics.ts';
import { AppError, type Issue } from '../../../shared/errors.ts';
import { type MetricTargetRow, metricTargets } from '../../db/metric-targets.ts';
import { writeReadings } from '../../db/post-metrics.ts';
import type { Db } from '../../db/types.ts';

/** Why a cell cannot be written, or nothing. */
function refusal(
  post: MetricTargetRow,
  metric: Metric,
  on: string,
  today: (zone: string) => string,
): Pick<Issue, 'code' | 'params'> | null {
  if (post.status !== 'published') return { code: 'notPublished' };
  if (!metricApplies(metric, { format: post.format, paid: post.paid === 1 }))
    return { code: 'notApplicable' };
  // The day the grid and the dashboard place the post on: its planned day, on the client's clock.
  if (on < post.local_day) return { code: 'beforePublished', params: { date: post.local_day } };
  const day = today(post.time_zone);
  if (on > day) return { code: 'futureDate', params: { date: day } };
  return null;
}

/**
 * One edit or one paste, as read on `on`: every cell is checked before any is written, and the
 * dispatch's transaction makes the whole batch one write (a bad cell changes no cell). The posts of
 * the batch are read in one query with their base readings, and each post's reading is written once
 * with all its cells.
 */
export function saveMetrics(db: Db, input: ParsedInput<'metrics.save'>, now: Date): SavedMetrics[] {
  const posts = metricTargets(db, [...new Set(input.cells.map((c) => c.postId))], input.on);
  // zonedToday keeps one clock per zone for the process: asking it per cell costs no formatter.
  const today = (zone: string) => zonedToday(now, zone);
  const changes = new Map<MetricTargetRow, Partial<MetricValues>>();
  const issues: Issue[] = [];
  let clientId: string | undefined;
  input.cells.forEach((cell, i) => {
    const post = posts.get(cell.postId);
    if (!post) {
      issues.push({ path: ['cells', String(i), 'postId'], code: 'invalidId' });
      return;
    }
    // A grid shows one client's posts: a batch that reaches another client's is a mix-up, not a paste.
    clientId ??= post.client_id;
    if (post.client_id !== clientId) {
      issues.push({ path: ['cells', String(i), 'postId'], code: 'otherClient' });
      return;
    }
    const refused = refusal(post, cell.metric, input.on, today);
    if (refused) {
      issues.push({ path: ['cells', String(i), 'value'], ...refused });
      return;
    }
    const values = changes.get(post);
    if (values) values[cell.metric] = cell.value;
    else changes.set(post, { [cell.metric]: cell.value });
  });
  if (issues.length > 0) throw new AppError('invalid_input', 'Some numbers cannot be saved', issues);
  const written = writeReadings(db, input.on, changes, now.toISOString());
  return [...written].map(([postId, values]) => ({ postId, takenOn: input.on, values }));
}
