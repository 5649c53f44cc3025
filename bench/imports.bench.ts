import { rmSync, writeFileSync } from 'node:fs';
import { v7 as uuidv7 } from 'uuid';
import type { Dispatch } from '../electron/api/dispatch.ts';
import { METRIC_COLUMN, UPSERT_READING_SQL } from '../electron/db/post-metrics.ts';
import { createPost } from '../electron/db/posts.ts';
import { utcToZoned } from '../shared/calendar/zoned.ts';
import { contract } from '../shared/contract.ts';
import type { Channel } from '../shared/domain/channel.ts';
import type { Client } from '../shared/domain/client.ts';
import { METRICS, type Metric } from '../shared/domain/metrics.ts';
import type { NumberImportCommitted, NumberImportPreviewResult } from '../shared/domain/number-import.ts';
import { toSamples } from './measure.ts';
import { DATASET_NOW } from './posts-gen.ts';
import { createRng } from './rng.ts';
import { formatTable, formatTimings } from './table.ts';
import { startBenchCore } from './temp-core.ts';
import { generateTweets, type Tweet, tweetActivityCsv } from './x-export-gen.ts';

export const name =
  'Numbers in by file (issue 14): a 100,000-row X export previewed and committed through the dispatch vs raw better-sqlite3';

const ROWS = 100_000;
/** Each round moves the whole file: a few are enough, and the first (cold) one counts most for memory. */
const ROUNDS = 3;
const ZONE = 'Europe/Paris';
const HANDLE = 'cave_lune';
const MB = 1024 ** 2;

async function ok<T>(dispatch: Dispatch, method: string, input: unknown): Promise<T> {
  const envelope = await dispatch(method, input);
  if (!envelope.ok) throw new Error(`${method}: ${envelope.error.code} ${envelope.error.message}`);
  return envelope.value as T;
}

/**
 * The preview and the commit are synchronous for seconds: a timer sampling `memoryUsage()` on this
 * thread would not fire until they are done. The kernel's high-water mark (`maxRSS`) sees every
 * peak; on Linux it is reset before each call (`/proc/self/clear_refs`), so the figure is that
 * call's. Elsewhere it is the process's peak so far: an upper bound.
 */
let peaksExact = true;
async function measured<T>(run: () => Promise<T>): Promise<{ value: T; micros: number; peakMb: number }> {
  try {
    writeFileSync('/proc/self/clear_refs', '5');
  } catch {
    peaksExact = false;
  }
  const before = process.memoryUsage.rss();
  const start = performance.now();
  const value = await run();
  const micros = (performance.now() - start) * 1000;
  // maxRSS is in kilobytes on every platform Node supports.
  return { value, micros, peakMb: Math.max(0, process.resourceUsage().maxRSS * 1024 - before) / MB };
}

interface Seeded {
  /** Closed: each round works on a copy of its file. */
  dataDir: string;
  clientId: string;
  channelId: string;
  /** The planned post of each tweet that has one, by tweet id. */
  planned: Map<string, string>;
}

/**
 * One client with one X channel; half the tweets already in its calendar, planned at their time
 * with their caption (ready, not yet published), through `createPost` in one transaction (as the
 * heavy dataset's posts: `seed.ts`).
 */
async function seed(tweets: readonly Tweet[]): Promise<Seeded> {
  const core = await startBenchCore();
  const client = await ok<Client>(core.dispatch, 'clients.create', {
    name: 'Cave Lune',
    color: '#7c3aed',
    timeZone: ZONE,
  });
  const channel = await ok<Channel>(core.dispatch, 'channels.create', {
    clientId: client.id,
    network: 'x',
    handle: `@${HANDLE}`,
  });
  const schema = contract['posts.create'].input;
  const planned = new Map<string, string>();
  core.ctx.db.transaction(() => {
    for (const t of tweets) {
      if (!t.planned) continue;
      const { date, time } = utcToZoned(t.at, ZONE);
      const input = {
        clientId: client.id,
        channelId: channel.id,
        date,
        time,
        status: 'ready',
        caption: t.text,
      };
      planned.set(t.id, createPost(core.ctx.db, schema.parse(input), DATASET_NOW).id);
    }
  })();
  await core.close();
  return { dataDir: core.dataDir, clientId: client.id, channelId: channel.id, planned };
}

interface Round {
  uploadMs: number;
  previewMs: number;
  previewPeakMb: number;
  commitMicros: number;
  commitPeakMb: number;
  /** The day the readings were written for (today on the client's clock). */
  asOf: string;
  /** What the file's statistics say of the published posts' index (see the note under the tables). */
  publishedStat: string | null;
}

/** As the page sends a file over 10 MB: begin, chunks of the size the begin gives, then the preview by id. */
async function previewAndCommit(seeded: Seeded, csv: Buffer): Promise<Round> {
  const core = await startBenchCore(seeded.dataDir);
  try {
    const publishedStat = core.ctx.db
      .prepare("SELECT stat FROM sqlite_stat1 WHERE idx = 'posts_published_by_day'")
      .pluck()
      .get() as string | undefined;
    let uploadMs = 0;
    const preview = await measured(async () => {
      const start = performance.now();
      const { uploadId, chunkBytes } = await ok<{ uploadId: string; chunkBytes: number }>(
        core.dispatch,
        'imports.uploadBegin',
        { size: csv.length },
      );
      for (let offset = 0; offset < csv.length; offset += chunkBytes)
        await ok(core.dispatch, 'imports.uploadChunk', {
          uploadId,
          offset,
          base64: csv.subarray(offset, offset + chunkBytes).toString('base64'),
        });
      uploadMs = performance.now() - start;
      return ok<NumberImportPreviewResult>(core.dispatch, 'imports.preview', {
        clientId: seeded.clientId,
        fileName: 'tweet_activity_metrics_cave_lune.csv',
        uploadId,
      });
    });
    // Figures of a preview that matched otherwise would measure another file: say so, stop.
    const { counts, importId, asOf } = preview.value;
    if (counts.matched !== seeded.planned.size || counts.created !== ROWS - seeded.planned.size)
      throw new Error(`unexpected preview: ${JSON.stringify(counts)}`);
    const commit = await measured(() =>
      ok<NumberImportCommitted>(core.dispatch, 'imports.commit', { importId }),
    );
    const { created, updated, readings } = commit.value;
    if (readings !== ROWS || updated !== seeded.planned.size)
      throw new Error(`unexpected commit: ${JSON.stringify(commit.value)}`);
    if (created !== ROWS - updated) throw new Error(`commit created ${created} posts`);
    return {
      uploadMs,
      previewMs: preview.micros / 1000 - uploadMs,
      previewPeakMb: preview.peakMb,
      commitMicros: commit.micros,
      commitPeakMb: commit.peakMb,
      asOf,
      publishedStat: publishedStat ?? null,
    };
  } finally {
    await core.dispose();
  }
}

/** What the file's columns give, as the catalogue maps them (shared/imports/catalogue.ts). */
const READ: Partial<Record<Metric, keyof Tweet['counts']>> = {
  impressions: 'impressions',
  reactions: 'likes',
  comments: 'replies',
  shares: 'retweets',
  linkClicks: 'url',
  profileVisits: 'profile',
};
const LOGGED = Object.keys(READ).reduce((bits, m) => bits | (1 << METRICS.indexOf(m as Metric)), 0);

/**
 * The floor: the same end state written with statements prepared once, in one transaction (one
 * fsync, as the commit's): the found posts marked published with X's id and link (a bare UPDATE by
 * id), the new ones inserted (the same columns as `createPost`, same FTS trigger) and one reading
 * per post (`UPSERT_READING_SQL`). Ids, instants and wall-clock days are worked out beforehand.
 */
async function rawWrites(seeded: Seeded, tweets: readonly Tweet[], on: string) {
  const core = await startBenchCore(seeded.dataDir);
  try {
    const db = core.ctx.db;
    const now = new Date().toISOString();
    const update = db.prepare(
      `UPDATE posts SET network_post_id = ?, permalink = ?, status = 'published', published_at = ?, updated_at = ?
       WHERE id = ?`,
    );
    const insert = db.prepare(
      `INSERT INTO posts (id, client_id, channel_id, planned_at, time_zone, local_day, local_hour, status, published_at,
         format, caption, link_url, pillar_id, campaign, paid, budget_cents, notes, network_post_id, permalink,
         created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, 'published', ?, 'text', ?, '', NULL, '', 0, NULL, '', ?, ?, ?, ?)`,
    );
    const reading = db.prepare(UPSERT_READING_SQL);
    const writes = tweets.map((t) => {
      const at = new Date(t.at).toISOString();
      const link = `https://twitter.com/${HANDLE}/status/${t.id}`;
      const found = seeded.planned.get(t.id);
      const wall = utcToZoned(t.at, ZONE);
      const postId = found ?? uuidv7();
      const params: Record<string, unknown> = { id: uuidv7(), postId, on, logged: LOGGED, now };
      for (const m of METRICS) params[METRIC_COLUMN[m]] = null;
      for (const [m, column] of Object.entries(READ)) params[METRIC_COLUMN[m as Metric]] = t.counts[column];
      const post = found
        ? [t.id, link, at, now, found]
        : [
            postId,
            seeded.clientId,
            seeded.channelId,
            at,
            ZONE,
            wall.date,
            Math.floor(wall.minutes / 60),
            at,
            t.text,
            t.id,
            link,
            now,
            now,
          ];
      return { found: found !== undefined, post, params };
    });
    return await measured(async () =>
      db.transaction(() => {
        for (const w of writes) (w.found ? update : insert).run(...w.post);
        for (const w of writes) reading.run(w.params);
      })(),
    );
  } finally {
    await core.dispose();
  }
}

export async function run(): Promise<string> {
  const rng = createRng(14);
  const tweets = generateTweets(rng, ROWS, 'Cave');
  const csv = tweetActivityCsv(rng, tweets, HANDLE);
  const seeded = await seed(tweets);
  const rounds: Round[] = [];
  const raw: { micros: number; peakMb: number }[] = [];
  try {
    // Alternately, so that disk and cache drift land on both sides alike.
    for (let i = 0; i < ROUNDS; i++) {
      const round = await previewAndCommit(seeded, csv);
      rounds.push(round);
      raw.push(await rawWrites(seeded, tweets, round.asOf));
    }
  } finally {
    rmSync(seeded.dataDir, { recursive: true, force: true });
  }
  const found = seeded.planned.size;
  const fileMb = csv.length / MB;
  const chunks = Math.ceil(csv.length / (4 * MB));
  const times = formatTimings(
    `${name}: the preview (file ${fileMb.toFixed(1)} MB, ${chunks} chunks; ${found.toLocaleString('en')} rows already planned)`,
    [
      {
        operation: 'upload: imports.uploadBegin + uploadChunk (base64)',
        ms: toSamples(rounds.map((r) => r.uploadMs)),
      },
      {
        operation: `imports.preview of the upload (${ROWS.toLocaleString('en')} rows)`,
        ms: toSamples(rounds.map((r) => r.previewMs)),
        budget: { p50: 5000 },
      },
    ],
  );
  const commit = formatTable(
    `imports.commit vs the same writes raw (one transaction, statements prepared once)`,
    [
      {
        operation: `imports.commit: ${found.toLocaleString('en')} found, ${(ROWS - found).toLocaleString('en')} created, ${ROWS.toLocaleString('en')} readings`,
        ours: toSamples(rounds.map((r) => r.commitMicros)),
        raw: toSamples(raw.map((r) => r.micros)),
        budget: { ratio: 3 },
      },
    ],
  );
  const fileSize = toSamples(rounds.map(() => fileMb));
  const memory = formatTable(
    `Peak RSS growth of the process during each call (raw: the file's size for the preview, the raw writes' growth for the commit${peaksExact ? '' : '; no reset of the peak on this platform: upper bounds'})`,
    [
      {
        operation: 'upload + imports.preview',
        ours: toSamples(rounds.map((r) => r.previewPeakMb)),
        raw: fileSize,
        budget: { p95: 400 },
      },
      {
        operation: 'imports.commit',
        ours: toSamples(rounds.map((r) => r.commitPeakMb)),
        raw: toSamples(raw.map((r) => r.peakMb)),
        budget: { p95: 400 },
      },
    ],
    'MB',
  );
  // The plan of the dashboard triggers' look-up of a post turning published depends on it: with
  // "0 …" (analysed by the app's close when no post was published yet) SQLite scans that index.
  const stat = `statistics of posts_published_by_day in the seeded file: ${rounds[0]?.publishedStat ?? 'none'}`;
  return [times, commit, memory, stat].join('\n\n');
}
