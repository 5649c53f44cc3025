import { addDays } from '../../../shared/calendar/dates.ts';
import type { AudienceTotals } from '../../../shared/kpi/catalogue.ts';
import { liveChannelIds } from '../../db/channels.ts';
import { followerDays, latestFollowerCounts } from '../../db/follower-counts.ts';
import type { Db } from '../../db/types.ts';

/** A client's follower counts over a range, answering "how many followers on that day?" per channel. */
export interface FollowerTimeline {
  /** The channel's latest count on or before `date`; null when none was logged by then. */
  at(channelId: string, date: string): number | null;
  /** `at` for one channel, for days asked in order: a step forward instead of a search each time. */
  walk(channelId: string): (date: string) => number | null;
  /** The same, with the day it was taken. */
  countAt(channelId: string, date: string): DatedCount | null;
  /** The channel's first count from `from` to `last` (inclusive). */
  firstIn(channelId: string, from: string, last: string): DatedCount | null;
}

export interface DatedCount {
  on: string;
  followers: number;
}

/** The counts as read, sorted by day if SQLite gave them in another order (it walks the key: never so far). */
function inDayOrder(read: { days: string[]; counts: number[] }): { days: string[]; counts: number[] } {
  const { days, counts } = read;
  if (days.every((day, i) => i === 0 || (days[i - 1] as string) < day)) return read;
  const order = days.map((_, i) => i).sort((a, b) => ((days[a] as string) < (days[b] as string) ? -1 : 1));
  return { days: order.map((i) => days[i] as string), counts: order.map((i) => counts[i] as number) };
}

/** Counts from `from` to `to` (exclusive), plus each channel's latest one before `from`. */
export function followerTimeline(db: Db, clientId: string, from: string, to: string): FollowerTimeline {
  const days = new Map<string, string[]>();
  const counts = new Map<string, number[]>();
  // Channel by channel along its clustered key: a heavy client's two years are 10,000 counts, and
  // one query over all its channels sorted them again.
  for (const f of latestFollowerCounts(db, clientId, addDays(from, -1))) {
    days.set(f.channelId, [f.takenOn]);
    counts.set(f.channelId, [f.followers]);
  }
  for (const channelId of liveChannelIds(db, clientId)) {
    const inRange = inDayOrder(followerDays(db, channelId, from, to));
    days.set(channelId, [...(days.get(channelId) ?? []), ...inRange.days]);
    counts.set(channelId, [...(counts.get(channelId) ?? []), ...inRange.counts]);
  }
  return timelineOf(days, counts);
}

/**
 * A timeline over counts already read, in day order per account: a client's channels, or its
 * competitors' accounts, whose readings grow the same way.
 */
export function timelineOf(
  days: ReadonlyMap<string, string[]>,
  counts: ReadonlyMap<string, number[]>,
): FollowerTimeline {
  /** Index of the last day on or before `date`: binary search, a year of daily counts is 365 entries. */
  const indexAt = (d: readonly string[], date: string): number => {
    let lo = 0;
    let hi = d.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((d[mid] as string) <= date) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
  const entry = (channelId: string, i: number): DatedCount | null => {
    const on = days.get(channelId)?.[i];
    const followers = counts.get(channelId)?.[i];
    return on === undefined || followers === undefined ? null : { on, followers };
  };
  const countAt = (channelId: string, date: string): DatedCount | null => {
    const d = days.get(channelId);
    if (!d || d[0] === undefined || d[0] > date) return null;
    return entry(channelId, indexAt(d, date));
  };
  return {
    countAt,
    at: (channelId, date) => countAt(channelId, date)?.followers ?? null,
    walk(channelId) {
      const d = days.get(channelId) ?? [];
      const c = counts.get(channelId) ?? [];
      let i = -1;
      let last = '';
      return (date) => {
        // A day before the last one asked: start over rather than answer wrong.
        if (date < last) i = -1;
        last = date;
        while (i + 1 < d.length && (d[i + 1] as string) <= date) i++;
        return i < 0 ? null : (c[i] as number);
      };
    },
    firstIn(channelId, from, last) {
      const d = days.get(channelId);
      if (!d || d.length === 0 || (d.at(-1) as string) < from) return null;
      const before = countAt(channelId, addDays(from, -1));
      // The count after the last one before `from` (or the very first) is the first on or after it.
      const i = before === null ? 0 : indexAt(d, addDays(from, -1)) + 1;
      const found = entry(channelId, i);
      return found && found.on <= last ? found : null;
    },
  };
}

/**
 * Followers at the period's last day, and the growth over it, channel by channel: from the latest
 * count before the period or, for a channel first counted inside it (a new user's first month), from
 * that first count, to the latest at its end. A channel's arrival never passes for growth: its own
 * first count is the start it is compared with.
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
  let growthFrom: string | null = null;
  let growthTo: string | null = null;
  for (const id of channelIds) {
    const e = timeline.countAt(id, last);
    if (e === null) continue;
    end = (end ?? 0) + e.followers;
    const s = timeline.countAt(id, before) ?? timeline.firstIn(id, from, last);
    if (s === null || s.on === e.on) continue;
    growthStart = (growthStart ?? 0) + s.followers;
    growthEnd = (growthEnd ?? 0) + e.followers;
    if (growthFrom === null || s.on < growthFrom) growthFrom = s.on;
    if (growthTo === null || e.on > growthTo) growthTo = e.on;
  }
  return {
    end,
    growthStart,
    growthEnd,
    growthFrom,
    growthTo,
    oneCountOnly: end !== null && growthStart === null,
  };
}
