import { LATEST_FOLLOWERS_SQL, RANGE_FOLLOWERS_SQL } from '../electron/db/follower-counts.ts';
import { DASHBOARD_POSTS_SQL, LATER_READINGS_SQL } from '../electron/db/kpi-sums.ts';
import type { Db } from '../electron/db/types.ts';
import { addDays, daysBetween, type IsoDate } from '../shared/calendar/dates.ts';

/**
 * The smallest raw SQL that reads what a dashboard's sums are made of: its own statements,
 * prepared once, rows as arrays, with the same parameters — each live channel's kept rows of both
 * periods (`DASHBOARD_POSTS_SQL`), the look for readings dated after today (`LATER_READINGS_SQL`)
 * and the two queries that read the follower counts. The dashboard, the audit and the report all
 * stand on it; each benchmark compares its own layers with these reads.
 */
export function rawDashboardReads(
  db: Db,
  q: { clientId: string; previousFrom: IsoDate; to: IsoDate; today: IsoDate },
): { posts: number; read: () => void } {
  const channels = db
    .prepare('SELECT id FROM channels WHERE client_id = ? AND deleted_at IS NULL')
    .pluck()
    .all(q.clientId) as string[];
  const posts = db.prepare(DASHBOARD_POSTS_SQL).raw(true);
  const later = db.prepare(LATER_READINGS_SQL).raw(true);
  const latest = db.prepare(LATEST_FOLLOWERS_SQL);
  const range = db.prepare(RANGE_FOLLOWERS_SQL);
  const [first, end] = [q.previousFrom, q.to].map((d) => daysBetween('1970-01-01', d)) as [number, number];
  const laterParams = { channels: JSON.stringify(channels), from: first, to: end, on: q.today };
  return {
    posts: channels.reduce((sum, id) => sum + posts.all(id, first, end).length, 0),
    read: () => {
      for (const id of channels) posts.all(id, first, end);
      later.all(laterParams);
      latest.all(addDays(q.previousFrom, -1), q.clientId);
      range.all(q.clientId, q.previousFrom, q.to);
    },
  };
}
