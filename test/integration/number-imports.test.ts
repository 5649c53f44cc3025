import { describe, expect, it } from 'vitest';
import type { NumberImportPreviewResult } from '../../shared/domain/number-import.ts';
import { fixtureBytes, mustRead, readFixture } from '../support/files/export-fixtures.ts';
import { startTestCore, type TestCore } from '../support/hosts/fixture.ts';
import { channelInput, clientInput } from '../support/seeds/inputs.ts';

/** The test clock's today on a Paris client's clock: lifetime numbers are read on it. */
const TODAY = '2026-11-26';
const IG = 'meta-instagram-posts.csv';

const base64 = (name: string) => Buffer.from(fixtureBytes(name)).toString('base64');

async function bakery(core: TestCore) {
  const client = await core.call('clients.create', clientInput({ timeZone: 'Europe/Paris' }));
  const instagram = await core.call(
    'channels.create',
    channelInput(client.id, { network: 'instagram', handle: 'boulangerie.martin' }),
  );
  return { client, instagram };
}

const preview = (core: TestCore, clientId: string, name: string, more: object = {}) =>
  core.call('imports.preview', { clientId, fileName: name, base64: base64(name), ...more });

/** Everything a user could see change: posts with their readings, and follower counts. */
async function everything(core: TestCore, clientId: string) {
  const posts = await core.call('posts.list', { clientId, from: '2026-09-01', to: '2026-12-31' });
  const readings = await Promise.all(posts.map((p) => core.call('metrics.history', { postId: p.id })));
  return { posts, readings };
}

describe('numbers in by file', () => {
  it('matches an Instagram export to the planned posts, creates the others, and fills the grid and the dashboard', async () => {
    const core = await startTestCore();
    const { client, instagram } = await bakery(core);
    const file = mustRead(readFixture(IG));
    // The CM had planned the first five posts at the times the file gives, on the client's clock.
    const planned = [];
    for (const row of file.rows.slice(0, 5)) {
      if (row.published?.kind !== 'local') throw new Error('Meta gives a local time');
      planned.push(
        await core.call('posts.create', {
          clientId: client.id,
          channelId: instagram.id,
          date: row.published.date,
          time: row.published.time ?? '12:00',
          status: 'ready',
          format: 'image',
          caption: row.caption ?? '',
        }),
      );
    }

    const seen: NumberImportPreviewResult = await preview(core, client.id, IG);
    expect(seen).toMatchObject({
      format: 'metaInstagramPosts',
      network: 'instagram',
      channelId: instagram.id,
      asOf: TODAY,
      counts: {
        rows: file.rows.length,
        matched: 5,
        created: file.rows.length - 5,
        ambiguous: 0,
        unplaced: 0,
      },
    });
    expect(seen.columns.find((c) => c.meaning === 'impressions')?.header).toBe('Views');
    const first = seen.rows.find((r) => r.line === file.rows[0]?.line);
    expect(first?.match).toEqual({ kind: 'post', postId: planned[0]?.id, by: 'timeAndCaption' });
    expect(first?.takenOn).toBe(TODAY);

    const done = await core.call('imports.commit', { importId: seen.importId });
    expect(done).toMatchObject({ created: file.rows.length - 5, updated: 5, readings: file.rows.length });

    // The planned post is now published, where the network put it, with the file's numbers.
    const post = await core.call('posts.get', { id: planned[0]?.id ?? '' });
    expect([post.status, post.networkPostId, post.permalink]).toEqual([
      'published',
      file.rows[0]?.externalId,
      file.rows[0]?.permalink,
    ]);
    const [reading] = await core.call('metrics.history', { postId: post.id });
    expect(reading?.takenOn).toBe(TODAY);
    expect(reading?.values).toMatchObject(file.rows[0]?.metrics ?? {});

    // The month's dashboard counts every post of the file, with the file's reach.
    const october = await core.call('kpis.dashboard', {
      clientId: client.id,
      from: '2026-10-01',
      to: '2026-11-01',
      basis: 'reach',
    });
    const reach = file.rows.reduce((sum, r) => sum + (r.metrics.reach ?? 0), 0);
    expect(october.current.totals.posts).toBe(file.rows.length);
    expect(october.current.totals.sums.reach).toBe(reach);
  });

  it('a second import of the same file changes nothing, and Undo puts everything back as it was', async () => {
    const core = await startTestCore();
    const { client } = await bakery(core);
    const before = await everything(core, client.id);
    const first = await preview(core, client.id, IG);
    await core.call('imports.commit', { importId: first.importId });
    const after = await everything(core, client.id);
    expect(after.posts.length).toBe(first.counts.rows);

    core.clock.advance(24 * 60 * 60 * 1000);
    const again = await preview(core, client.id, IG);
    expect(again.counts).toMatchObject({
      matched: first.counts.rows,
      created: 0,
      unchanged: first.counts.rows,
    });
    expect(again.rows.every((r) => r.match.kind === 'post' && r.match.by === 'id')).toBe(true);
    const second = await core.call('imports.commit', { importId: again.importId });
    expect(second).toMatchObject({ created: 0, readings: 0 });
    expect(await everything(core, client.id)).toEqual(after);

    await core.call('imports.undo', { importId: first.importId });
    expect(await everything(core, client.id)).toEqual(before);
    // Once.
    expect(await core.dispatch('imports.undo', { importId: first.importId })).toMatchObject({
      ok: false,
      error: { code: 'not_found' },
    });
  });

  it('turns a daily series of new follows into follower counts from a known count, and says when it needs one', async () => {
    const core = await startTestCore();
    const { client, instagram } = await bakery(core);
    const name = 'meta-instagram-follows-daily.csv';
    const file = mustRead(readFixture(name));
    const seen = await preview(core, client.id, name);
    expect(seen).toMatchObject({
      kind: 'daily',
      series: { measure: 'newFollows' },
      channelId: instagram.id,
      followers: { from: null, firstDay: '2026-10-01', days: file.rows.length },
    });
    expect(await core.dispatch('imports.commit', { importId: seen.importId })).toMatchObject({
      ok: false,
      error: {
        issues: [{ path: ['knownFollowers'], code: 'noKnownFollowers', params: { date: '2026-09-30' } }],
      },
    });
    await core.call('imports.commit', {
      importId: seen.importId,
      knownFollowers: { on: '2026-09-30', count: 1000 },
    });
    const counts = await core.call('followers.list', {
      clientId: client.id,
      from: '2026-09-30',
      to: '2026-11-01',
    });
    let running = 1000;
    const expected = [{ takenOn: '2026-09-30', followers: 1000 }];
    for (const row of file.rows) {
      running += row.follows ?? 0;
      expected.push({ takenOn: String(row.date), followers: running });
    }
    expect(counts.map((c) => ({ takenOn: c.takenOn, followers: c.followers }))).toEqual(expected);
  });

  it('refuses a file whose posts are another client’s, and writes nothing', async () => {
    const core = await startTestCore();
    const { client } = await bakery(core);
    await core.call('imports.commit', { importId: (await preview(core, client.id, IG)).importId });
    const other = await bakery(core);
    const result = await core.dispatch('imports.preview', {
      clientId: other.client.id,
      fileName: IG,
      base64: base64(IG),
    });
    expect(result).toMatchObject({
      ok: false,
      error: { issues: [{ path: ['file'], code: 'otherClientFile', params: { client: client.name } }] },
    });
  });

  it('with two Instagram accounts, takes the one the file names, and adds a reel as a reel', async () => {
    const core = await startTestCore();
    const { client, instagram } = await bakery(core);
    await core.call(
      'channels.create',
      channelInput(client.id, { network: 'instagram', handle: '@atelier.martin' }),
    );
    const file = mustRead(readFixture(IG));
    const seen = await preview(core, client.id, IG);
    expect(seen.channelId).toBe(instagram.id);
    await core.call('imports.commit', { importId: seen.importId });
    const reel = file.rows.find((r) => r.format === 'reel');
    const posts = await core.call('posts.list', {
      clientId: client.id,
      from: '2026-09-01',
      to: '2026-12-31',
    });
    expect(posts.find((p) => p.networkPostId === reel?.externalId)?.format).toBe('reel');
    expect(new Set(posts.map((p) => p.format))).toEqual(new Set(file.rows.map((r) => r.format)));
  });

  it('a day of a follows series the user skips is neither counted nor added', async () => {
    const core = await startTestCore();
    const { client } = await bakery(core);
    const name = 'meta-instagram-follows-daily.csv';
    const file = mustRead(readFixture(name));
    const seen = await preview(core, client.id, name);
    expect(seen.rows.every((r) => r.match.kind === 'day')).toBe(true);
    const [first, second, third] = file.rows;
    await core.call('imports.commit', {
      importId: seen.importId,
      skipLines: [second?.line ?? 0],
      knownFollowers: { on: '2026-09-30', count: 500 },
    });
    const counts = await core.call('followers.list', {
      clientId: client.id,
      from: '2026-10-01',
      to: '2026-10-04',
    });
    const start = 500 + (first?.follows ?? 0);
    expect(counts.map((c) => [c.takenOn, c.followers])).toEqual([
      [first?.date, start],
      [third?.date, start + (third?.follows ?? 0)],
    ]);
  });

  describe('what a freelancer does next, and files that are not what they seem', () => {
    const HEADER =
      '"Post ID","Account ID","Account username","Account name",Description,"Duration (sec)","Publish time",Permalink,"Post type","Data comment",Date,Views,Reach,Likes,Shares,Follows,Comments,Saves';
    const igRow = (id: string, time: string, views: number) =>
      `"${id}","178","boulangerie.martin","Boulangerie Martin","Pain au levain du jour",0,"${time}","https://www.instagram.com/p/${id}/","IG image","",Lifetime,${views},${views - 100},80,3,1,5,7`;
    const csv = (...lines: string[]) => Buffer.from([HEADER, ...lines].join('\n')).toString('base64');
    const previewText = (core: TestCore, clientId: string, base64: string, fileName = 'export.csv') =>
      core.call('imports.preview', { clientId, fileName, base64 });

    it('a post listed twice in a file becomes one post', async () => {
      const core = await startTestCore();
      const { client } = await bakery(core);
      const seen = await previewText(
        core,
        client.id,
        csv(igRow('1801', '11/20/2026 09:00', 900), igRow('1801', '11/20/2026 09:00', 900)),
      );
      expect(seen.counts).toMatchObject({ rows: 2, created: 1 });
      expect(await core.call('imports.commit', { importId: seen.importId })).toMatchObject({ created: 1 });
      const posts = await core.call('posts.list', {
        clientId: client.id,
        from: '2026-11-01',
        to: '2026-12-01',
      });
      expect(posts.map((p) => p.networkPostId)).toEqual(['1801']);
    });

    it('the same export downloaded twice is written once: the second commit says the data changed', async () => {
      const core = await startTestCore();
      const { client } = await bakery(core);
      const file = csv(igRow('1802', '11/21/2026 09:00', 900));
      const first = await previewText(core, client.id, file);
      const second = await previewText(core, client.id, file, 'export (1).csv');
      await core.call('imports.commit', { importId: first.importId });
      expect(await core.dispatch('imports.commit', { importId: second.importId })).toMatchObject({
        ok: false,
        error: { code: 'conflict', issues: [{ code: 'importChanged' }] },
      });
      const posts = await core.call('posts.list', {
        clientId: client.id,
        from: '2026-11-01',
        to: '2026-12-01',
      });
      expect(posts).toHaveLength(1);
    });

    it('Undo is refused, and changes nothing, once a number of the import was corrected by hand', async () => {
      const core = await startTestCore();
      const { client } = await bakery(core);
      const seen = await previewText(core, client.id, csv(igRow('1803', '11/22/2026 09:00', 900)));
      await core.call('imports.commit', { importId: seen.importId });
      core.clock.advance(60_000);
      const [post] = await core.call('posts.list', {
        clientId: client.id,
        from: '2026-11-01',
        to: '2026-12-01',
      });
      await core.call('metrics.save', {
        on: TODAY,
        cells: [{ postId: post?.id ?? '', metric: 'impressions', value: 1000 }],
      });
      const before = await everything(core, client.id);
      expect(await core.dispatch('imports.undo', { importId: seen.importId })).toMatchObject({
        ok: false,
        error: { code: 'conflict', issues: [{ code: 'importEdited' }] },
      });
      expect(await everything(core, client.id)).toEqual(before);
    });

    it('a follows series does not start from a count months old: it asks, and the count given wins', async () => {
      const core = await startTestCore();
      const { client, instagram } = await bakery(core);
      await core.call('followers.save', {
        clientId: client.id,
        on: '2026-03-01',
        entries: [{ channelId: instagram.id, followers: 400, profileVisits: null }],
      });
      const name = 'meta-instagram-follows-daily.csv';
      const seen = await preview(core, client.id, name);
      expect(seen.followers?.from).toBeNull();
      await core.call('imports.commit', {
        importId: seen.importId,
        knownFollowers: { on: '2026-09-30', count: 1000 },
      });
      const [first] = await core.call('followers.list', {
        clientId: client.id,
        from: '2026-10-01',
        to: '2026-10-02',
      });
      const day1 = mustRead(readFixture(name)).rows[0]?.follows ?? 0;
      expect(first?.followers).toBe(1000 + day1);
    });

    it('a day that cannot be read is left out, never dated today; a reach series is not stored and cannot be imported', async () => {
      const core = await startTestCore();
      const { client } = await bakery(core);
      const series = (title: string, rows: string[]) =>
        Buffer.from(['sep=,', `"${title}"`, '"Date","Primary"', ...rows].join('\r\n')).toString('base64');
      const follows = await previewText(
        core,
        client.id,
        series('Instagram follows', ['"2026-10-01T00:00:00","3"', '"01/10/2026 ??","500"']),
      );
      expect(follows.rows.map((r) => r.notes)).toEqual([[], ['unplaced']]);
      const reach = await previewText(
        core,
        client.id,
        series('Instagram reach', ['"2026-10-01T00:00:00","300"']),
      );
      expect(reach).toMatchObject({ importId: '', counts: { leftOut: 1 } });
      expect(reach.rows[0]?.notes).toEqual(['notStored']);
    });
  });
});
