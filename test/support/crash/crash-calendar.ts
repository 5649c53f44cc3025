import { addDays, addMonths } from '../../../shared/calendar/dates.ts';
import type { TestCore } from '../hosts/core.ts';

/** The client the crash child writes for, found again by name from one round to the next. */
export const CRASH_CLIENT = {
  name: 'Crash test bakery',
  color: '#E4572E',
  timeZone: 'Europe/Paris',
  notes: '',
};

/**
 * "Today" for the child: fixed, so every reading date below is valid on any machine. Posts are
 * published in the first half of 2026 and read from July on, so no move can put a post after a
 * reading already logged for it.
 */
export const CRASH_TODAY = '2026-11-26T09:00:00.000Z';
export const POSTS_FROM = '2026-01-01';
export const POST_MONTHS = 6;
export const POST_DAYS = 181;
/** Readings every fortnight: few enough dates that the same cell is typed over again and again. */
export const READING_DATES = Array.from({ length: 10 }, (_, i) => addDays('2026-07-01', 14 * i));

/**
 * Every post of the client and its planned instant, listed a month at a time so the list limit
 * never cuts the file's history short however many rounds it went through.
 */
export async function plannedPosts(call: TestCore['call'], clientId: string): Promise<Map<string, string>> {
  const planned = new Map<string, string>();
  for (let m = 0; m < POST_MONTHS; m++) {
    const from = addMonths(POSTS_FROM, m);
    const input = { clientId, from, to: addMonths(from, 1), limit: 5000 };
    const posts = await call('posts.list', input);
    if (posts.length === input.limit) throw new Error(`More than ${input.limit} posts in ${from}`);
    for (const post of posts) planned.set(post.id, post.plannedAt);
  }
  return planned;
}
