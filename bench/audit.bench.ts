import type { Dispatch } from '../electron/api/dispatch.ts';
import { AUDIT_POSTS_SQL } from '../electron/db/audit-reads.ts';
import { insertMention } from '../electron/db/mentions.ts';
import { setPostSegments } from '../electron/db/post-segments.ts';
import { VOICE_ROWS_SQL } from '../electron/db/voice-counts.ts';
import { addDays, addMonths, daysBetween, type IsoDate } from '../shared/calendar/dates.ts';
import type { AuditFigures } from '../shared/domain/audit-figures.ts';
import type { Sentiment } from '../shared/domain/mention.ts';
import type { NetworkId } from '../shared/networks.ts';
import { caption } from './captions.ts';
import { heavyFolder } from './heavy-folder.ts';
import { measurePair } from './measure.ts';
import { rawDashboardReads } from './raw-dashboard.ts';
import { createRng } from './rng.ts';
import { formatTable, type Row } from './table.ts';
import { type BenchCore, startBenchCore } from './temp-core.ts';

export const name =
  "The presence audit's pre-answers for the heavy client's quarter, through the dispatch vs raw SQL";

/** The quarter up to the dataset's "now" (26 November 2026), against the quarter before. */
const FROM: IsoDate = '2026-09-01';
const TO: IsoDate = '2026-12-01';
const PREVIOUS_FROM = addDays(FROM, -daysBetween(FROM, TO));
const BASIS = 'reach';
const NOW = '2026-11-26T12:00:00.000Z';

async function ok<T>(dispatch: Dispatch, method: string, input: unknown): Promise<T> {
  const envelope = await dispatch(method, input);
  if (!envelope.ok) throw new Error(`${method}: ${envelope.error.code} ${envelope.error.message}`);
  return envelope.value as T;
}

/**
 * What a real client's audit also reads, added to the copy of the heavy file: four segments, one or
 * two of them on each of the quarter's published posts (the repository's own link); three
 * competitors with an account on each of the client's first two networks and a reading a month; and
 * 30 mentions a day over both quarters (the repository's own insert, day counts kept by triggers).
 */
async function addAudience(core: BenchCore, clientId: string, zone: string) {
  const db = core.ctx.db;
  const rng = createRng(16);
  const segments: string[] = [];
  for (const name of ['Familles', 'Pros', 'Étudiants', 'Touristes'])
    segments.push(
      (
        await ok<{ id: string }>(core.dispatch, 'segments.create', {
          clientId,
          name,
          notes: `Notes sur ${name}`,
        })
      ).id,
    );
  const posts = db
    .prepare(
      `SELECT id FROM posts WHERE client_id = ? AND status = 'published' AND deleted_at IS NULL
       AND local_day >= ? AND local_day < ?`,
    )
    .pluck()
    .all(clientId, PREVIOUS_FROM, TO) as string[];
  db.transaction(() => {
    for (const postId of posts) {
      const first = rng.pick(segments);
      setPostSegments(db, postId, clientId, rng.chance(0.4) ? [first, rng.pick(segments)] : [first]);
    }
  })();

  const networks = [
    ...new Set(
      db
        .prepare('SELECT network FROM channels WHERE client_id = ? AND deleted_at IS NULL')
        .pluck()
        .all(clientId) as NetworkId[],
    ),
  ].slice(0, 2);
  const competitors: { id: string; accounts: { id: string }[] }[] = [];
  for (const [i, name] of ['Fleurs & Co', 'Pétales', 'Le Jardin'].entries())
    competitors.push(
      await ok(core.dispatch, 'competitors.create', {
        clientId,
        name,
        color: '#C2410C',
        accounts: networks.map((network) => ({ network, handle: `@concurrent${i}` })),
      }),
    );
  const accounts = competitors.flatMap((c) => c.accounts.map((a) => a.id));
  for (let on = addMonths(PREVIOUS_FROM, -1); on <= '2026-11-01'; on = addMonths(on, 1))
    await ok(core.dispatch, 'competitors.saveReadings', {
      clientId,
      on,
      rows: accounts.map((accountId) => ({
        accountId,
        followers: rng.int(5_000, 50_000),
        posts: rng.int(10, 60),
        engagementsPerPost: rng.int(20, 400),
      })),
    });

  const days = daysBetween(PREVIOUS_FROM, '2026-11-26');
  db.transaction(() => {
    for (let i = 0; i < days * 30; i++) {
      const roll = rng.next();
      const mood = rng.next();
      const sentiment: Sentiment = mood < 0.45 ? 'positive' : mood < 0.8 ? 'neutral' : 'negative';
      insertMention(
        db,
        clientId,
        zone,
        {
          date: addDays(PREVIOUS_FROM, Math.floor(i / 30)),
          time: `${String(rng.int(7, 22)).padStart(2, '0')}:${String(rng.int(0, 59)).padStart(2, '0')}`,
          network: rng.pick(networks),
          author: `@client${rng.int(1, 5000)}`,
          authorAudience: null,
          text: caption(rng, 'fleuriste', ''),
          url: '',
          subject:
            roll < 0.45 ? { kind: 'brand' } : { kind: 'competitor', competitorId: rng.pick(competitors).id },
          sentiment,
          tags: [],
          postId: null,
        },
        NOW,
      );
    }
  })();
  return { segments: segments.length, linked: posts.length, accounts: accounts.length, mentions: days * 30 };
}

/**
 * `audits.figures` against the raw SQL whose rows its answers are made of, each statement once,
 * prepared once, rows as arrays: the dashboard's (each live channel's posts of both quarters from
 * `dashboard_posts`, the look for later readings, the two follower-count queries), the audit's own
 * (`AUDIT_POSTS_SQL`: format, pillar and segments of the quarter's posts) and the mentions' day
 * counts of both quarters. Ours adds the sums in JavaScript, the segments and pillars, the
 * competitor benchmark (on the same pass of the dashboard) and the envelope.
 */
async function audit(core: BenchCore, clientId: string, n: number) {
  const db = core.ctx.db;
  const dashboard = rawDashboardReads(db, {
    clientId,
    previousFrom: PREVIOUS_FROM,
    to: TO,
    today: NOW.slice(0, 10),
  });
  const own = db.prepare(AUDIT_POSTS_SQL).raw(true);
  const voice = db.prepare(VOICE_ROWS_SQL).raw(true);
  const [split, end] = [FROM, TO].map((d) => daysBetween('1970-01-01', d)) as [number, number];
  const count = own.all({ clientId, from: split, to: end }).length;
  const input = { clientId, from: FROM, to: TO, basis: BASIS };
  const figures = await ok<AuditFigures>(core.dispatch, 'audits.figures', input);
  const result = await measurePair(
    n,
    () => ok(core.dispatch, 'audits.figures', input),
    () => {
      dashboard.read();
      own.all({ clientId, from: split, to: end });
      voice.all(clientId, PREVIOUS_FROM, FROM);
      voice.all(clientId, FROM, TO);
    },
  );
  return { count, figures, result };
}

export async function run(n: { writes: number; reads: number }): Promise<string> {
  const heavy = await heavyFolder();
  const core = await startBenchCore(heavy.dataDir);
  try {
    const { id: clientId, timeZone: zone } = heavy.calendar.heavy;
    const samples = Math.ceil(n.reads / 25);
    const bare = await audit(core, clientId, samples);
    const added = await addAudience(core, clientId, zone);
    const full = await audit(core, clientId, samples);
    const table: Row[] = [
      {
        operation: `audits.figures ${FROM} → ${TO} (${bare.count} posts), as seeded: no segment, no competitor`,
        ...bare.result,
        budget: { p95: 100_000 },
      },
      {
        operation: `the same with segments on every post, 3 competitors and ${added.mentions.toLocaleString('en')} mentions`,
        ...full.result,
        budget: { p95: 100_000 },
      },
    ];
    const answers = full.figures;
    const about =
      `heavy client: "${heavy.calendar.heavy.name}" (${zone}). Added for the second row: ${added.segments} segments ` +
      `on ${added.linked.toLocaleString('en')} posts of both quarters, ${added.accounts} competitor accounts read ` +
      `monthly. Its answers: ${answers.whatWorks.byFormat.length} formats, ${answers.whatWorks.byPillar.length} ` +
      `pillar groups, ${answers.whoInteracts.segments.length} segments, ${answers.doTheyInteract.trend.length} weeks, ` +
      `${answers.howAndWhen.heatmap.length} heat-map cells, ${answers.whichNetwork.length} networks. Raw: the ` +
      "dashboard's statements, AUDIT_POSTS_SQL and the mentions' day counts, each once, without the sums.";
    return `${formatTable(name, table)}\n\n${about}`;
  } finally {
    await core.dispose();
  }
}
