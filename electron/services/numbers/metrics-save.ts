import { utcToZoned, zonedToday } from '../../../shared/calendar/zoned.ts';
import type { ParsedInput } from '../../../shared/contract.ts';
import {
  type Metric,
  type MetricValues,
  metricApplies,
  type SavedMetrics,
} from '../../../shared/domain/metrics.ts';
import { AppError, type Issue } from '../../../shared/errors.ts';
import { type MetricTargetRow, metricTarget } from '../../db/metric-targets.ts';
import { writeReading } from '../../db/post-metrics.ts';
import type { Db } from '../../db/types.ts';

/** Why a cell cannot be written, or nothing. */
function refusal(
  post: MetricTargetRow,
  metric: Metric,
  on: string,
  now: Date,
): Pick<Issue, 'code' | 'params'> | null {
  if (post.status !== 'published') return { code: 'notPublished' };
  if (!metricApplies(metric, { format: post.format, paid: post.paid === 1 }))
    return { code: 'notApplicable' };
  // The day the grid and the dashboard place the post on: its planned day, on the client's clock.
  const published = utcToZoned(post.planned_at, post.time_zone).date;
  if (on < published) return { code: 'beforePublished', params: { date: published } };
  const today = zonedToday(now, post.time_zone);
  if (on > today) return { code: 'futureDate', params: { date: today } };
  return null;
}

/**
 * One edit or one paste, as read on `on`: every cell is checked before any is written, and the
 * dispatch's transaction makes the whole batch one write (a bad cell changes no cell).
 */
export function saveMetrics(db: Db, input: ParsedInput<'metrics.save'>, now: Date): SavedMetrics[] {
  const posts = new Map<string, MetricTargetRow>();
  const changes = new Map<string, Partial<MetricValues>>();
  const issues: Issue[] = [];
  let clientId: string | undefined;
  input.cells.forEach((cell, i) => {
    const post = posts.get(cell.postId) ?? metricTarget(db, cell.postId);
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
    posts.set(post.id, post);
    const refused = refusal(post, cell.metric, input.on, now);
    if (refused) {
      issues.push({ path: ['cells', String(i), 'value'], ...refused });
      return;
    }
    changes.set(post.id, { ...changes.get(post.id), [cell.metric]: cell.value });
  });
  if (issues.length > 0) throw new AppError('invalid_input', 'Some numbers cannot be saved', issues);
  const stamp = now.toISOString();
  return [...changes].map(([postId, values]) => {
    return { postId, takenOn: input.on, values: writeReading(db, postId, input.on, values, stamp) };
  });
}
