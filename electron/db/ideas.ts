import type { ParsedInput } from '../../shared/contract.ts';
import type { Idea, IdeaPicture, IdeaStatus } from '../../shared/domain/idea.ts';
import { AppError, type Issue } from '../../shared/errors.ts';
import type { NetworkId } from '../../shared/networks.ts';
import { requireClient } from './clients.ts';
import { ftsQuery } from './fts-query.ts';
import { type MetaRow, meta, newId } from './row.ts';
import { all, join, type Sql, sql } from './sql.ts';
import { stmt } from './statements.ts';
import type { Db } from './types.ts';

interface IdeaRow extends MetaRow {
  client_id: string | null;
  title: string;
  notes: string;
  source_url: string;
  expert_id: string | null;
  picture_sha256: string | null;
  picture_name: string;
  picture_mime: string;
  tags: string;
  pillar_id: string | null;
  network: NetworkId | null;
  segment_id: string | null;
  use_before: string | null;
  status: IdeaStatus;
  /** The live posts made from it, as a JSON array. */
  post_ids: string;
}

const picture = (r: IdeaRow): IdeaPicture | null =>
  r.picture_sha256 === null ? null : { sha256: r.picture_sha256, name: r.picture_name, mime: r.picture_mime };

const toIdea = (r: IdeaRow): Idea => ({
  ...meta(r),
  clientId: r.client_id,
  title: r.title,
  notes: r.notes,
  sourceUrl: r.source_url,
  expertId: r.expert_id,
  picture: picture(r),
  tags: JSON.parse(r.tags),
  pillarId: r.pillar_id,
  network: r.network,
  segmentId: r.segment_id,
  useBefore: r.use_before,
  status: r.status,
  postIds: JSON.parse(r.post_ids),
});

/** An idea with its live posts; links to a trashed expert, pillar or segment read as none. */
const SELECT = sql`
  SELECT i.*,
    CASE WHEN e.deleted_at IS NULL THEN i.expert_id END AS expert_id,
    CASE WHEN l.deleted_at IS NULL THEN i.pillar_id END AS pillar_id,
    CASE WHEN s.deleted_at IS NULL THEN i.segment_id END AS segment_id,
    (SELECT coalesce(json_group_array(p.id), '[]') FROM
       (SELECT q.id FROM posts q JOIN channels h ON h.id = q.channel_id AND h.deleted_at IS NULL
        WHERE q.idea_id = i.id AND q.deleted_at IS NULL ORDER BY q.created_at, q.id) p) AS post_ids
  FROM ideas i
  LEFT JOIN clients c ON c.id = i.client_id
  LEFT JOIN experts e ON e.id = i.expert_id
  LEFT JOIN pillars l ON l.id = i.pillar_id
  LEFT JOIN segments s ON s.id = i.segment_id
  WHERE i.deleted_at IS NULL AND (i.client_id IS NULL OR c.deleted_at IS NULL)`;

const ORDER: Record<ParsedInput<'ideas.list'>['sort'], Sql> = {
  newest: sql`i.created_at DESC, i.id DESC`,
  // Ideas with no deadline come after those that have one.
  useBefore: sql`i.use_before IS NULL, i.use_before, i.created_at DESC`,
  title: sql`i.title COLLATE NOCASE, i.id`,
  status: sql`CASE i.status WHEN 'new' THEN 0 WHEN 'planned' THEN 1 WHEN 'used' THEN 2 ELSE 3 END, i.created_at DESC`,
};

const inList = (column: Sql, values: readonly string[]) =>
  sql`${column} IN (SELECT value FROM json_each(${JSON.stringify(values)}))`;

export function listIdeas(db: Db, input: ParsedInput<'ideas.list'>): Idea[] {
  if (input.clientId !== null) requireClient(db, input.clientId);
  const filters: Sql[] = [
    input.clientId === null
      ? sql`i.client_id IS NULL`
      : sql`(i.client_id = ${input.clientId} OR i.client_id IS NULL)`,
  ];
  if (input.statuses) filters.push(inList(sql`i.status`, input.statuses));
  if (input.networks) filters.push(inList(sql`i.network`, input.networks));
  if (input.pillarIds) filters.push(inList(sql`i.pillar_id`, input.pillarIds));
  if (input.tags && input.tags.length > 0)
    filters.push(
      sql`EXISTS (SELECT 1 FROM json_each(i.tags) t WHERE ${inList(sql`t.value COLLATE NOCASE`, input.tags)})`,
    );
  const match = input.search ? ftsQuery(input.search) : null;
  if (match) filters.push(sql`i.seq IN (SELECT rowid FROM ideas_fts WHERE ideas_fts MATCH ${match})`);
  return all<IdeaRow>(
    db,
    sql`${SELECT} AND ${join(filters, sql` AND `)} ORDER BY ${ORDER[input.sort]} LIMIT ${input.limit}`,
  ).map(toIdea);
}

export function getIdea(db: Db, id: string): Idea {
  const [row] = all<IdeaRow>(db, sql`${SELECT} AND i.id = ${id}`);
  if (!row) throw new AppError('not_found', `No idea with id ${id}`);
  return toIdea(row);
}

/** The tags used in a bank (a client's with the shared one's), for the tag field's suggestions. */
export function ideaTags(db: Db, clientId: string | null): string[] {
  if (clientId !== null) requireClient(db, clientId);
  return stmt<[string | null], { tag: string }>(
    db,
    `SELECT DISTINCT t.value AS tag FROM ideas i, json_each(i.tags) t
     WHERE i.deleted_at IS NULL AND (i.client_id IS NULL OR i.client_id = ?)
     ORDER BY t.value COLLATE NOCASE LIMIT 500`,
  )
    .all(clientId)
    .map((r) => r.tag);
}

interface IdeaLinks {
  clientId: string | null;
  expertId: string | null;
  pillarId: string | null;
  segmentId: string | null;
}

type LinkField = 'expertId' | 'pillarId' | 'segmentId';

/** The client of a pillar or segment, live or `anyState` (a trashed one may come back). */
const ownerOf = (db: Db, table: 'pillars' | 'segments', id: string, anyState: boolean) =>
  stmt<[string, number], { client_id: string }>(
    db,
    `SELECT client_id FROM ${table} WHERE id = ? AND (? OR deleted_at IS NULL)`,
  ).get(id, anyState ? 1 : 0)?.client_id;

/**
 * An idea's pillar and segment are its client's (a shared idea has neither: each client has its
 * own), and its expert is one in the list. A link given now must be to a live row; a link kept
 * from before may be to a row in the trash (it comes back with it), but it must still be the
 * idea's client's once the idea changes bank.
 */
function checkLinks(db: Db, links: IdeaLinks, given: ReadonlySet<LinkField>): void {
  const issues: Issue[] = [];
  const owned = (field: 'pillarId' | 'segmentId', table: 'pillars' | 'segments') => {
    const id = links[field];
    if (id === null) return;
    const owner = ownerOf(db, table, id, !given.has(field));
    if (owner === undefined) throw new AppError('not_found', `No ${table} row with id ${id}`);
    if (owner !== links.clientId) issues.push({ path: [field], code: 'otherClient' });
  };
  owned('pillarId', 'pillars');
  owned('segmentId', 'segments');
  if (
    given.has('expertId') &&
    links.expertId !== null &&
    !stmt<[string], { id: string }>(db, 'SELECT id FROM experts WHERE id = ? AND deleted_at IS NULL').get(
      links.expertId,
    )
  )
    throw new AppError('not_found', `No expert with id ${links.expertId}`);
  if (issues.length > 0) throw new AppError('invalid_input', 'The idea points at another client', issues);
}

const ALL_LINKS: ReadonlySet<LinkField> = new Set(['expertId', 'pillarId', 'segmentId']);

const COLUMNS = `client_id = @clientId, title = @title, notes = @notes, source_url = @sourceUrl,
  expert_id = @expertId, tags = @tags, pillar_id = @pillarId, network = @network, segment_id = @segmentId,
  use_before = @useBefore, status = @status, updated_at = @now`;

type IdeaFields = Omit<ParsedInput<'ideas.create'>, 'tags'> & { tags: string[] };

const params = (fields: IdeaFields, now: string) => ({ ...fields, tags: JSON.stringify(fields.tags), now });

export function createIdea(db: Db, input: ParsedInput<'ideas.create'>, now: string): Idea {
  if (input.clientId !== null) requireClient(db, input.clientId);
  checkLinks(db, input, ALL_LINKS);
  const id = newId();
  stmt(
    db,
    `INSERT INTO ideas (id, client_id, title, notes, source_url, expert_id, tags, pillar_id, network, segment_id,
       use_before, status, created_at, updated_at)
     VALUES (@id, @clientId, @title, @notes, @sourceUrl, @expertId, @tags, @pillarId, @network, @segmentId,
       @useBefore, @status, @now, @now)`,
  ).run({ id, ...params(input, now) });
  return getIdea(db, id);
}

export function updateIdea(db: Db, input: ParsedInput<'ideas.update'>, now: string): Idea {
  const current = getIdea(db, input.id);
  const { id, ...patch } = input;
  // The links as stored: the idea shows a trashed expert, pillar or segment as none, but an edit of
  // its notes must not forget them (they come back from the trash with the idea's link).
  const stored = stmt<
    [string],
    { expert_id: string | null; pillar_id: string | null; segment_id: string | null }
  >(db, 'SELECT expert_id, pillar_id, segment_id FROM ideas WHERE id = ?').get(id);
  const merged: IdeaFields = {
    ...current,
    expertId: stored?.expert_id ?? null,
    pillarId: stored?.pillar_id ?? null,
    segmentId: stored?.segment_id ?? null,
    ...definedOnly(patch),
  };
  if (merged.clientId !== null && merged.clientId !== current.clientId) requireClient(db, merged.clientId);
  checkLinks(db, merged, new Set([...ALL_LINKS].filter((field) => patch[field] !== undefined)));
  stmt(db, `UPDATE ideas SET ${COLUMNS} WHERE id = @id`).run({ id, ...params(merged, now) });
  return getIdea(db, id);
}

/** The fields given, without the ones left out (`undefined`), so a merge keeps what is stored. */
function definedOnly<T extends object>(patch: T): Partial<T> {
  return Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined)) as Partial<T>;
}

export function setIdeaStatus(db: Db, id: string, status: IdeaStatus, now: string): void {
  stmt(db, 'UPDATE ideas SET status = @status, updated_at = @now WHERE id = @id').run({ id, status, now });
}

export function setIdeaPicture(db: Db, id: string, picture: IdeaPicture | null, now: string): void {
  stmt(
    db,
    `UPDATE ideas SET picture_sha256 = @sha256, picture_name = @name, picture_mime = @mime, updated_at = @now
     WHERE id = @id`,
  ).run({ id, sha256: picture?.sha256 ?? null, name: picture?.name ?? '', mime: picture?.mime ?? '', now });
}

/** An idea made into a post, claimed for the post's client if it was shared. */
export function claimIdea(db: Db, id: string, clientId: string, now: string): void {
  stmt(
    db,
    `UPDATE ideas SET client_id = @clientId, status = CASE WHEN status = 'new' THEN 'planned' ELSE status END,
       updated_at = @now WHERE id = @id`,
  ).run({ id, clientId, now });
}
