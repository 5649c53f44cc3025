import { enGB, fr } from 'date-fns/locale';
import { describe, expect, it } from 'vitest';
import { periodOf, periodTitle } from '../../../../../renderer/common/dates/calendar-period.ts';
import { neighbour } from '../../../../../renderer/features/calendar/card-focus.ts';
import { placePosts } from '../../../../../renderer/features/calendar/post-layout.ts';
import type { Post } from '../../../../../shared/domain/post.ts';

const post = (id: string, plannedAt: string) => ({ id, plannedAt }) as Post;

describe('posts are placed on the client’s wall calendar', () => {
  it('puts posts around the October 2026 change on the right Paris day and time, in order', () => {
    const byDay = placePosts(
      [
        post('b', '2026-10-25T01:30:00.000Z'), // 02:30 CET, after the clocks went back
        post('a', '2026-10-25T00:30:00.000Z'), // 02:30 CEST, the first 02:30
        post('c', '2026-10-24T22:30:00.000Z'), // 00:30 on the 25th
        post('d', '2026-10-24T21:30:00.000Z'), // 23:30 on the 24th
      ],
      'Europe/Paris',
    );
    expect(byDay.get('2026-10-24')?.map((p) => [p.post.id, p.time])).toEqual([['d', '23:30']]);
    expect(byDay.get('2026-10-25')?.map((p) => [p.post.id, p.time])).toEqual([
      ['c', '00:30'],
      ['a', '02:30'],
      ['b', '02:30'],
    ]);
  });

  it('moves the arrow keys to the neighbouring post nearest in time, skipping empty days', () => {
    const week = periodOf('week', '2026-11-25', fr).days;
    const byDay = placePosts(
      [
        post('mon-9', '2026-11-23T08:00:00.000Z'),
        post('mon-18', '2026-11-23T17:00:00.000Z'),
        post('thu-17', '2026-11-26T16:00:00.000Z'),
        post('thu-8', '2026-11-26T07:00:00.000Z'),
      ],
      'Europe/Paris',
    );
    expect(neighbour(week, byDay, 'mon-18', 'ArrowRight')).toBe('thu-17');
    expect(neighbour(week, byDay, 'thu-8', 'ArrowLeft')).toBe('mon-9');
    expect(neighbour(week, byDay, 'mon-9', 'ArrowDown')).toBe('mon-18');
    expect(neighbour(week, byDay, 'mon-9', 'ArrowUp')).toBeNull();
    expect(neighbour(week, byDay, 'thu-8', 'ArrowRight')).toBeNull();
  });
});

describe('the period on screen', () => {
  it('starts the week on Monday in French and English (British) and names it', () => {
    const week = periodOf('week', '2026-03-29', fr);
    expect(week.from).toBe('2026-03-23');
    expect(week.to).toBe('2026-03-30');
    expect(periodTitle('week', '2026-03-29', week, fr)).toBe('23 – 29 mars 2026');
    const across = periodOf('week', '2026-10-01', enGB);
    expect(periodTitle('week', '2026-10-01', across, enGB)).toBe('28 Sep – 4 Oct 2026');
  });

  it('covers whole weeks around a month', () => {
    const month = periodOf('month', '2026-02-14', fr);
    expect(month.from).toBe('2026-01-26');
    expect(month.to).toBe('2026-03-02');
    expect(month.days).toHaveLength(35);
  });
});
