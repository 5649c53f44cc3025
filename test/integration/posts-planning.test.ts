import { describe, expect, it } from 'vitest';
import { utcToZoned } from '../../shared/calendar/zoned.ts';
import type { Post } from '../../shared/domain/post.ts';
import { startTestCore } from '../support/hosts/fixture.ts';
import { dumpTables } from '../support/readers/db-dump.ts';
import { seedCalendar } from '../support/seeds/calendar-seed.ts';

const PARIS = 'Europe/Paris';
const wall = (post: Post | undefined) => {
  if (!post) return undefined;
  const local = utcToZoned(post.plannedAt, PARIS);
  return `${local.date} ${local.time}`;
};

describe('posts.copy keeping statuses', () => {
  it('keeps each status, brings published posts back ready and cancelled ones as drafts, never published', async () => {
    const core = await startTestCore();
    const { create } = await seedCalendar(core);
    const statuses = ['published', 'ready', 'draft', 'idea', 'cancelled'] as const;
    const sources = [];
    for (const [i, status] of statuses.entries())
      sources.push(await create({ date: '2027-01-11', time: `0${i + 1}:00`, status }));
    const kept = await core.call('posts.copy', {
      ids: sources.map((p) => p.id),
      days: 7,
      keepStatuses: true,
    });
    expect(kept.map((p) => [wall(p), p.status, p.publishedAt])).toEqual([
      ['2027-01-18 01:00', 'ready', null],
      ['2027-01-18 02:00', 'ready', null],
      ['2027-01-18 03:00', 'draft', null],
      ['2027-01-18 04:00', 'idea', null],
      ['2027-01-18 05:00', 'draft', null],
    ]);
    // Without the option, as before: drafts, ideas staying ideas.
    const drafts = await core.call('posts.copy', { ids: sources.map((p) => p.id), days: 14 });
    expect(drafts.map((p) => p.status)).toEqual(['draft', 'draft', 'draft', 'idea', 'draft']);
  });

  it('refuses a keepStatuses that is not a yes or no, and writes nothing', async () => {
    const core = await startTestCore();
    const { create } = await seedCalendar(core);
    const post = await create({ date: '2027-01-11', time: '09:00', status: 'published' });
    const before = dumpTables(core.ctx.db);
    const envelope = await core.dispatch('posts.copy', {
      ids: [post.id],
      days: 7,
      keepStatuses: 'yes' as unknown as boolean,
    });
    expect(envelope).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(dumpTables(core.ctx.db)).toEqual(before);
  });
});

describe('a time the autumn change makes happen twice', () => {
  // 25 October 2026 in Paris: 02:30 is first 00:30 UTC (summer time), then 01:30 UTC (winter time).
  it('is planned at the first 02:30 unless the second is asked for, and can be switched both ways', async () => {
    const core = await startTestCore();
    const { create } = await seedCalendar(core);
    const first = await create({ date: '2026-10-25', time: '02:30' });
    expect(first.plannedAt).toBe('2026-10-25T00:30:00.000Z');
    const second = await create({ date: '2026-10-25', time: '02:30', occurrence: 'later' });
    expect(second.plannedAt).toBe('2026-10-25T01:30:00.000Z');

    const switched = await core.call('posts.update', { id: first.id, occurrence: 'later' });
    expect(switched.plannedAt).toBe('2026-10-25T01:30:00.000Z');
    // Another field changed: the post stays at the second 02:30.
    const captioned = await core.call('posts.update', { id: first.id, caption: 'Heure d’hiver' });
    expect(captioned.plannedAt).toBe('2026-10-25T01:30:00.000Z');
    const back = await core.call('posts.update', { id: first.id, occurrence: 'earlier' });
    expect(back.plannedAt).toBe('2026-10-25T00:30:00.000Z');
  });

  it('moves to the second 02:30 when the move asks for it (one real hour before 03:30)', async () => {
    const core = await startTestCore();
    const { create } = await seedCalendar(core);
    const post = await create({ date: '2026-10-25', time: '03:30' });
    expect(post.plannedAt).toBe('2026-10-25T02:30:00.000Z');
    const [moved] = await core.call('posts.move', {
      ids: [post.id],
      date: '2026-10-25',
      time: '02:30',
      occurrence: 'later',
    });
    expect(moved?.plannedAt).toBe('2026-10-25T01:30:00.000Z');
    expect(wall(moved)).toBe('2026-10-25 02:30');
  });

  it('takes the time after the gap for a time the spring change skips, as the composer says', async () => {
    const core = await startTestCore();
    const { create } = await seedCalendar(core);
    const post = await create({ date: '2026-03-29', time: '02:30', occurrence: 'later' });
    expect(wall(post)).toBe('2026-03-29 03:30');
  });

  it('refuses an occurrence that is neither the first nor the second', async () => {
    const core = await startTestCore();
    const { create } = await seedCalendar(core);
    const post = await create({ date: '2026-10-25', time: '02:30' });
    const before = dumpTables(core.ctx.db);
    const envelope = await core.dispatch('posts.update', {
      id: post.id,
      occurrence: 'third' as 'later',
    });
    expect(envelope).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(dumpTables(core.ctx.db)).toEqual(before);
  });
});
