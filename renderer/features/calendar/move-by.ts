import { addDays, type IsoDate, type LocalTime } from '../../../shared/calendar/dates.ts';
import { type Occurrence, occurrenceOf, utcToZoned } from '../../../shared/calendar/zoned.ts';

export interface MoveTarget {
  date: IsoDate;
  time: LocalTime;
  occurrence: Occurrence;
}

const MINUTE_MS = 60_000;

/**
 * Where Alt+arrows take a post. ←/→ change the day and keep the time on the wall clock; ↑/↓ move
 * it by real hours, so the night the clocks change it neither stays put (03:00 − 1 h is 01:00 on
 * 29 March in Paris, 02:00 being skipped) nor jumps two hours (after 03:30 − 1 h on 25 October
 * comes the second 02:30). Null when an hour's move would leave the post's day: a day is changed
 * with ←/→.
 */
export function moveByMinutes(
  plannedAt: string,
  days: number,
  minutes: number,
  zone: string,
): MoveTarget | null {
  const from = utcToZoned(plannedAt, zone);
  if (minutes === 0) return { date: addDays(from.date, days), time: from.time, occurrence: 'earlier' };
  const instant = new Date(Date.parse(plannedAt) + minutes * MINUTE_MS).toISOString();
  const to = utcToZoned(instant, zone);
  if (to.date !== from.date) return null;
  return { date: addDays(to.date, days), time: to.time, occurrence: occurrenceOf(instant, zone) };
}
