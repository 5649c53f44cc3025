import { addDays, type IsoDate } from '../../../shared/calendar/dates.ts';
import { AppError } from '../../../shared/errors.ts';
import { followerCountsOf, latestFollowerCountOn, writeFollowerCount } from '../../db/follower-counts.ts';
import type { Db } from '../../db/types.ts';
import type { PendingRow } from './pending.ts';

export interface KnownCount {
  on: IsoDate;
  count: number;
}

/**
 * The count a series of new follows starts from without asking: one logged on the day before the
 * series or on its first day. An older one would add October's follows to a count of March.
 */
export function startingCount(db: Db, channelId: string, firstDay: IsoDate): KnownCount | null {
  const logged = latestFollowerCountOn(db, channelId, firstDay);
  return logged && logged.takenOn >= addDays(firstDay, -1)
    ? { on: logged.takenOn, count: logged.followers }
    : null;
}

/**
 * New follows per day, added up into follower counts from the count the user gave (it wins, and
 * is written too) or the one logged just before. A day already counted by hand keeps its count,
 * and the days after go on from it. Returns the counts written.
 */
export function writeFollows(
  db: Db,
  channelId: string,
  rows: readonly PendingRow[],
  given: KnownCount | undefined,
  now: string,
): number {
  const days = [...rows].sort((a, b) => (a.takenOn < b.takenOn ? -1 : 1));
  const first = days[0]?.takenOn;
  if (!first) return 0;
  if (given && given.on > first)
    throw new AppError('invalid_input', 'The count to start from is after the series starts', [
      { path: ['knownFollowers', 'on'], code: 'invalidDate' },
    ]);
  const start = given ?? startingCount(db, channelId, first);
  if (!start)
    throw new AppError('invalid_input', 'New follows need a follower count to start from', [
      { path: ['knownFollowers'], code: 'noKnownFollowers', params: { date: addDays(first, -1) } },
    ]);
  const write = (on: IsoDate, followers: number) =>
    writeFollowerCount(db, { channelId, followers, profileVisits: null }, on, now);
  let written = 0;
  if (given) {
    write(given.on, given.count);
    written++;
  }
  const last = days.at(-1)?.takenOn ?? first;
  const byHand = new Map(followerCountsOf(db, channelId, first, last).map((c) => [c.takenOn, c]));
  let running = start.count;
  for (const day of days) {
    if (day.takenOn <= start.on) continue;
    const counted = byHand.get(day.takenOn);
    if (counted) {
      running = counted.followers;
      continue;
    }
    running += day.row.follows ?? 0;
    write(day.takenOn, running);
    written++;
  }
  return written;
}
