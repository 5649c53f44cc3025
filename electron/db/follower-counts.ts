import type { FollowerCount } from '../../shared/domain/followers.ts';
import { newId } from './row.ts';
import { stmt } from './statements.ts';
import type { Db } from './types.ts';

interface CountRow {
  channel_id: string;
  taken_on: string;
  followers: number;
  profile_visits: number | null;
}

const toCount = (r: CountRow): FollowerCount => ({
  channelId: r.channel_id,
  takenOn: r.taken_on,
  followers: r.followers,
  profileVisits: r.profile_visits,
});

/** A second reading the same day corrects the first. */
export function writeFollowerCount(
  db: Db,
  entry: { channelId: string; followers: number; profileVisits: number | null },
  on: string,
  now: string,
): void {
  stmt(
    db,
    `INSERT INTO follower_counts (id, channel_id, taken_on, followers, profile_visits, created_at, updated_at)
     VALUES (@id, @channelId, @on, @followers, @profileVisits, @now, @now)
     ON CONFLICT (channel_id, taken_on) DO UPDATE SET
       followers = excluded.followers, profile_visits = excluded.profile_visits, updated_at = excluded.updated_at`,
  ).run({ id: newId(), ...entry, on, now });
}

/** Exported for the benchmark: a client's readings over a range, by channel then day. */
export const RANGE_FOLLOWERS_SQL = `SELECT f.channel_id, f.taken_on, f.followers, f.profile_visits FROM follower_counts f
  JOIN channels h ON h.id = f.channel_id AND h.deleted_at IS NULL
  WHERE h.client_id = ? AND f.taken_on >= ? AND f.taken_on < ?
  ORDER BY f.channel_id, f.taken_on`;

/** Exported for the benchmark: each live channel's latest reading on or before a day. */
export const LATEST_FOLLOWERS_SQL = `SELECT f.channel_id, f.taken_on, f.followers, f.profile_visits
  FROM channels h JOIN follower_counts f ON f.channel_id = h.id
    AND f.taken_on = (SELECT max(x.taken_on) FROM follower_counts x WHERE x.channel_id = h.id AND x.taken_on <= ?)
  WHERE h.client_id = ? AND h.deleted_at IS NULL
  ORDER BY h.network, h.handle COLLATE NOCASE, h.id`;

/** Readings of a client's live channels from `from` (inclusive) to `to` (exclusive), by channel then day. */
export function followerCountsIn(db: Db, clientId: string, from: string, to: string): FollowerCount[] {
  return stmt<[string, string, string], CountRow>(db, RANGE_FOLLOWERS_SQL)
    .all(clientId, from, to)
    .map(toCount);
}

/** Each live channel's latest reading on or before a day (channels never counted are left out). */
export function latestFollowerCounts(db: Db, clientId: string, on: string): FollowerCount[] {
  return stmt<[string, string], CountRow>(db, LATEST_FOLLOWERS_SQL).all(on, clientId).map(toCount);
}

/**
 * A channel's counts from `from` (inclusive) to `to` (exclusive), as two lists in the same order:
 * one value per row comes out of SQLite without an array made for each row, a third faster for the
 * dashboard's two years of daily counts. In the key's order as SQLite walks it, with no ORDER BY
 * (planned again at every call when a value is bound): the caller checks the order.
 */
export function followerDays(
  db: Db,
  channelId: string,
  from: string,
  to: string,
): { days: string[]; counts: number[] } {
  const range = 'FROM follower_counts WHERE channel_id = ? AND taken_on >= ? AND taken_on < ?';
  return {
    days: stmt<[string, string, string], string>(db, `SELECT taken_on ${range}`)
      .pluck(true)
      .all(channelId, from, to),
    counts: stmt<[string, string, string], number>(db, `SELECT followers ${range}`)
      .pluck(true)
      .all(channelId, from, to),
  };
}

/** A channel's latest count on or before a day (a follows series starts from it). */
export function latestFollowerCountOn(db: Db, channelId: string, on: string): FollowerCount | null {
  const row = stmt<[string, string], CountRow>(
    db,
    `SELECT channel_id, taken_on, followers, profile_visits FROM follower_counts
     WHERE channel_id = ? AND taken_on <= ? ORDER BY taken_on DESC LIMIT 1`,
  ).get(channelId, on);
  return row ? toCount(row) : null;
}

/** A channel's counts from `from` to `to`, both included, by day. */
export function followerCountsOf(db: Db, channelId: string, from: string, to: string): FollowerCount[] {
  return stmt<[string, string, string], CountRow>(
    db,
    `SELECT channel_id, taken_on, followers, profile_visits FROM follower_counts
     WHERE channel_id = ? AND taken_on >= ? AND taken_on <= ? ORDER BY taken_on`,
  )
    .all(channelId, from, to)
    .map(toCount);
}
