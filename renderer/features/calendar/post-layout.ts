import type { IsoDate, LocalTime } from '../../../shared/calendar/dates.ts';
import { utcToZoned } from '../../../shared/calendar/zoned.ts';
import type { Post } from '../../../shared/domain/post.ts';

/** A post on the client's wall clock: where the calendar draws it. */
export interface PlacedPost {
  post: Post;
  date: IsoDate;
  time: LocalTime;
  minutes: number;
}

/** Posts by wall-calendar day in the client's zone, each day in time order. */
export function placePosts(posts: readonly Post[], zone: string): Map<IsoDate, PlacedPost[]> {
  const byDay = new Map<IsoDate, PlacedPost[]>();
  for (const post of posts) {
    const local = utcToZoned(post.plannedAt, zone);
    const placed = { post, ...local };
    const day = byDay.get(local.date);
    if (day) day.push(placed);
    else byDay.set(local.date, [placed]);
  }
  for (const day of byDay.values())
    day.sort((a, b) => a.minutes - b.minutes || a.post.id.localeCompare(b.post.id));
  return byDay;
}

export const HOURS = Array.from({ length: 24 }, (_, h) => h);
export const hourTime = (hour: number, minutes = 0): LocalTime =>
  `${String(hour).padStart(2, '0')}:${String(minutes).padStart(2, '0')}`;
