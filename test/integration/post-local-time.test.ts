import { describe, expect, it } from 'vitest';
import { utcToZoned } from '../../shared/calendar/zoned.ts';
import { fixtureName } from '../fixtures/build.ts';
import { folderWithFixture } from '../fixtures/folder.ts';
import { startTestCore, type TestCore } from '../support/hosts/fixture.ts';
import { seedCalendar } from '../support/seeds/calendar-seed.ts';

interface Stored {
  id: string;
  planned_at: string;
  local_day: string;
  local_hour: number;
  zone: string;
}

/** Every post's stored day and hour, with its client's zone. */
const stored = (core: TestCore): Stored[] =>
  core.ctx.db
    .prepare(
      `SELECT p.id, p.planned_at, p.local_day, p.local_hour, c.time_zone AS zone
       FROM posts p JOIN clients c ON c.id = p.client_id ORDER BY p.seq`,
    )
    .all() as Stored[];

const storedOf = (core: TestCore, id: string) => {
  const row = stored(core).find((r) => r.id === id);
  return row && [row.local_day, row.local_hour];
};

/** What the day and hour must be: the post's instant on its client's wall clock. */
function expectAllRight(rows: readonly Stored[]) {
  for (const row of rows) {
    const wall = utcToZoned(row.planned_at, row.zone);
    expect([row.local_day, row.local_hour], `${row.id} at ${row.planned_at} in ${row.zone}`).toEqual([
      wall.date,
      Math.floor(wall.minutes / 60),
    ]);
  }
}

describe("a post's day and hour on its client's clock", () => {
  for (const version of [20, 30])
    it(`are filled in for every post of a schema ${version} file, trashed ones included`, async () => {
      const core = await startTestCore({ dataDir: folderWithFixture(fixtureName(version)) });
      const rows = stored(core);
      expect(rows.length).toBeGreaterThan(5);
      expectAllRight(rows);
    });

  it('are written by a create, a move, a time change, a duplicate and a copy, over clock changes', async () => {
    const core = await startTestCore();
    const { li, create } = await seedCalendar(core);
    // The second 02:30 of the night Paris goes back to winter time: 01:30 UTC, still hour 2.
    const autumn = await create({ date: '2026-10-25', time: '02:30', occurrence: 'later' });
    expect(storedOf(core, autumn.id)).toEqual(['2026-10-25', 2]);
    // 02:30 does not exist on 29 March in Paris: it becomes 03:30.
    await core.call('posts.move', { ids: [autumn.id], date: '2026-03-29', time: '02:30' });
    expect(storedOf(core, autumn.id)).toEqual(['2026-03-29', 3]);
    await core.call('posts.update', { id: autumn.id, time: '23:45' });
    expect(storedOf(core, autumn.id)).toEqual(['2026-03-29', 23]);
    await core.call('posts.update', { id: autumn.id, date: '2026-03-30' });
    expect(storedOf(core, autumn.id)).toEqual(['2026-03-30', 23]);
    const copies = await core.call('posts.duplicate', {
      id: autumn.id,
      channelIds: [li.id],
      dates: ['2026-10-25'],
    });
    expect(copies.map((c) => storedOf(core, c.id))).toEqual([
      ['2026-03-30', 23],
      ['2026-10-25', 23],
    ]);
    const [copied] = await core.call('posts.copy', { ids: [autumn.id], days: 7, keepStatuses: false });
    expect(storedOf(core, copied?.id ?? '')).toEqual(['2026-04-06', 23]);
    expectAllRight(stored(core));
  });

  it("move with the client's zone, for posts in the trash too, and stay right when they come back", async () => {
    const core = await startTestCore();
    const { client, create, createOther } = await seedCalendar(core);
    const evening = await create({ date: '2026-11-20', time: '23:30', status: 'published' });
    const morning = await create({ date: '2026-07-01', time: '08:00' });
    const neighbour = await createOther({ date: '2026-11-20', time: '23:30' });
    await core.call('posts.delete', { ids: [morning.id] });

    await core.call('clients.update', { id: client.id, timeZone: 'Asia/Tokyo' });
    // 23:30 in Paris (UTC+1) is 07:30 the next day in Tokyo; 08:00 in Paris in summer is 15:00.
    expect(storedOf(core, evening.id)).toEqual(['2026-11-21', 7]);
    expect(storedOf(core, morning.id)).toEqual(['2026-07-01', 15]);
    // Another client's posts stay on their own clock.
    expect(storedOf(core, neighbour.id)).toEqual(['2026-11-20', 23]);

    await core.call('trash.restore', { type: 'post', id: morning.id });
    expect(storedOf(core, morning.id)).toEqual(['2026-07-01', 15]);
    // The dashboard places it on Saturday at 7 now.
    const week = await core.call('kpis.dashboard', {
      clientId: client.id,
      from: '2026-11-16',
      to: '2026-11-23',
    });
    expect(week.heatmap.map((c) => [c.weekday, c.hour, c.totals.posts])).toEqual([[5, 7, 1]]);
    expectAllRight(stored(core));
  });
});
