import { describe, expect, it } from 'vitest';
import type { FollowerCount } from '../../shared/domain/followers.ts';
import { startTestCore, type TestCore } from '../support/hosts/fixture.ts';
import { countRows } from '../support/readers/db-dump.ts';
import { seedCalendar } from '../support/seeds/calendar-seed.ts';
import { clientInput } from '../support/seeds/inputs.ts';

/** The bakery on three networks, and its neighbour on X. */
const bakery = (core: TestCore) =>
  seedCalendar(core, {
    channels: {
      ig: {},
      fb: { network: 'facebook', handle: 'Boulangerie Martin', url: '' },
      li: { network: 'linkedin', handle: 'boulangerie-martin', url: '' },
    },
  });

const key = (c: FollowerCount) => `${c.channelId} ${c.takenOn}`;
/** In the list's order, by channel then day (code-point order, as SQLite compares text). */
const byChannel = (counts: readonly FollowerCount[]) =>
  [...counts].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));

const count = (
  channelId: string,
  takenOn: string,
  followers: number,
  profileVisits: number | null = null,
) => ({
  channelId,
  takenOn,
  followers,
  profileVisits,
});

describe('followers', () => {
  it("saves the weekly count of every channel of a client in one form, and answers each channel's latest", async () => {
    const core = await startTestCore();
    const { client, ig, fb, li } = await bakery(core);
    const saved = await core.call('followers.save', {
      clientId: client.id,
      on: '2026-11-23',
      entries: [
        { channelId: ig.id, followers: 1240, profileVisits: 85 },
        { channelId: fb.id, followers: 480 },
        { channelId: li.id, followers: 0, profileVisits: 0 },
      ],
    });
    expect(byChannel(saved)).toEqual(
      byChannel([
        count(ig.id, '2026-11-23', 1240, 85),
        count(fb.id, '2026-11-23', 480),
        count(li.id, '2026-11-23', 0, 0),
      ]),
    );
    expect(countRows(core.ctx.db, 'SELECT count(*) FROM follower_counts')).toBe(3);
  });

  it('corrects a count typed again the same day instead of adding one', async () => {
    const core = await startTestCore();
    const { client, ig, fb } = await bakery(core);
    const week = (followers: number, profileVisits: number | null) =>
      core.call('followers.save', {
        clientId: client.id,
        on: '2026-11-23',
        entries: [
          { channelId: ig.id, followers, profileVisits },
          { channelId: fb.id, followers: 480 },
        ],
      });
    await week(1240, 85);
    core.clock.advance(60_000);
    const corrected = await week(1204, null);
    expect(byChannel(corrected)).toEqual(
      byChannel([count(ig.id, '2026-11-23', 1204), count(fb.id, '2026-11-23', 480)]),
    );
    expect(countRows(core.ctx.db, 'SELECT count(*) FROM follower_counts')).toBe(2);
    expect(
      countRows(
        core.ctx.db,
        'SELECT count(*) FROM follower_counts WHERE updated_at = ?',
        '2026-11-26T09:01:00.000Z',
      ),
    ).toBe(2);
  });

  it("answers each channel's latest count on or before a day, leaving out channels not counted yet", async () => {
    const core = await startTestCore();
    const { client, ig, fb, li } = await bakery(core);
    const save = (on: string, entries: { channelId: string; followers: number }[]) =>
      core.call('followers.save', { clientId: client.id, on, entries });
    await save('2026-11-02', [{ channelId: ig.id, followers: 1000 }]);
    await save('2026-11-16', [
      { channelId: ig.id, followers: 1050 },
      { channelId: fb.id, followers: 400 },
    ]);
    // Saving only Instagram still answers Facebook's count from the week before.
    const afterSave = await save('2026-11-23', [{ channelId: ig.id, followers: 1100 }]);
    expect(byChannel(afterSave)).toEqual(
      byChannel([count(ig.id, '2026-11-23', 1100), count(fb.id, '2026-11-16', 400)]),
    );

    const latest = async (on: string) =>
      byChannel(await core.call('followers.latest', { clientId: client.id, on }));
    expect(await latest('2026-11-01')).toEqual([]);
    expect(await latest('2026-11-10')).toEqual([count(ig.id, '2026-11-02', 1000)]);
    expect(await latest('2026-11-16')).toEqual(
      byChannel([count(ig.id, '2026-11-16', 1050), count(fb.id, '2026-11-16', 400)]),
    );
    expect(await latest('2026-11-22')).toEqual(await latest('2026-11-16'));
    expect(await latest('2026-12-31')).toEqual(byChannel(afterSave));
    expect((await latest('2026-12-31')).map((c) => c.channelId)).not.toContain(li.id);
  });

  it('lists the counts of a range of days, first day in, last day out', async () => {
    const core = await startTestCore();
    const { client, ig, fb, other, otherChannel } = await bakery(core);
    const save = (clientId: string, on: string, entries: { channelId: string; followers: number }[]) =>
      core.call('followers.save', { clientId, on, entries });
    await save(client.id, '2026-11-01', [{ channelId: ig.id, followers: 990 }]);
    await save(client.id, '2026-11-02', [{ channelId: ig.id, followers: 1000 }]);
    await save(client.id, '2026-11-16', [
      { channelId: ig.id, followers: 1050 },
      { channelId: fb.id, followers: 400 },
    ]);
    await save(client.id, '2026-11-23', [{ channelId: ig.id, followers: 1100 }]);
    await save(other.id, '2026-11-16', [{ channelId: otherChannel.id, followers: 75 }]);

    const listed = await core.call('followers.list', {
      clientId: client.id,
      from: '2026-11-02',
      to: '2026-11-23',
    });
    expect(listed).toEqual(
      byChannel([
        count(ig.id, '2026-11-02', 1000),
        count(ig.id, '2026-11-16', 1050),
        count(fb.id, '2026-11-16', 400),
      ]),
    );
    expect(
      await core.call('followers.list', { clientId: client.id, from: '2026-11-24', to: '2026-12-01' }),
    ).toEqual([]);
    expect(
      await core.call('followers.list', { clientId: other.id, from: '2026-11-01', to: '2026-12-01' }),
    ).toEqual([count(otherChannel.id, '2026-11-16', 75)]);
  });

  it('still counts an archived channel, and forgets a channel in the trash until it is restored', async () => {
    const core = await startTestCore();
    const { client, ig, fb, li } = await bakery(core);
    await core.call('channels.archive', { id: li.id, archived: true });
    // An archived channel keeps its audience, and the weekly form may still log it.
    const saved = await core.call('followers.save', {
      clientId: client.id,
      on: '2026-11-23',
      entries: [
        { channelId: ig.id, followers: 1240 },
        { channelId: fb.id, followers: 480 },
        { channelId: li.id, followers: 95 },
      ],
    });
    expect(saved.map((c) => c.channelId).sort()).toEqual([ig.id, fb.id, li.id].sort());

    await core.call('channels.delete', { id: fb.id });
    const range = { clientId: client.id, from: '2026-11-01', to: '2026-12-01' };
    const live = byChannel([count(ig.id, '2026-11-23', 1240), count(li.id, '2026-11-23', 95)]);
    expect(byChannel(await core.call('followers.latest', { clientId: client.id, on: '2026-11-26' }))).toEqual(
      live,
    );
    expect(await core.call('followers.list', range)).toEqual(live);

    await core.call('trash.restore', { type: 'channel', id: fb.id });
    expect(await core.call('followers.list', range)).toEqual(byChannel(saved));
  });

  it("takes today on the client's wall clock: tomorrow in Paris is already today in Auckland", async () => {
    const core = await startTestCore();
    // 12:00 UTC on 26 November: 13:00 in Paris, 01:00 on the 27th in Auckland (UTC+13 in summer).
    core.clock.set('2026-11-26T12:00:00.000Z');
    const { client, ig } = await bakery(core);
    const kiwi = await core.call(
      'clients.create',
      clientInput({ name: 'Kiwi Bakery', timeZone: 'Pacific/Auckland' }),
    );
    const kiwiChannel = await core.call('channels.create', {
      clientId: kiwi.id,
      network: 'instagram',
      handle: '@kiwi.bakery',
    });
    const on27 = (clientId: string, channelId: string) =>
      core.dispatch('followers.save', {
        clientId,
        on: '2026-11-27',
        entries: [{ channelId, followers: 300 }],
      });
    expect(await on27(client.id, ig.id)).toEqual({
      ok: false,
      error: {
        code: 'invalid_input',
        message: expect.any(String),
        issues: [{ path: ['on'], code: 'futureDate', params: { date: '2026-11-26' } }],
      },
    });
    expect(await on27(kiwi.id, kiwiChannel.id)).toMatchObject({
      ok: true,
      value: [count(kiwiChannel.id, '2026-11-27', 300)],
    });
  });
});
