import type { Dispatch } from '../electron/api/dispatch.ts';
import { insertMention, type MentionValues } from '../electron/db/mentions.ts';
import { VOICE_MONTHS_SQL, VOICE_ROWS_SQL } from '../electron/db/voice-counts.ts';
import { listeningFigures } from '../electron/services/listening/voice-figures.ts';
import { addDays, addMonths, type IsoDate, startOfMonth } from '../shared/calendar/dates.ts';
import type { Sentiment } from '../shared/domain/mention.ts';
import type { Subject } from '../shared/domain/mention-subject.ts';
import type { NetworkId } from '../shared/networks.ts';
import { caption } from './captions.ts';
import { measurePair } from './measure.ts';
import { createRng } from './rng.ts';
import { formatTable, type Row } from './table.ts';
import { type BenchCore, startBenchCore } from './temp-core.ts';

export const name =
  'A listening journal of 100,000 mentions over five years, through the dispatch vs raw better-sqlite3';

const MENTIONS = 100_000;
const FIRST: IsoDate = '2021-12-01';
const DAYS = 5 * 365;
const YEAR_FROM: IsoDate = '2025-12-01';
const YEAR_TO: IsoDate = '2026-12-01';
const PREVIOUS_FROM: IsoDate = '2024-12-01';
const NETWORKS: readonly NetworkId[] = ['instagram', 'facebook', 'x', 'linkedin', 'tiktok', 'blog', 'forum'];

async function ok<T>(dispatch: Dispatch, method: string, input: unknown): Promise<T> {
  const envelope = await dispatch(method, input);
  if (!envelope.ok) throw new Error(`${method}: ${envelope.error.code} ${envelope.error.message}`);
  return envelope.value as T;
}

/**
 * One client with three competitors and a journal of 100,000 mentions, 55 a day, written with the
 * repository's own insert (instant in the zone, full-text index by trigger) in one transaction:
 * 40 % about the client, 45 % about a competitor, 15 % about a watched topic; sentiments 45/35/20.
 */
async function seed(core: BenchCore) {
  const client = await ok<{ id: string }>(core.dispatch, 'clients.create', {
    name: 'Atelier Rose',
    color: '#2E86AB',
    timeZone: 'Europe/Paris',
  });
  await ok(core.dispatch, 'channels.create', {
    clientId: client.id,
    network: 'instagram',
    handle: '@atelier.rose',
  });
  const competitors: string[] = [];
  for (const name of ['Fleurs & Co', 'Pétales', 'Le Jardin'])
    competitors.push(
      (
        await ok<{ id: string }>(core.dispatch, 'competitors.create', {
          clientId: client.id,
          name,
          color: '#C2410C',
        })
      ).id,
    );
  const rng = createRng(15);
  const now = '2026-11-26T12:00:00.000Z';
  core.ctx.db.transaction(() => {
    for (let i = 0; i < MENTIONS; i++) {
      const roll = rng.next();
      const subject: Subject =
        roll < 0.4
          ? { kind: 'brand' }
          : roll < 0.85
            ? { kind: 'competitor', competitorId: rng.pick(competitors) }
            : { kind: 'topic', topic: rng.pick(['Mariages', 'Fête des mères', 'Bouquet du jour']) };
      const mood = rng.next();
      const sentiment: Sentiment = mood < 0.45 ? 'positive' : mood < 0.8 ? 'neutral' : 'negative';
      const m: MentionValues = {
        date: addDays(FIRST, Math.floor((i / MENTIONS) * DAYS)),
        time: `${String(rng.int(7, 22)).padStart(2, '0')}:${String(rng.int(0, 59)).padStart(2, '0')}`,
        network: rng.pick(NETWORKS),
        author: `@client${rng.int(1, 5000)}`,
        authorAudience: rng.chance(0.3) ? rng.int(50, 200_000) : null,
        text: caption(rng, 'fleuriste', ''),
        url: '',
        subject,
        sentiment,
        tags: [],
        postId: null,
      };
      insertMention(core.ctx.db, client.id, 'Europe/Paris', m, now);
    }
  })();
  return client.id;
}

const LIST_SQL = `SELECT m.* FROM mentions m WHERE m.client_id = ? AND m.deleted_at IS NULL
  ORDER BY m.said_at DESC, m.seq DESC LIMIT 501`;
const LIST_COUNT_SQL = 'SELECT count(*) FROM mentions m WHERE m.client_id = ? AND m.deleted_at IS NULL';
const SEARCH_SQL = `SELECT m.* FROM mentions m WHERE m.client_id = ? AND m.deleted_at IS NULL
  AND m.seq IN (SELECT rowid FROM mentions_fts WHERE mentions_fts MATCH ?)
  ORDER BY m.said_at DESC, m.seq DESC LIMIT 501`;
/** What `competitorEngagementRows` runs: the competitors' logged engagements of a period. */
const ENGAGEMENTS_SQL = `SELECT c.id, a.network, sum(r.posts * r.engagements_per_post), count(*)
  FROM competitors c JOIN competitor_accounts a ON a.competitor_id = c.id
  JOIN competitor_readings r ON r.account_id = a.id
  WHERE c.client_id = ? AND c.deleted_at IS NULL AND a.deleted_at IS NULL AND r.deleted_at IS NULL
    AND r.taken_on >= ? AND r.taken_on < ? AND r.posts IS NOT NULL AND r.engagements_per_post IS NOT NULL
  GROUP BY c.id, a.network`;
const COUNT_SQL = `SELECT count(*) FROM mentions m WHERE m.client_id = ? AND m.deleted_at IS NULL
  AND m.seq IN (SELECT rowid FROM mentions_fts WHERE mentions_fts MATCH ?)`;

export async function run(n: { writes: number; reads: number }): Promise<string> {
  const core = await startBenchCore();
  try {
    const started = performance.now();
    const clientId = await seed(core);
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    const db = core.ctx.db;
    const voice = db.prepare(VOICE_MONTHS_SQL).raw(true);
    const voiceRows = voice.all(clientId, PREVIOUS_FROM, YEAR_TO).length;
    const year = await measurePair(
      Math.ceil(n.reads / 50),
      () =>
        ok(core.dispatch, 'kpis.dashboard', {
          clientId,
          from: YEAR_FROM,
          to: YEAR_TO,
          previousFrom: PREVIOUS_FROM,
        }),
      () => {
        voice.all(clientId, PREVIOUS_FROM, YEAR_FROM);
        voice.all(clientId, YEAR_FROM, YEAR_TO);
      },
    );
    // The listening part alone: the service that folds the counts, against the same reads raw.
    const competitorsRaw = db
      .prepare('SELECT * FROM competitors WHERE client_id = ? AND deleted_at IS NULL')
      .raw(true);
    const engagementsRaw = db.prepare(ENGAGEMENTS_SQL).raw(true);
    const points = Array.from({ length: 12 }, (_, i) => addMonths(YEAR_FROM, i));
    const fold = await measurePair(
      Math.ceil(n.reads / 10),
      () =>
        listeningFigures(db, clientId, {
          previousFrom: PREVIOUS_FROM,
          from: YEAR_FROM,
          to: YEAR_TO,
          pointOf: (date) => startOfMonth(date),
          byMonth: true,
          points,
          brandEngagements: { current: null, previous: null },
        }),
      () => {
        competitorsRaw.all(clientId);
        voice.all(clientId, PREVIOUS_FROM, YEAR_FROM);
        voice.all(clientId, YEAR_FROM, YEAR_TO);
        engagementsRaw.all(clientId, PREVIOUS_FROM, YEAR_FROM);
        engagementsRaw.all(clientId, YEAR_FROM, YEAR_TO);
      },
    );
    // A two-year objective on share of voice: its progress is measured week by week over its days.
    await ok(core.dispatch, 'objectives.create', {
      clientId,
      title: 'Reach 45 % share of voice',
      kpi: 'shareOfVoice',
      baseline: 38,
      target: 45,
      goal: 'awareness',
      startOn: PREVIOUS_FROM,
      deadline: '2026-12-31',
    });
    const days = db.prepare(VOICE_ROWS_SQL).raw(true);
    const objectives = await measurePair(
      Math.ceil(n.reads / 50),
      () => ok(core.dispatch, 'objectives.list', { clientId }),
      () => days.all(clientId, PREVIOUS_FROM, '2026-11-27'),
    );
    const list = db.prepare(LIST_SQL);
    const listCount = db.prepare(LIST_COUNT_SQL).pluck();
    const newest = await measurePair(
      Math.ceil(n.reads / 20),
      () => ok(core.dispatch, 'mentions.list', { clientId, limit: 500 }),
      () => {
        if (list.all(clientId).length > 500) listCount.get(clientId);
      },
    );
    const search = db.prepare(SEARCH_SQL);
    const count = db.prepare(COUNT_SQL).pluck();
    const searchFor = (word: string, match: string) =>
      measurePair(
        Math.ceil(n.reads / 20),
        () => ok(core.dispatch, 'mentions.list', { clientId, search: word, limit: 500 }),
        () => {
          const rows = search.all(clientId, match);
          if (rows.length > 500) count.get(clientId, match);
        },
      );
    const common = await searchFor('bouquet', '"bouquet"*');
    const rare = await searchFor('pivoines', '"pivoines"*');
    const found = (match: string) => count.get(clientId, match) as number;
    const insert = db.prepare(
      `INSERT INTO mentions (id, client_id, said_on, said_time, time_zone, said_at, network, author, author_audience,
         text, url, subject_kind, competitor_id, topic, sentiment, tags, post_id, created_at, updated_at)
       VALUES (?, ?, '2026-11-25', '10:00', 'Europe/Paris', '2026-11-25T09:00:00.000Z', 'instagram', '@a', NULL,
         'Un bouquet superbe', '', 'brand', NULL, '', 'positive', '[]', NULL, ?, ?)`,
    );
    const create = await measurePair(
      n.writes,
      () =>
        ok(core.dispatch, 'mentions.create', {
          clientId,
          date: '2026-11-25',
          time: '10:00',
          network: 'instagram',
          author: '@a',
          text: 'Un bouquet superbe',
          subject: { kind: 'brand' },
          sentiment: 'positive',
        }),
      (i) => insert.run(`raw-${i}`, clientId, '2026-11-26T12:00:00.000Z', '2026-11-26T12:00:00.000Z'),
    );
    const table: Row[] = [
      {
        operation: `kpis.dashboard 12 months ${YEAR_FROM} → ${YEAR_TO} vs 12 before: share of voice and sentiment (${voiceRows.toLocaleString('en')} month × voice × network counts)`,
        ...year,
        budget: { p95: 30_000 },
      },
      {
        operation: 'the same: share of voice and sentiment folded (listeningFigures) vs its reads raw',
        ...fold,
        budget: { ratio: 1.5 },
      },
      {
        operation: `objectives.list: share of voice over two years, week by week (${days.all(clientId, PREVIOUS_FROM, '2026-11-27').length.toLocaleString('en')} day counts)`,
        ...objectives,
      },
      { operation: 'mentions.list: the newest 500 of the journal, and how many in all', ...newest },
      {
        operation: `mentions.list search "bouquet" (${found('"bouquet"*').toLocaleString('en')} found, 500 shown)`,
        ...common,
      },
      {
        operation: `mentions.list search "pivoines" (${found('"pivoines"*').toLocaleString('en')} found)`,
        ...rare,
      },
      { operation: 'mentions.create one mention (the journal form)', ...create, budget: { ratio: 1.5 } },
    ];
    const about =
      `${MENTIONS.toLocaleString('en')} mentions seeded in ${seconds} s (one transaction, the repository's insert). ` +
      'Raw for the dashboard: VOICE_MONTHS_SQL for each period (the counts it folds), on a client with no post, so the rest of ' +
      'the dashboard (channels, follower counts, posts) is in "ours"; for the journal: the same SELECT with its limit.';
    return `${formatTable(name, table)}\n\n${about}`;
  } finally {
    await core.dispose();
  }
}
