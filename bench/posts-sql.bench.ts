import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createChannel } from '../electron/db/channels.ts';
import { createClient } from '../electron/db/clients.ts';
import { ftsQuery } from '../electron/db/fts-query.ts';
import { closeDatabase, openDatabase } from '../electron/db/open.ts';
import { createPillar, updatePillar } from '../electron/db/pillars.ts';
import { createPost, LIST_RANGE_SQL, listPosts, updatePost } from '../electron/db/posts.ts';
import type { Db } from '../electron/db/types.ts';
import { addDays, type IsoDate } from '../shared/calendar/dates.ts';
import { startOfZonedDay } from '../shared/calendar/zoned.ts';
import type { Post, PostFormat, PostStatus } from '../shared/domain/post.ts';
import { measurePair } from './measure.ts';
import { RAW_FILTERED, RAW_SEARCH } from './raw-posts-sql.ts';
import { createRng } from './rng.ts';
import { formatTable, type Row } from './table.ts';

export const name =
  "The posts repository's composed SQL (list, search, partial updates) vs raw better-sqlite3";

/**
 * Straight on the repository functions (no dispatch, no validation), so what is left over raw
 * is the cost of building the SQL, finding its prepared statement and the posts' relations.
 * One client in Paris, ~40 posts a week over two years, on a fresh file with the app's pragmas.
 */
const ZONE = 'Europe/Paris';
const START: IsoDate = '2025-01-06';
const WEEKS = 104;
const WEEK: IsoDate = '2026-03-02';
const MONTH: IsoDate = '2026-03-01';
const LIMIT = 2000;
const WORDS = ['galette', 'croissant', 'levain', 'brioche', 'atelier', 'fournée', 'seigle', 'épeautre'];
const STATUSES: PostStatus[] = ['idea', 'draft', 'ready', 'published'];
const FORMATS: PostFormat[] = ['image', 'carousel', 'reel', 'story'];

// The raw side: the SQL `listPosts` and `updatePost` run, written out by hand, prepared once.
function seed(db: Db) {
  const rng = createRng(20261205);
  const now = '2026-03-15T09:00:00.000Z';
  return db.transaction(() => {
    const client = createClient(
      db,
      {
        name: 'Boulangerie',
        color: '#E4572E',
        timeZone: ZONE,
        currency: 'EUR',
        engagementBasis: 'reach',
        notes: '',
      },
      now,
    );
    const channels = (['instagram', 'facebook', 'linkedin'] as const).map((network) =>
      createChannel(
        db,
        { clientId: client.id, network, kind: 'sharing', handle: `@${network}`, url: '' },
        now,
      ),
    );
    const pillars = ['Recettes', 'Coulisses'].map((n) =>
      createPillar(db, { clientId: client.id, name: n, color: '#29A36A' }, now),
    );
    let count = 0;
    for (let day = 0; day < WEEKS * 7; day++) {
      const date = addDays(START, day);
      for (let k = rng.int(3, 8); k > 0; k--) {
        const words = Array.from({ length: rng.int(4, 9) }, () => rng.pick(WORDS)).join(' ');
        createPost(
          db,
          {
            clientId: client.id,
            channelId: rng.pick(channels).id,
            date,
            time: `${String(rng.int(7, 21)).padStart(2, '0')}:${rng.pick(['00', '15', '30', '45'])}`,
            occurrence: 'earlier',
            status: rng.pick(STATUSES),
            publishedAt: null,
            format: rng.pick(FORMATS),
            caption: `${words} #boulangerie`,
            linkUrl: '',
            pillarId: rng.chance(0.5) ? rng.pick(pillars).id : null,
            campaign: rng.chance(0.2) ? 'Printemps' : '',
            paid: false,
            budgetCents: null,
            notes: '',
            segmentIds: [],
          },
          now,
        );
        count++;
      }
    }
    return { client, channels, pillars, count };
  })();
}

export async function run(n: { writes: number; reads: number }): Promise<string> {
  const dataDir = mkdtempSync(join(tmpdir(), 'calepin-bench-'));
  const { db } = await openDatabase(dataDir);
  try {
    const { client, channels, pillars, count } = seed(db);
    const bounds = (from: IsoDate, days: number) => [
      client.id,
      startOfZonedDay(from, ZONE),
      startOfZonedDay(addDays(from, days), ZONE),
    ];
    const rows: Row[] = [];
    const pair = async (
      operation: string,
      reps: number,
      ours: (i: number) => unknown,
      raw: (i: number) => unknown,
    ) => rows.push({ operation, ...(await measurePair(reps, ours, raw)) });
    const check = (what: string, ours: readonly Post[], raw: readonly unknown[]) => {
      if (ours.length !== raw.length) throw new Error(`${what}: ${ours.length} posts vs ${raw.length} raw`);
      return ours.length;
    };

    const range = db.prepare(LIST_RANGE_SQL);
    const week = { clientId: client.id, from: WEEK, to: addDays(WEEK, 7), limit: LIMIT };
    const weekRaw = [...bounds(WEEK, 7), LIMIT];
    const weekCount = check('week', listPosts(db, week), range.all(...weekRaw));
    await pair(
      `listPosts week, oldest first (${weekCount} posts)`,
      n.reads,
      () => listPosts(db, week),
      () => range.all(...weekRaw),
    );

    const month = { clientId: client.id, from: MONTH, to: '2026-04-01', limit: LIMIT };
    const monthRaw = [...bounds(MONTH, 31), LIMIT];
    const monthCount = check('month', listPosts(db, month), range.all(...monthRaw));
    await pair(
      `listPosts month, oldest first (${monthCount} posts)`,
      Math.ceil(n.reads / 5),
      () => listPosts(db, month),
      () => range.all(...monthRaw),
    );

    const filtered = db.prepare(RAW_FILTERED);
    const chosen = [channels[0]?.id ?? '', channels[1]?.id ?? ''];
    const narrowed = { ...week, channelIds: chosen, statuses: ['draft', 'ready'] as PostStatus[] };
    const narrowedRaw = [
      ...bounds(WEEK, 7),
      JSON.stringify(chosen),
      JSON.stringify(['draft', 'ready']),
      LIMIT,
    ];
    const narrowedCount = check('filtered', listPosts(db, narrowed), filtered.all(...narrowedRaw));
    await pair(
      `listPosts week, 2 channels × 2 statuses (${narrowedCount} posts)`,
      n.reads,
      () => listPosts(db, narrowed),
      () => filtered.all(...narrowedRaw),
    );

    const search = db.prepare(RAW_SEARCH);
    for (const text of ['seigle levain', 'brioche']) {
      const input = { clientId: client.id, search: text, limit: LIMIT };
      const raw = [client.id, '', '9999', ftsQuery(text), LIMIT];
      const found = check(`search ${text}`, listPosts(db, input), search.all(...raw));
      await pair(
        `listPosts search "${text}", newest first (${found} posts)`,
        Math.ceil(n.reads / 20),
        () => listPosts(db, input),
        () => search.all(...raw),
      );
    }

    // Writes: each side edits its own posts of the week (even / odd), so neither rewrites the other's row.
    const posts = listPosts(db, week);
    const post = (i: number) => posts[i % posts.length] as Post;
    const stamp = () => new Date().toISOString();
    const caption = db.prepare('UPDATE posts SET caption = ?, updated_at = ? WHERE id = ?');
    await pair(
      'updatePost { caption } (autosave)',
      n.writes,
      (i) => updatePost(db, { id: post(2 * i).id, caption: `${WORDS[i % WORDS.length]} ${i}` }, stamp()),
      (i) => caption.run(`${WORDS[i % WORDS.length]} ${i}`, stamp(), post(2 * i + 1).id),
    );
    const pillarName = db.prepare('UPDATE pillars SET name = ?, updated_at = ? WHERE id = ?');
    const [mine, theirs] = [pillars[0]?.id ?? '', pillars[1]?.id ?? ''];
    await pair(
      'updatePillar { name }',
      n.writes,
      (i) => updatePillar(db, { id: mine, name: `Recettes ${i}` }, stamp()),
      (i) => pillarName.run(`Coulisses ${i}`, stamp(), theirs),
    );
    return `${formatTable(name, rows)}\n\n${count} posts of one client (${ZONE}), ${WEEKS} weeks from ${START}; repository functions called directly`;
  } finally {
    closeDatabase(db);
    rmSync(dataDir, { recursive: true, force: true });
  }
}

// `node bench/posts-sql.bench.ts [writes] [reads]` runs this one alone.
if (import.meta.main) {
  const [writes = 1000, reads = 2000] = process.argv.slice(2).map(Number);
  console.log(await run({ writes, reads }));
}
