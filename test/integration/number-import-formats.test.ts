import { describe, expect, it } from 'vitest';
import { utcToZoned } from '../../shared/calendar/zoned.ts';
import type { Metric } from '../../shared/domain/metrics.ts';
import type { NumberImportPreviewResult, PreviewRow } from '../../shared/domain/number-import.ts';
import type { PostFormat } from '../../shared/domain/post.ts';
import { parseCsv } from '../../shared/export/csv.ts';
import type { FormatId } from '../../shared/imports/catalogue.ts';
import type { ImportRow, ReadExport } from '../../shared/imports/result.ts';
import { readTextSource } from '../../shared/imports/text-table.ts';
import type { NetworkId } from '../../shared/networks.ts';
import { fixtureBytes, fixtureText, mustRead, readFixture, total } from '../support/files/export-fixtures.ts';
import { withZipPart, writeWorkbook } from '../support/files/workbook-writer.ts';
import { writeZip } from '../support/files/zip-writer.ts';
import { startTestCore, type TestCore } from '../support/hosts/fixture.ts';
import { channelInput, clientInput } from '../support/seeds/inputs.ts';

/** The test clock's today on a Paris client's clock: lifetime numbers are read on it. */
const TODAY = '2026-11-26';
const ZONE = 'Europe/Paris';
/** The hours a CM planned day-only posts at: past midnight, evening, just before midnight. */
const ANY_HOUR = ['00:15', '18:30', '23:50'];
const OCTOBER = { from: '2026-10-01', to: '2026-11-01' };

/** What the user drops: a file's name and bytes, and the sheet or zip entry Calepin should read. */
interface Dropped {
  fileName: string;
  bytes: Uint8Array;
  part: string | null;
}

interface FormatCase {
  title: string;
  /** The fixture the expected values are read from (with the pure reader). */
  fixture: string;
  /** The file as dropped; the fixture itself by default. */
  dropped?: () => Dropped;
  format: FormatId;
  network: NetworkId;
  /** Each metric's column, as the network writes its header. */
  words: Partial<Record<Metric, string>>;
  /** The column of follows a post brought: kept aside, never a metric. */
  follows?: string;
  /** Columns the network writes that Calepin must not count. */
  ignored: string[];
  /** What the CM planned the posts as. */
  postFormat: PostFormat;
  /** A sum of the dashboard (and an objective's KPI) that the file's numbers feed. */
  sum: 'impressions' | 'reach' | 'videoViews' | 'linkClicks';
  /** The dashboard's period: the month the file covers (TikTok's 30 days straddle two). */
  period: { from: string; to: string };
}

const asIs = (name: string) => (): Dropped => ({ fileName: name, bytes: fixtureBytes(name), part: null });

const LINKEDIN_ROWS = 'linkedin-all-posts.rows.json';
const linkedinRecords = (): string[][] => JSON.parse(fixtureText(LINKEDIN_ROWS)) as string[][];

const linkedinWorkbook = (): Dropped => ({
  fileName: 'Boulangerie Martin_content_1759276800000.xlsx',
  bytes: new Uint8Array(writeWorkbook(linkedinRecords())),
  part: 'All posts',
});

/** TikTok Studio's download: a zip of several CSVs, the posts in `Content.csv` (not the first). */
const tiktokZip = (content: string) => (): Dropped => ({
  fileName: 'tiktok-studio-export.zip',
  bytes: new Uint8Array(
    writeZip([
      {
        name: 'Overview.csv',
        data: Buffer.from(
          '"Date","Video Views","Profile Views","Likes","Comments","Shares"\n"September 15","1210","34","98","4","2"\n',
        ),
      },
      { name: 'Content.csv', data: fixtureBytes(content) },
      {
        name: 'FollowerHistory.csv',
        data: Buffer.from(
          '"Date","Followers","Difference in followers from previous day"\n"September 15","812","3"\n',
        ),
      },
    ]),
  ),
  part: 'Content.csv',
});

const FACEBOOK_EN = {
  impressions: 'Views',
  reach: 'Reach',
  reactions: 'Reactions',
  comments: 'Comments',
  shares: 'Shares',
  linkClicks: 'Link clicks',
};
const TIKTOK = {
  videoViews: 'Total views',
  reactions: 'Total likes',
  comments: 'Total comments',
  shares: 'Total shares',
};

const FORMATS: FormatCase[] = [
  {
    title: 'Meta Facebook posts, English headers',
    fixture: 'meta-facebook-posts-en.csv',
    format: 'metaFacebookPosts',
    network: 'facebook',
    words: FACEBOOK_EN,
    ignored: ['Total clicks', 'Other Clicks', 'Reactions, Comments and Shares'],
    postFormat: 'image',
    sum: 'reach',
    period: OCTOBER,
  },
  {
    title: 'Meta Facebook posts, French headers',
    fixture: 'meta-facebook-posts-fr.csv',
    format: 'metaFacebookPosts',
    network: 'facebook',
    words: {
      impressions: 'Vues',
      reach: 'Couverture',
      reactions: 'Réactions',
      comments: 'Commentaires',
      shares: 'Partages',
      linkClicks: 'Clics sur un lien',
    },
    ignored: ['Total des clics', 'Autres clics', 'Réactions, commentaires et partages'],
    postFormat: 'image',
    sum: 'impressions',
    period: OCTOBER,
  },
  {
    title: 'Meta Instagram posts',
    fixture: 'meta-instagram-posts.csv',
    format: 'metaInstagramPosts',
    network: 'instagram',
    words: {
      impressions: 'Views',
      reach: 'Reach',
      reactions: 'Likes',
      comments: 'Comments',
      shares: 'Shares',
      saves: 'Saves',
    },
    follows: 'Follows',
    ignored: ['Duration (sec)', 'Account ID'],
    postFormat: 'image',
    sum: 'reach',
    period: OCTOBER,
  },
  {
    title: 'X tweet activity (legacy)',
    fixture: 'x-tweet-activity.csv',
    format: 'xTweetActivity',
    network: 'x',
    words: {
      impressions: 'impressions',
      reactions: 'likes',
      comments: 'replies',
      shares: 'retweets',
      linkClicks: 'url clicks',
      profileVisits: 'user profile clicks',
    },
    follows: 'follows',
    ignored: ['engagements', 'engagement rate', 'media views'],
    postFormat: 'text',
    sum: 'impressions',
    period: OCTOBER,
  },
  {
    title: 'X content (current)',
    fixture: 'x-content.csv',
    format: 'xContent',
    network: 'x',
    words: {
      impressions: 'Impressions',
      reactions: 'Likes',
      comments: 'Replies',
      shares: 'Reposts',
      saves: 'Bookmarks',
      linkClicks: 'URL Clicks',
      profileVisits: 'Profile visits',
    },
    follows: 'New follows',
    ignored: ['Shares', 'Engagements'],
    postFormat: 'text',
    sum: 'linkClicks',
    period: OCTOBER,
  },
  {
    title: 'YouTube Studio table data',
    fixture: 'youtube-table-data.csv',
    format: 'youtubeTableData',
    network: 'youtube',
    words: { videoViews: 'Views', impressions: 'Impressions' },
    ignored: ['Subscribers', 'Watch time (hours)', 'Impressions click-through rate (%)'],
    postFormat: 'video',
    sum: 'videoViews',
    period: OCTOBER,
  },
  {
    title: 'TikTok Studio content, English dates',
    fixture: 'tiktok-content-en.csv',
    format: 'tiktokContent',
    network: 'tiktok',
    words: TIKTOK,
    ignored: [],
    postFormat: 'video',
    sum: 'videoViews',
    period: { from: '2026-09-01', to: '2026-11-01' },
  },
  {
    title: 'TikTok Studio content, Spanish dates',
    fixture: 'tiktok-content-es.csv',
    format: 'tiktokContent',
    network: 'tiktok',
    words: TIKTOK,
    ignored: [],
    postFormat: 'video',
    sum: 'videoViews',
    period: { from: '2026-09-01', to: '2026-11-01' },
  },
  {
    title: 'TikTok Studio content, as its zip of CSVs',
    fixture: 'tiktok-content-en.csv',
    dropped: tiktokZip('tiktok-content-en.csv'),
    format: 'tiktokContent',
    network: 'tiktok',
    words: TIKTOK,
    ignored: [],
    postFormat: 'video',
    sum: 'videoViews',
    period: { from: '2026-09-01', to: '2026-11-01' },
  },
  {
    title: 'LinkedIn all posts, as its .xlsx workbook',
    fixture: LINKEDIN_ROWS,
    dropped: linkedinWorkbook,
    format: 'linkedinAllPosts',
    network: 'linkedin',
    words: {
      impressions: 'Impressions',
      linkClicks: 'Clicks',
      reactions: 'Likes',
      comments: 'Comments',
      shares: 'Reposts',
    },
    ignored: ['Click through rate (CTR)', 'Follows', 'Views (excluding off-site video views)'],
    postFormat: 'image',
    sum: 'impressions',
    period: OCTOBER,
  },
];

/** The file's records as a spreadsheet shows them (line n = record n), read apart from the import. */
function recordsOf(fixture: string): string[][] {
  if (fixture.endsWith('.json')) return linkedinRecords();
  const source = readTextSource(fixtureBytes(fixture));
  if (!source.ok) throw new Error(`cannot decode ${fixture}`);
  const parsed = parseCsv(source.text, source.delimiter);
  if (!parsed.ok) throw new Error(`cannot parse ${fixture}`);
  return parsed.records;
}

/** A count cell as the network writes it (`57.0`, `-` for none). */
function countIn(cell: string | undefined): number | undefined {
  const text = (cell ?? '').trim();
  if (text === '' || text === '-') return undefined;
  const value = Number(text);
  if (!Number.isFinite(value)) throw new Error(`not a count: ${text}`);
  return value;
}

/** Line breaks as a workbook keeps them (Excel writes `\n` in a cell). */
const lines = (text: string | null | undefined) => (text ?? '').replace(/\r\n?/g, '\n');

/** The day and time the file says the post went out, on the client's clock; null time: only the day. */
function wentOut(row: ImportRow): { date: string; time: string | null } {
  const published = row.published;
  if (!published) throw new Error(`line ${row.line} has no publication`);
  if (published.kind === 'instant') {
    const local = utcToZoned(published.at, ZONE);
    return { date: local.date, time: local.time };
  }
  return { date: published.date, time: published.time };
}

const base64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64');

const previewOf = (core: TestCore, clientId: string, file: Dropped) =>
  core.call('imports.preview', { clientId, fileName: file.fileName, base64: base64(file.bytes) });

/** A Paris client with a channel on the file's network, and one on another network beside it. */
async function clientFor(core: TestCore, network: NetworkId) {
  const client = await core.call('clients.create', clientInput({ timeZone: ZONE }));
  const channel = await core.call(
    'channels.create',
    channelInput(client.id, { network, handle: '@boulangerie.martin', url: '' }),
  );
  const other = await core.call(
    'channels.create',
    channelInput(client.id, {
      network: network === 'instagram' ? 'facebook' : 'instagram',
      handle: 'boulangerie.martin',
    }),
  );
  return { client, channel, other };
}

/** The rows the CM had planned: the first, one in the middle, the last. */
const plannedRows = (file: ReadExport): ImportRow[] => {
  const n = file.rows.length;
  return [file.rows[0], file.rows[Math.floor(n / 2)], file.rows[n - 1]].filter(
    (r): r is ImportRow => r !== undefined,
  );
};

describe.each(FORMATS)('numbers in by file: $title', (c) => {
  const file = mustRead(readFixture(c.fixture));
  const dropped = (c.dropped ?? asIs(c.fixture))();
  const byLine = new Map(file.rows.map((r) => [r.line, r]));

  /**
   * Plans the posts at the time the file gives on the client's clock; when it gives only a day, at
   * any hour of it, early or late (not the UTC day's).
   */
  async function plan(core: TestCore, clientId: string, channelId: string) {
    return Promise.all(
      plannedRows(file).map(async (row, i) => {
        const when = wentOut(row);
        const post = await core.call('posts.create', {
          clientId,
          channelId,
          date: when.date,
          time: when.time ?? ANY_HOUR[i] ?? '12:00',
          status: 'ready',
          format: c.postFormat,
          // The CM's caption: the file's, or one that starts the same and says more.
          caption: i === 1 ? `${row.caption ?? ''}\n\n#boulangerie #artisan` : (row.caption ?? ''),
        });
        return { row, post };
      }),
    );
  }

  it('previews the file: its format and network, its channel, the planned posts found, the rest new, each number under its column', async () => {
    const core = await startTestCore();
    const { client, channel, other } = await clientFor(core, c.network);
    const planned = await plan(core, client.id, channel.id);
    const seen: NumberImportPreviewResult = await previewOf(core, client.id, dropped);

    expect(seen).toMatchObject({
      format: c.format,
      network: c.network,
      kind: 'posts',
      part: dropped.part,
      channelId: channel.id,
      asOf: TODAY,
      unmapped: null,
      problems: [],
      counts: {
        rows: file.rows.length,
        matched: planned.length,
        created: file.rows.length - planned.length,
        ambiguous: 0,
        unplaced: 0,
        withProblems: 0,
        unchanged: 0,
      },
    });
    expect(seen.channelChoices).toEqual([channel.id, other.id]);

    // Every row is shown, in the file's order: the planned ones matched to their post, the others new.
    expect(seen.rows.map((r) => r.line)).toEqual(file.rows.map((r) => r.line));
    const plannedOn = new Map(planned.map((p) => [p.row.line, p.post.id]));
    for (const row of seen.rows) {
      const postId = plannedOn.get(row.line);
      if (postId)
        expect(row.match, `line ${row.line}`).toEqual({ kind: 'post', postId, by: 'timeAndCaption' });
      else expect(row.match, `line ${row.line}`).toEqual({ kind: 'new' });
      expect(row.notes, `line ${row.line}`).toEqual([]);
      expect(row.problems, `line ${row.line}`).toEqual([]);
      expect(row.takenOn, `line ${row.line}`).toBe(TODAY);
    }
    const first = seen.rows.find((r) => r.line === planned[0]?.row.line);
    expect(first?.posts.map((p) => p.id)).toEqual([planned[0]?.post.id]);

    // The network's own word stays on each column, and what Calepin reads in it.
    for (const [metric, word] of Object.entries(c.words))
      expect(
        seen.columns.filter((col) => col.meaning === metric).map((col) => col.header),
        metric,
      ).toEqual([word]);
    if (c.follows)
      expect(seen.columns.filter((col) => col.meaning === 'follows').map((col) => col.header)).toEqual([
        c.follows,
      ]);
    for (const word of c.ignored)
      expect(seen.columns.find((col) => col.header === word)?.meaning, word).toBeNull();

    // Each row's numbers are the file's, each taken from the column the network named.
    const records = recordsOf(c.fixture);
    for (const row of seen.rows) {
      expect(row.metrics, `line ${row.line}`).toEqual(byLine.get(row.line)?.metrics);
      const cells = records[row.line - 1];
      for (const [metric, word] of Object.entries(c.words)) {
        const index = seen.columns.find((col) => col.header === word)?.index ?? -1;
        expect(row.metrics[metric as Metric], `line ${row.line}, ${word}`).toBe(countIn(cells?.[index]));
      }
      const follows = seen.columns.find((col) => col.header === c.follows)?.index ?? -1;
      expect(row.follows, `line ${row.line}, ${c.follows}`).toBe(
        c.follows ? (countIn(cells?.[follows]) ?? null) : null,
      );
    }
  });

  it('commits: the planned posts are published with the network’s id and link, the others created, and the numbers reach the grid, the dashboard and an objective', async () => {
    const core = await startTestCore();
    const { client, channel } = await clientFor(core, c.network);
    const planned = await plan(core, client.id, channel.id);
    const seen = await previewOf(core, client.id, dropped);
    const done = await core.call('imports.commit', { importId: seen.importId });
    expect(done).toMatchObject({
      created: file.rows.length - planned.length,
      updated: planned.length,
      readings: file.rows.length,
      skipped: 0,
    });

    // The planned posts went out: published, where the network put them, with the file's numbers.
    for (const { row, post: before } of planned) {
      const post = await core.call('posts.get', { id: before.id });
      expect([post.status, post.networkPostId, post.permalink], `line ${row.line}`).toEqual([
        'published',
        row.externalId,
        row.permalink,
      ]);
      // At the moment the file says, or as planned when it gives only the day.
      const shown = seen.rows.find((r) => r.line === row.line);
      expect(post.publishedAt, `line ${row.line}`).toBe(shown?.publishedAt ?? before.plannedAt);
      expect(post.caption).toBe(before.caption);
      const history = await core.call('metrics.history', { postId: post.id });
      expect(
        history.map((h) => h.takenOn),
        `line ${row.line}`,
      ).toEqual([TODAY]);
      expect(history[0]?.values, `line ${row.line}`).toMatchObject(row.metrics);
    }

    // Every post of the file is there once, on the day it went out, with its caption and numbers.
    const posts = await core.call('posts.list', { clientId: client.id, ...c.period });
    expect(posts.length).toBe(file.rows.length);
    for (const row of file.rows) {
      const post = posts.find((p) => p.networkPostId === row.externalId);
      expect(post, `line ${row.line}`).toBeDefined();
      if (!post) continue;
      expect(
        {
          status: post.status,
          channelId: post.channelId,
          permalink: post.permalink,
          day: utcToZoned(post.plannedAt, ZONE).date,
        },
        `line ${row.line}`,
      ).toEqual({
        status: 'published',
        channelId: channel.id,
        permalink: row.permalink,
        day: wentOut(row).date,
      });
      if (!planned.some((p) => p.row.line === row.line))
        expect(lines(post.caption), `line ${row.line}`).toBe(lines(row.caption));
      const history = await core.call('metrics.history', { postId: post.id });
      expect(history.at(-1)?.values, `line ${row.line}`).toMatchObject(row.metrics);
    }

    // The dashboard counts every post of the file, and sums the file's numbers.
    const dashboard = await core.call('kpis.dashboard', { clientId: client.id, ...c.period, basis: 'reach' });
    expect(dashboard.current.totals.posts).toBe(file.rows.length);
    expect(dashboard.current.totals.sums[c.sum]).toBe(total(file.rows, c.sum));
    expect(dashboard.current.totals.sumPosts[c.sum]).toBe(file.rows.length);
    const perChannel = dashboard.channels.find((ch) => ch.channelId === channel.id);
    expect(perChannel?.current.totals.sums[c.sum]).toBe(total(file.rows, c.sum));

    // An objective on that KPI shows how far the file's numbers got it.
    const sum = total(file.rows, c.sum);
    await core.call('objectives.create', {
      clientId: client.id,
      channelId: channel.id,
      title: `Double the ${c.sum}`,
      kpi: c.sum,
      baseline: 0,
      target: sum * 2,
      goal: 'awareness',
      startOn: c.period.from,
      deadline: '2026-12-31',
    });
    const [objective] = await core.call('objectives.list', { clientId: client.id });
    expect(objective?.current).toEqual({ value: sum });
    expect(objective?.progress.percent).toBe(50);
  });

  it('a second preview of the same file finds every post by its id or link, unchanged, and its commit writes nothing', async () => {
    const core = await startTestCore();
    const { client, channel } = await clientFor(core, c.network);
    await plan(core, client.id, channel.id);
    await core.call('imports.commit', { importId: (await previewOf(core, client.id, dropped)).importId });
    const posts = await core.call('posts.list', { clientId: client.id, ...c.period });
    const readings = await Promise.all(posts.map((p) => core.call('metrics.history', { postId: p.id })));

    const again = await previewOf(core, client.id, dropped);
    expect(again.counts).toMatchObject({
      rows: file.rows.length,
      matched: file.rows.length,
      created: 0,
      ambiguous: 0,
      unchanged: file.rows.length,
    });
    const byPost = (r: PreviewRow) => (r.match.kind === 'post' ? r.match : null);
    for (const row of again.rows) {
      expect(['id', 'link'], `line ${row.line}`).toContain(byPost(row)?.by);
      expect(row.notes, `line ${row.line}`).toEqual(['unchanged']);
      const post = posts.find((p) => p.id === byPost(row)?.postId);
      expect(post?.networkPostId, `line ${row.line}`).toBe(byLine.get(row.line)?.externalId);
    }
    const second = await core.call('imports.commit', { importId: again.importId });
    expect(second).toMatchObject({ created: 0, updated: 0, readings: 0 });
    expect(await core.call('posts.list', { clientId: client.id, ...c.period })).toEqual(posts);
    expect(await Promise.all(posts.map((p) => core.call('metrics.history', { postId: p.id })))).toEqual(
      readings,
    );
  });
});

describe('numbers in by file: the containers', () => {
  it('reads TikTok’s zip of CSVs as its Content.csv alone, naming the entry', async () => {
    const core = await startTestCore();
    const { client } = await clientFor(core, 'tiktok');
    const csv = await previewOf(core, client.id, asIs('tiktok-content-en.csv')());
    const zip = await previewOf(core, client.id, tiktokZip('tiktok-content-en.csv')());
    expect(csv.part).toBeNull();
    expect(zip.part).toBe('Content.csv');
    const { importId: _a, fileName: _b, part: _c, ...fromCsv } = csv;
    const { importId: _d, fileName: _e, part: _f, ...fromZip } = zip;
    expect(fromZip).toEqual(fromCsv);
  });

  it('reads LinkedIn’s workbook as its sheet says, and refuses one with macros', async () => {
    const core = await startTestCore();
    const { client } = await clientFor(core, 'linkedin');
    const book = linkedinWorkbook();
    const seen = await previewOf(core, client.id, book);
    expect(seen.part).toBe('All posts');
    const file = mustRead(readFixture(LINKEDIN_ROWS));
    expect(seen.rows.map((r) => [r.line, r.metrics])).toEqual(file.rows.map((r) => [r.line, r.metrics]));

    const withMacros = withZipPart(book.bytes, {
      name: 'xl/vbaProject.bin',
      data: new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]),
    });
    const refused = await core.dispatch('imports.preview', {
      clientId: client.id,
      fileName: 'All posts.xlsm',
      base64: base64(withMacros),
    });
    expect(refused).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', issues: [{ path: ['file'], code: 'workbookMacros' }] },
    });
    // Nothing was kept: the client has no post.
    expect(await core.call('posts.list', { clientId: client.id })).toEqual([]);
  });
});
