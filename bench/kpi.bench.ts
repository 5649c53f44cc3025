import type { Dispatch } from '../electron/api/dispatch.ts';
import {
  METRIC_COLUMN,
  PUBLISHED_WITH_METRICS_SQL,
  UPSERT_READING_SQL,
} from '../electron/db/post-metrics.ts';
import { addDays, addMonths, type IsoDate } from '../shared/calendar/dates.ts';
import { startOfZonedDay } from '../shared/calendar/zoned.ts';
import type { MetricsRow } from '../shared/domain/metrics.ts';
import { METRICS, type Metric, STORY_METRICS } from '../shared/domain/metrics.ts';
import { heavyFolder } from './heavy-folder.ts';
import { measurePair } from './measure.ts';
import { rawDashboardReads } from './raw-dashboard.ts';
import { formatTable, type Row } from './table.ts';
import { type BenchCore, startBenchCore } from './temp-core.ts';

export const name =
  "The heavy client's numbers and KPIs through the validating dispatch vs raw better-sqlite3";

/** Twelve months up to the dataset's "now", compared with the twelve before: the monthly report's widest view. */
const YEAR_FROM: IsoDate = '2025-12-01';
const YEAR_TO: IsoDate = '2026-12-01';
const PREVIOUS_FROM: IsoDate = '2024-12-01';
/** The grid a CM fills on Monday: last week's published posts, read on the dataset's today. */
const GRID_WEEK: IsoDate = '2026-11-16';
const TODAY: IsoDate = '2026-11-26';
/** The heavy client's basis, named so that both sides rank by it. */
const BASIS = 'reach';

async function ok<T>(dispatch: Dispatch, method: string, input: unknown): Promise<T> {
  const envelope = await dispatch(method, input);
  if (!envelope.ok) throw new Error(`${method}: ${envelope.error.code} ${envelope.error.message}`);
  return envelope.value as T;
}

/**
 * The dashboard against the smallest raw SQL that reads what its sums are made of
 * (`rawDashboardReads`). Ours adds the sums in JavaScript, the client and its channels, the ranked
 * posts' details and the envelope.
 */
async function dashboard(
  core: BenchCore,
  clientId: string,
  from: IsoDate,
  to: IsoDate,
  previousFrom: IsoDate,
  n: number,
) {
  const raw = rawDashboardReads(core.ctx.db, { clientId, previousFrom, to, today: TODAY });
  const result = await measurePair(
    n,
    () => ok(core.dispatch, 'kpis.dashboard', { clientId, from, to, previousFrom, basis: BASIS }),
    raw.read,
  );
  const count = raw.posts;
  return { count, result };
}

/** One cell typed in the grid (the grid's every Enter) against the bare upsert of the same reading. */
async function cell(core: BenchCore, rows: readonly MetricsRow[], n: number): Promise<Row> {
  const raw = core.ctx.db.prepare(UPSERT_READING_SQL);
  const row = (i: number) => rows[i % rows.length] as MetricsRow;
  const result = await measurePair(
    n,
    (i) =>
      ok(core.dispatch, 'metrics.save', {
        on: TODAY,
        cells: [{ postId: row(2 * i).postId, metric: 'reach', value: 1000 + i }],
      }),
    (i) => {
      const params: Record<string, unknown> = {
        id: `raw-${i}`,
        postId: row(2 * i + 1).postId,
        on: TODAY,
        now: TODAY,
        logged: 1,
      };
      for (const m of METRICS) params[METRIC_COLUMN[m]] = m === 'reach' ? 1000 + i : null;
      raw.run(params);
    },
  );
  return { operation: 'metrics.save one cell (a grid Enter)', ...result, budget: { p95: 2000, ratio: 1.5 } };
}

/** The metrics a feed post has: everything but a story's own and a paid post's spend. */
const FEED_METRICS = METRICS.filter((m) => !STORY_METRICS.includes(m) && m !== 'spend');

/**
 * A block pasted from a spreadsheet: 500 cells (56 feed posts × 9 metrics) in one call. Raw writes
 * the same rows in one transaction (one fsync): one upsert per post holding its pasted numbers.
 */
async function paste(core: BenchCore, rows: readonly MetricsRow[], n: number): Promise<Row> {
  const raw = core.ctx.db.prepare(UPSERT_READING_SQL);
  const feed = rows.filter((r) => r.format !== 'story');
  const cells = (i: number, half: number) =>
    Array.from({ length: 500 }, (_, c) => {
      const row = feed[(Math.floor(c / FEED_METRICS.length) * 2 + half) % feed.length] as MetricsRow;
      return {
        postId: row.postId,
        metric: FEED_METRICS[c % FEED_METRICS.length] as Metric,
        value: 100 * c + i,
      };
    });
  const result = await measurePair(
    n,
    (i) => ok(core.dispatch, 'metrics.save', { on: TODAY, cells: cells(i, 0) }),
    (i) =>
      core.ctx.db.transaction(() => {
        const byPost = new Map<string, Record<string, unknown>>();
        for (const cell of cells(i, 1)) {
          let params = byPost.get(cell.postId);
          if (!params) {
            params = { id: `raw-${i}-${byPost.size}`, postId: cell.postId, on: TODAY, now: TODAY, logged: 0 };
            for (const m of METRICS) params[METRIC_COLUMN[m]] = null;
            byPost.set(cell.postId, params);
          }
          params[METRIC_COLUMN[cell.metric]] = cell.value;
          params.logged = (params.logged as number) | (1 << METRICS.indexOf(cell.metric));
        }
        for (const params of byPost.values()) raw.run(params);
      })(),
  );
  return {
    operation: 'metrics.save paste of 500 cells (56 posts × 9 metrics)',
    ...result,
    budget: { ratio: 2 },
  };
}

export async function run(n: { writes: number; reads: number }): Promise<string> {
  const heavy = await heavyFolder();
  const core = await startBenchCore(heavy.dataDir);
  try {
    const { id: clientId, timeZone: zone } = heavy.calendar.heavy;
    const year = await dashboard(core, clientId, YEAR_FROM, YEAR_TO, PREVIOUS_FROM, Math.ceil(n.reads / 50));
    const monthFrom = addMonths(YEAR_TO, -1);
    const month = await dashboard(
      core,
      clientId,
      monthFrom,
      YEAR_TO,
      addMonths(monthFrom, -1),
      Math.ceil(n.reads / 10),
    );
    const weekTo = addDays(GRID_WEEK, 7);
    const week = await dashboard(
      core,
      clientId,
      GRID_WEEK,
      weekTo,
      addDays(GRID_WEEK, -7),
      Math.ceil(n.reads / 5),
    );
    const gridInput = { clientId, from: GRID_WEEK, to: weekTo, on: TODAY };
    const rows = await ok<MetricsRow[]>(core.dispatch, 'metrics.grid', gridInput);
    const gridRaw = core.ctx.db.prepare(PUBLISHED_WITH_METRICS_SQL);
    const gridParams = {
      clientId,
      fromUtc: startOfZonedDay(GRID_WEEK, zone),
      toUtc: startOfZonedDay(weekTo, zone),
      on: TODAY,
      channels: null,
    };
    const grid = await measurePair(
      Math.ceil(n.reads / 5),
      () => ok(core.dispatch, 'metrics.grid', gridInput),
      () => gridRaw.all(gridParams),
    );
    const table: Row[] = [
      {
        operation: `kpis.dashboard 12 months ${YEAR_FROM} → ${YEAR_TO} vs 12 before (${year.count} posts)`,
        ...year.result,
        budget: { p95: 30_000, ratio: 1.5 },
      },
      { operation: `kpis.dashboard month vs month before (${month.count} posts)`, ...month.result },
      {
        operation: `kpis.dashboard week vs week before (${week.count} posts: the workspace)`,
        ...week.result,
      },
      { operation: `metrics.grid week ${GRID_WEEK} (${rows.length} published posts)`, ...grid },
      await cell(core, rows, n.writes),
      await paste(core, rows, Math.ceil(n.writes / 20)),
    ];
    const about =
      `heavy client: "${heavy.calendar.heavy.name}" (${zone}); ${heavy.numbers.readings.toLocaleString('en')} readings, ` +
      `${heavy.numbers.followerCounts.toLocaleString('en')} follower counts in the file. Raw for the dashboard: its ` +
      'statement (DASHBOARD_POSTS_SQL, rows as arrays) and the two follower-count queries, without the sums.';
    return `${formatTable(name, table)}\n\n${about}`;
  } finally {
    await core.dispose();
  }
}
