import { describe, expect, it } from 'vitest';
import { followerTimeline } from '../../electron/services/numbers/follower-timeline.ts';
import { startTestCore } from '../support/hosts/fixture.ts';
import { seedCalendar } from '../support/seeds/calendar-seed.ts';

describe('the follower timeline', () => {
  it('walks a channel day by day like looking each day up, and starts over when a day comes back', async () => {
    const core = await startTestCore();
    const { client, ig } = await seedCalendar(core, { channels: { ig: {} } });
    for (const [on, followers] of [
      ['2026-01-05', 100],
      ['2026-01-10', 120],
      ['2026-02-01', 150],
    ] as const)
      await core.call('followers.save', {
        clientId: client.id,
        on,
        entries: [{ channelId: ig.id, followers }],
      });
    const timeline = followerTimeline(core.ctx.db, client.id, '2026-01-07', '2026-03-01');
    const walk = timeline.walk(ig.id);
    const asked = ['2026-01-04', '2026-01-05', '2026-01-09', '2026-01-10', '2026-01-31', '2026-02-20'];
    expect(asked.map(walk)).toEqual([null, 100, 100, 120, 120, 150]);
    // Out of order: the same answers as a lookup.
    expect(['2026-01-06', '2026-02-02', '2026-01-04'].map(walk)).toEqual([100, 150, null]);
    expect(['2026-01-06', '2026-02-02', '2026-01-04'].map((d) => timeline.at(ig.id, d))).toEqual([
      100,
      150,
      null,
    ]);
  });
});
