import type { PostStatus } from '../../../shared/domain/post.ts';

export type PlanningWarning = 'pastNotPublished' | 'futurePublished';

/**
 * What is odd about a post's date and status together: a draft or ready post whose time has passed
 * (it did not go out, or nobody said so), or a post marked published at a time still to come.
 */
export function planningWarning(
  status: PostStatus,
  plannedMs: number,
  nowMs: number,
): PlanningWarning | null {
  if ((status === 'draft' || status === 'ready') && plannedMs < nowMs) return 'pastNotPublished';
  if (status === 'published' && plannedMs > nowMs) return 'futurePublished';
  return null;
}

/** "UTC+2", "UTC−5", "UTC+5:30": an offset as people read it beside a time. */
export function offsetLabel(offsetMs: number): string {
  const minutes = Math.round(Math.abs(offsetMs) / 60_000);
  const sign = offsetMs < 0 ? '−' : '+';
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  return `UTC${sign}${hours}${rest ? `:${String(rest).padStart(2, '0')}` : ''}`;
}
