import { addDays } from '../../shared/calendar/dates.ts';
import type { AudienceTotals } from '../../shared/kpi/catalogue.ts';
import { followerCountsIn, latestFollowerCounts } from '../db/follower-counts.ts';
import type { Db } from '../db/types.ts';

/** A client's follower counts over a range, answering "how many followers on that day?" per channel. */
export interface FollowerTimeline {
  /** The channel's latest count on or before `date`; null when none was logged by then. */
  at(channelId: string, date: string): number | null;
}

/** Counts from `from` to `to` (exclusive), plus each channel's latest one before `from`. */
export function followerTimeline(db: Db, clientId: string, from: string, to: string): FollowerTimeline {
  const days = new Map<string, string[]>();
  const counts = new Map<string, number[]>();
  const push = (channelId: string, day: string, followers: number) => {
    const d = days.get(channelId) ?? [];
    const c = counts.get(channelId) ?? [];
    d.push(day);
    c.push(followers);
    days.set(channelId, d);
    counts.set(channelId, c);
  };
  for (const f of latestFollowerCounts(db, clientId, addDays(from, -1)))
    push(f.channelId, f.takenOn, f.followers);
  for (const f of followerCountsIn(db, clientId, from, to)) push(f.channelId, f.takenOn, f.followers);
  return {
    at(channelId, date) {
      const d = days.get(channelId);
      if (!d || d[0] === undefined || d[0] > date) return null;
      // The last day on or before `date`: binary search, a year of daily counts is 365 entries.
      let lo = 0;
      let hi = d.length - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if ((d[mid] as string) <= date) lo = mid;
        else hi = mid - 1;
      }
      return counts.get(channelId)?.[lo] ?? null;
    },
  };
}

/**
 * Followers at the period's last day, and the growth over it: measured on the channels counted both
 * the day before the period and at its end, so a channel first counted mid-period does not pass for growth.
 */
export function audienceOver(
  timeline: FollowerTimeline,
  channelIds: readonly string[],
  from: string,
  to: string,
  today: string,
): AudienceTotals {
  const last = addDays(to, -1) < today ? addDays(to, -1) : today;
  const before = addDays(from, -1);
  let end: number | null = null;
  let growthStart: number | null = null;
  let growthEnd: number | null = null;
  for (const id of channelIds) {
    const e = timeline.at(id, last);
    if (e === null) continue;
    end = (end ?? 0) + e;
    const s = timeline.at(id, before);
    if (s === null) continue;
    growthStart = (growthStart ?? 0) + s;
    growthEnd = (growthEnd ?? 0) + e;
  }
  return { end, growthStart, growthEnd };
}
