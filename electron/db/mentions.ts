import { zonedToUtc } from '../../shared/calendar/zoned.ts';
import type { ParsedInput } from '../../shared/contract.ts';
import type { Mention, MentionPage, Sentiment } from '../../shared/domain/mention.ts';
import { AppError } from '../../shared/errors.ts';
import type { NetworkId } from '../../shared/networks.ts';
import { ftsQuery } from './fts-query.ts';
import { type MetaRow, meta, newId } from './row.ts';
import { all, get, join, type Sql, sql } from './sql.ts';
import { stmt } from './statements.ts';
import { type SubjectColumns, subjectColumns, subjectOf } from './subject-columns.ts';
import type { Db } from './types.ts';

interface MentionRow extends MetaRow, SubjectColumns {
  client_id: string;
  said_on: string;
  said_time: string;
  time_zone: string;
  said_at: string;
  network: NetworkId;
  author: string;
  author_audience: number | null;
  text: string;
  url: string;
  sentiment: Sentiment;
  tags: string;
  post_id: string | null;
}

const toMention = (r: MentionRow): Mention => ({
  ...meta(r),
  clientId: r.client_id,
  date: r.said_on,
  time: r.said_time,
  network: r.network,
  author: r.author,
  authorAudience: r.author_audience,
  text: r.text,
  url: r.url,
  subject: subjectOf(r),
  sentiment: r.sentiment,
  tags: JSON.parse(r.tags),
  postId: r.post_id,
});

export type MentionValues = ParsedInput<'mentions.createMany'>['mentions'][number];

/** The row's columns for a mention's values, its instant from the day and time on the client's clock. */
const columns = (m: MentionValues, zone: string) => ({
  said_on: m.date,
  said_time: m.time,
  time_zone: zone,
  said_at: zonedToUtc(m.date, m.time, zone),
  network: m.network,
  author: m.author,
  author_audience: m.authorAudience,
  text: m.text,
  url: m.url,
  ...subjectColumns(m.subject),
  sentiment: m.sentiment,
  tags: JSON.stringify(m.tags),
  post_id: m.postId,
});

/** Writes a new mention; the answer is the row as written (reading it back would cost a statement for nothing new). */
export function insertMention(
  db: Db,
  clientId: string,
  zone: string,
  m: MentionValues,
  now: string,
): Mention {
  const row: MentionRow = {
    id: newId(),
    client_id: clientId,
    ...columns(m, zone),
    created_at: now,
    updated_at: now,
    deleted_at: null,
  };
  stmt(
    db,
    `INSERT INTO mentions (id, client_id, said_on, said_time, time_zone, said_at, network, author, author_audience,
       text, url, subject_kind, competitor_id, topic, sentiment, tags, post_id, created_at, updated_at)
     VALUES (@id, @client_id, @said_on, @said_time, @time_zone, @said_at, @network, @author, @author_audience,
       @text, @url, @subject_kind, @competitor_id, @topic, @sentiment, @tags, @post_id, @created_at, @updated_at)`,
  ).run(row);
  return toMention(row);
}

/** The zone a mention's moment was read in. */
export const mentionZone = (db: Db, id: string): string =>
  stmt<[string], { time_zone: string }>(db, 'SELECT time_zone FROM mentions WHERE id = ?').get(id)
    ?.time_zone ?? '';

export function updateMentionRow(db: Db, id: string, zone: string, m: MentionValues, now: string): void {
  stmt(
    db,
    `UPDATE mentions SET said_on = @said_on, said_time = @said_time, time_zone = @time_zone, said_at = @said_at,
       network = @network, author = @author, author_audience = @author_audience, text = @text, url = @url,
       subject_kind = @subject_kind, competitor_id = @competitor_id, topic = @topic, sentiment = @sentiment,
       tags = @tags, post_id = @post_id, updated_at = @now
     WHERE id = @id`,
  ).run({ id, ...columns(m, zone), now });
}

/**
 * A live mention, or a not_found error; its client is checked by the caller. A mention of a competitor
 * in the trash went there with it (the journal and the trash hide it too) until the competitor is back.
 */
export function getMention(db: Db, id: string): Mention {
  const row = stmt<[string], MentionRow>(
    db,
    `SELECT * FROM mentions WHERE id = ? AND deleted_at IS NULL
       AND (competitor_id IS NULL OR competitor_id IN (SELECT id FROM competitors WHERE deleted_at IS NULL))`,
  ).get(id);
  if (!row) throw new AppError('not_found', `No mention with id ${id}`);
  return toMention(row);
}

/**
 * Subject keys as `subjectKey` writes them, back to the stored columns. A topic's key is folded by
 * `toLocaleLowerCase`, which SQLite's ASCII-only `lower` is not ("Épiphanie" would never match
 * "topic:épiphanie"): the client's stored spellings are folded here and those that match are looked for.
 */
function subjectFilter(db: Db, clientId: string, keys: readonly string[]): Sql {
  const topics = new Set(
    keys.filter((k) => k.startsWith('topic:')).map((k) => k.slice('topic:'.length).toLocaleLowerCase('fr')),
  );
  const parts = keys.flatMap((key) => {
    if (key === 'brand') return [sql`m.subject_kind = 'brand'`];
    if (key.startsWith('competitor:')) return [sql`m.competitor_id = ${key.slice('competitor:'.length)}`];
    return key.startsWith('topic:') ? [] : [sql`0`];
  });
  if (topics.size > 0) {
    const spellings = stmt<[string], { topic: string }>(
      db,
      `SELECT DISTINCT topic FROM mentions WHERE client_id = ? AND subject_kind = 'topic' AND deleted_at IS NULL`,
    )
      .all(clientId)
      .map((r) => r.topic)
      .filter((t) => topics.has(t.toLocaleLowerCase('fr')));
    parts.push(
      sql`(m.subject_kind = 'topic' AND m.topic IN (SELECT value FROM json_each(${JSON.stringify(spellings)})))`,
    );
  }
  return parts.length === 0 ? sql`0` : sql`(${join(parts, sql` OR `)})`;
}

/** The journal, newest first, with what matches the filters beyond the limit counted. */
export function listMentions(db: Db, input: ParsedInput<'mentions.list'>): MentionPage {
  const filters: Sql[] = [sql`m.client_id = ${input.clientId}`, sql`m.deleted_at IS NULL`];
  if (input.from !== undefined) filters.push(sql`m.said_on >= ${input.from}`);
  if (input.to !== undefined) filters.push(sql`m.said_on < ${input.to}`);
  if (input.sentiments !== undefined)
    filters.push(sql`m.sentiment IN (SELECT value FROM json_each(${JSON.stringify(input.sentiments)}))`);
  if (input.networks !== undefined)
    filters.push(sql`m.network IN (SELECT value FROM json_each(${JSON.stringify(input.networks)}))`);
  if (input.subjects !== undefined) filters.push(subjectFilter(db, input.clientId, input.subjects));
  const match = input.search ? ftsQuery(input.search) : null;
  // "#" or "🎄" has no word to look for: nothing matches, rather than every mention.
  if (input.search && !match) return { mentions: [], total: 0 };
  if (match) filters.push(sql`m.seq IN (SELECT rowid FROM mentions_fts WHERE mentions_fts MATCH ${match})`);
  // A trashed competitor's mentions go with it, and come back with it. Named by id (there are a few
  // at most, usually none): a look-up per mention made counting a whole journal 40 times slower.
  const trashed = stmt<[string], string>(
    db,
    'SELECT id FROM competitors WHERE client_id = ? AND deleted_at IS NOT NULL',
  )
    .pluck()
    .all(input.clientId);
  if (trashed.length > 0)
    filters.push(
      sql`(m.competitor_id IS NULL OR m.competitor_id NOT IN (SELECT value FROM json_each(${JSON.stringify(trashed)})))`,
    );
  const where = join(filters, sql` AND `);
  const rows = all<MentionRow>(
    db,
    sql`SELECT m.* FROM mentions m WHERE ${where} ORDER BY m.said_at DESC, m.seq DESC LIMIT ${input.limit + 1}`,
  );
  const total =
    rows.length > input.limit
      ? (get<{ n: number }>(db, sql`SELECT count(*) AS n FROM mentions m WHERE ${where}`)?.n ?? 0)
      : rows.length;
  return { mentions: rows.slice(0, input.limit).map(toMention), total };
}
