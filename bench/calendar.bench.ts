import { v7 as uuidv7 } from 'uuid';
import type { Dispatch } from '../electron/api/dispatch.ts';
import { ftsQuery } from '../electron/db/fts-query.ts';
import { LIST_RANGE_SQL } from '../electron/db/posts.ts';
import { addDays, addMonths, type IsoDate, monthGrid } from '../shared/calendar/dates.ts';
import { startOfZonedDay, zonedToUtc } from '../shared/calendar/zoned.ts';
import type { Post } from '../shared/domain/post.ts';
import { heavyFolder } from './heavy-folder.ts';
import { measurePair } from './measure.ts';
import { RAW_SEARCH } from './raw-posts-sql.ts';
import { formatTable, type Row } from './table.ts';
import { type BenchCore, startBenchCore } from './temp-core.ts';

export const name = "The heavy client's calendar through the validating dispatch vs raw better-sqlite3";

/** The week and month the benchmarks open: late November 2026, the heavy client's busy season. */
export const BENCH_WEEK: IsoDate = '2026-11-16';
export const BENCH_MONTH: IsoDate = '2026-11-01';

/** What a user types in the search field: common and rare words, accents left out, prefixes, two words. */
export const SEARCHES = ['céramique', 'vernissage', 'emaill', 'stage poterie', 'inauguration', 'po'];

/** Default of `posts.list`: what the renderer asks for. */
const LIMIT = 2000;

async function list(dispatch: Dispatch, input: unknown): Promise<Post[]> {
  const envelope = await dispatch('posts.list', input);
  if (!envelope.ok) throw new Error(`posts.list: ${envelope.error.code} ${envelope.error.message}`);
  return envelope.value as Post[];
}

/** One period of the heavy client: the dispatch with wall-calendar days, raw with the same UTC bounds. */
async function range(core: BenchCore, clientId: string, zone: string, from: IsoDate, to: IsoDate, n: number) {
  const raw = core.ctx.db.prepare(LIST_RANGE_SQL);
  const bounds = [clientId, startOfZonedDay(from, zone), startOfZonedDay(to, zone), LIMIT];
  const count = (await list(core.dispatch, { clientId, from, to })).length;
  if (raw.all(...bounds).length !== count) throw new Error(`raw and dispatch disagree on ${from} → ${to}`);
  const result = await measurePair(
    n,
    () => list(core.dispatch, { clientId, from, to }),
    () => raw.all(...bounds),
  );
  return { count, result };
}

async function searches(core: BenchCore, clientId: string, n: number): Promise<Row[]> {
  const raw = core.ctx.db.prepare(RAW_SEARCH);
  const rows: Row[] = [];
  for (const search of SEARCHES) {
    const params = [clientId, '', '9999', ftsQuery(search), LIMIT];
    const count = (await list(core.dispatch, { clientId, search })).length;
    if (raw.all(...params).length !== count) throw new Error(`raw and dispatch disagree on "${search}"`);
    const result = await measurePair(
      n,
      () => list(core.dispatch, { clientId, search }),
      () => raw.all(...params),
    );
    const shown = count === LIMIT ? `${LIMIT} (the limit)` : String(count);
    rows.push({ operation: `posts.list search "${search}" → ${shown}`, ...result });
  }
  return rows;
}

/**
 * The composer's autosave: `{ id, caption }` after a pause in typing. Raw: the bare UPDATE, which
 * fires the same FTS trigger. Each side edits its own posts of the week (even / odd), so neither
 * rewrites a row the other just wrote.
 */
async function autosave(core: BenchCore, posts: readonly Post[], n: number): Promise<Row> {
  const raw = core.ctx.db.prepare('UPDATE posts SET caption = ?, updated_at = ? WHERE id = ?');
  const post = (i: number) => posts[i % posts.length] as Post;
  const typed = (i: number) => `${post(i).caption} ${'et encore un mot '.repeat(1 + (i % 5))}`;
  const result = await measurePair(
    n,
    async (i) => {
      const envelope = await core.dispatch('posts.update', { id: post(2 * i).id, caption: typed(2 * i) });
      if (!envelope.ok) throw new Error(`posts.update: ${envelope.error.message}`);
    },
    (i) => raw.run(typed(2 * i + 1), new Date().toISOString(), post(2 * i + 1).id),
  );
  return { operation: 'posts.update caption (autosave)', ...result, budget: { p95: 5000, ratio: 1.5 } };
}

/**
 * A new post from the composer (its first change creates it): a caption on a day and a time of the
 * week. Raw: the bare INSERT of the same row (same FTS trigger), its UTC instant and wall-clock day
 * and hour worked out beforehand.
 */
async function create(
  core: BenchCore,
  clientId: string,
  channelId: string,
  zone: string,
  n: number,
): Promise<Row> {
  const raw = core.ctx.db.prepare(
    `INSERT INTO posts (id, client_id, channel_id, planned_at, time_zone, local_day, local_hour, status, format,
       caption, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, 'draft', 'image', ?, ?, ?)`,
  );
  const day = (i: number) => addDays(BENCH_WEEK, i % 7);
  const time = (i: number) => `${String(8 + (i % 10)).padStart(2, '0')}:${i % 2 === 0 ? '00' : '30'}`;
  const caption = (i: number) => `Nouvelle idée de publication numéro ${i} #atelier`;
  const instants = new Map<string, string>();
  for (let i = 0; i < 70; i++) instants.set(`${day(i)} ${time(i)}`, zonedToUtc(day(i), time(i), zone));
  const result = await measurePair(
    n,
    async (i) => {
      const input = {
        clientId,
        channelId,
        date: day(i),
        time: time(i),
        format: 'image',
        caption: caption(i),
      };
      const envelope = await core.dispatch('posts.create', input);
      if (!envelope.ok) throw new Error(`posts.create: ${envelope.error.message}`);
    },
    (i) => {
      const plannedAt = instants.get(`${day(i)} ${time(i)}`);
      const at = new Date().toISOString();
      raw.run(uuidv7(), clientId, channelId, plannedAt, zone, day(i), 8 + (i % 10), caption(i), at, at);
    },
  );
  return {
    operation: 'posts.create (a new post from the composer)',
    ...result,
    budget: { p95: 5000, ratio: 1.5 },
  };
}

export async function run(n: { writes: number; reads: number }): Promise<string> {
  const heavy = await heavyFolder();
  const core = await startBenchCore(heavy.dataDir);
  try {
    const { id: clientId, timeZone: zone } = heavy.calendar.heavy;
    const weekEnd = addDays(BENCH_WEEK, 7);
    const monthEnd = addMonths(BENCH_MONTH, 1);
    const grid = monthGrid(BENCH_MONTH, 1);
    const gridFrom = grid[0] ?? BENCH_MONTH;
    const gridTo = addDays(grid.at(-1) ?? BENCH_MONTH, 1);
    // Fewer samples where one call reads hundreds of rows: the run stays within minutes.
    const week = await range(core, clientId, zone, BENCH_WEEK, weekEnd, n.reads);
    const month = await range(core, clientId, zone, BENCH_MONTH, monthEnd, Math.ceil(n.reads / 5));
    const shown = await range(core, clientId, zone, gridFrom, gridTo, Math.ceil(n.reads / 5));
    const found = await searches(core, clientId, Math.ceil(n.reads / 10));
    const weekPosts = await list(core.dispatch, { clientId, from: BENCH_WEEK, to: weekEnd });
    const write = await autosave(core, weekPosts, n.writes);
    const created = await create(core, clientId, weekPosts[0]?.channelId ?? '', zone, n.writes);
    const rows: Row[] = [
      { operation: `posts.list week ${BENCH_WEEK} (${week.count} posts)`, ...week.result },
      { operation: `posts.list month ${BENCH_MONTH.slice(0, 7)} (${month.count} posts)`, ...month.result },
      {
        operation: `posts.list month grid ${gridFrom} → ${gridTo} (${shown.count} posts)`,
        ...shown.result,
      },
      ...found,
      write,
      created,
    ];
    const about = `heavy client: "${heavy.calendar.heavy.name}" (${zone}); searches over all its dates, limit ${LIMIT}`;
    return `${formatTable(name, rows)}\n\n${about}`;
  } finally {
    await core.dispose();
  }
}
