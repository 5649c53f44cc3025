import type { IsoDate } from '../../../shared/calendar/dates.ts';
import type { PlacedPost } from './post-layout.ts';

/**
 * Which card the arrow keys go to: up and down within the day, left and right to the card of the
 * neighbouring day (skipping empty days) nearest in time.
 */
export function neighbour(
  days: readonly IsoDate[],
  byDay: ReadonlyMap<IsoDate, PlacedPost[]>,
  postId: string,
  key: 'ArrowUp' | 'ArrowDown' | 'ArrowLeft' | 'ArrowRight',
): string | null {
  const dayIndex = days.findIndex((d) => byDay.get(d)?.some((p) => p.post.id === postId));
  const list = byDay.get(days[dayIndex] ?? '') ?? [];
  const index = list.findIndex((p) => p.post.id === postId);
  const here = list[index];
  if (!here) return null;
  if (key === 'ArrowUp') return list[index - 1]?.post.id ?? null;
  if (key === 'ArrowDown') return list[index + 1]?.post.id ?? null;
  const step = key === 'ArrowLeft' ? -1 : 1;
  for (let d = dayIndex + step; d >= 0 && d < days.length; d += step) {
    const other = byDay.get(days[d] ?? '') ?? [];
    if (other.length === 0) continue;
    const nearest = other.reduce((best, p) =>
      Math.abs(p.minutes - here.minutes) < Math.abs(best.minutes - here.minutes) ? p : best,
    );
    return nearest.post.id;
  }
  return null;
}

export function focusCard(postId: string): void {
  document.querySelector<HTMLElement>(`[data-post-id="${CSS.escape(postId)}"]`)?.focus();
}
