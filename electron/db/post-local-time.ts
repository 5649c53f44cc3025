import { type ZonedParts, zonedClock } from '../../shared/calendar/zoned.ts';
import { stmt } from './statements.ts';
import type { Db } from './types.ts';

/**
 * A post's day and hour on its client's wall clock, stored beside `planned_at` so that SQL can sum a
 * year of numbers per day, weekday and hour (the dashboard) without turning every instant into a
 * wall-clock time in JavaScript. They follow the client's zone, not the post's `time_zone` (the zone
 * it was planned in): the dashboard and the grid place posts on the client's clock.
 */
export interface LocalTime {
  localDay: string;
  /** 0–23: on a day the clocks change, the hour the wall clock showed (an autumn 02:30 is hour 2 twice). */
  localHour: number;
}

/** From the wall clock of the planned instant (`plannedInstant` gives it with the instant). */
export const localTimeAt = (wall: ZonedParts): LocalTime => ({
  localDay: wall.date,
  localHour: Math.floor(wall.minutes / 60),
});

/**
 * Recomputes the local day and hour of every post of a client, trashed ones included (they may come
 * back): after its time zone changed, and once for every post when the columns were added.
 */
export function refreshLocalTimes(db: Db, clientId: string, zone: string): number {
  const clock = zonedClock(zone);
  const rows = stmt<[string], { seq: number; planned_at: string }>(
    db,
    'SELECT seq, planned_at FROM posts WHERE client_id = ?',
  ).all(clientId);
  const write = stmt<[string, number, number]>(
    db,
    'UPDATE posts SET local_day = ?, local_hour = ? WHERE seq = ?',
  );
  for (const row of rows) {
    const { localDay, localHour } = localTimeAt(clock(Date.parse(row.planned_at)));
    write.run(localDay, localHour, row.seq);
  }
  return rows.length;
}
