import { addDays } from '../../shared/calendar/dates.ts';
import {
  occurrenceOf,
  plannedInstant,
  startOfZonedDay,
  utcToZoned,
  type ZonedParts,
} from '../../shared/calendar/zoned.ts';
import type { ParsedInput } from '../../shared/contract.ts';
import type { ApprovalAnswer, PostApproval } from '../../shared/domain/approval.ts';
import type { Attachment } from '../../shared/domain/attachment.ts';
import { copiedStatus, type Post, type PostFormat, type PostStatus } from '../../shared/domain/post.ts';
import { AppError } from '../../shared/errors.ts';
import { attachmentsOf, copyAttachments } from './attachments.ts';
import { getChannel } from './channels.ts';
import { getClient } from './clients.ts';
import { ftsQuery } from './fts-query.ts';
import { isLive } from './live.ts';
import { findPillar, getPillar } from './pillars.ts';
import { postDigest } from './post-digest.ts';
import { localTimeAt } from './post-local-time.ts';
import { copyPostSegments, segmentIdsOf, setPostSegments } from './post-segments.ts';
import { type MetaRow, meta, newMeta } from './row.ts';
import { all, EMPTY, join, type Sql, sql } from './sql.ts';
import { stmt } from './statements.ts';
import type { Db } from './types.ts';
import { changedFields, patchedRow, type UpdatableTable, updateById } from './update.ts';

interface PostRow extends MetaRow {
  client_id: string;
  channel_id: string;
  planned_at: string;
  time_zone: string;
  status: PostStatus;
  published_at: string | null;
  format: PostFormat;
  caption: string;
  link_url: string;
  pillar_id: string | null;
  campaign: string;
  paid: number;
  budget_cents: number | null;
  notes: string;
  network_post_id: string | null;
  permalink: string | null;
  idea_id: string | null;
  approval: ApprovalAnswer | null;
  approval_comment: string;
  approval_at: string | null;
  approval_digest: string | null;
}

/** The client's last answer, and whether the post changed since they saw it. */
function approvalOf(r: PostRow, attachments: readonly Attachment[]): PostApproval | null {
  if (r.approval === null) return null;
  const seen = { channelId: r.channel_id, plannedAt: r.planned_at, format: r.format, caption: r.caption };
  return {
    answer: r.approval,
    comment: r.approval_comment,
    at: r.approval_at ?? '',
    stale: postDigest({ ...seen, linkUrl: r.link_url, attachments }) !== r.approval_digest,
  };
}

const toPost = (r: PostRow, attachments: Attachment[] = [], segmentIds: string[] = []): Post => ({
  ...meta(r),
  clientId: r.client_id,
  channelId: r.channel_id,
  plannedAt: r.planned_at,
  timeZone: r.time_zone,
  status: r.status,
  publishedAt: r.published_at,
  format: r.format,
  caption: r.caption,
  linkUrl: r.link_url,
  pillarId: r.pillar_id,
  campaign: r.campaign,
  paid: r.paid === 1,
  budgetCents: r.budget_cents,
  notes: r.notes,
  networkPostId: r.network_post_id,
  permalink: r.permalink,
  ideaId: r.idea_id,
  attachments,
  segmentIds,
  approval: approvalOf(r, attachments),
});

/** Rows to posts, with every post's attachments and segments fetched in one query each. */
function withRelations(db: Db, rows: PostRow[]): Post[] {
  const ids = rows.map((r) => r.id);
  const attachments = attachmentsOf(db, ids);
  const segments = segmentIdsOf(db, ids);
  return rows.map((r) => toPost(r, attachments.get(r.id), segments.get(r.id)));
}

/** Live posts only: a post of a channel or client in the trash is hidden with it. */
const LIVE = sql`FROM posts p
  JOIN channels h ON h.id = p.channel_id AND h.deleted_at IS NULL
  JOIN clients c ON c.id = p.client_id AND c.deleted_at IS NULL
  WHERE p.deleted_at IS NULL`;

/** The calendar's order, and a search's: most recent first, so a search over years keeps the latest. */
const ORDER = {
  oldestFirst: sql`ORDER BY p.planned_at, p.id`,
  newestFirst: sql`ORDER BY p.planned_at DESC, p.id DESC`,
} as const;

/** One client's live posts from `from` (included) to `to` (excluded), UTC, narrowed by `filters`. */
function rangeQuery(
  range: { clientId: string; from: string; to: string; limit: number },
  filters: readonly Sql[],
  order: Sql,
): Sql {
  const narrowed = filters.length === 0 ? EMPTY : sql` AND ${join(filters, sql` AND `)}`;
  return sql`SELECT p.* ${LIVE} AND p.client_id = ${range.clientId} AND p.planned_at >= ${range.from} AND p.planned_at < ${range.to}${narrowed}
  ${order} LIMIT ${range.limit}`;
}

/**
 * Exported for the query-plan test and the benchmark: a week or a month of one client's calendar,
 * unfiltered; its parameters are the client, the two UTC bounds and the limit.
 */
export const LIST_RANGE_SQL = rangeQuery(
  { clientId: '', from: '', to: '', limit: 0 },
  [],
  ORDER.oldestFirst,
).text;

/** What `updatePost` may change, and where it lives. */
const POSTS: UpdatableTable<{
  channelId: string;
  plannedAt: string;
  timeZone: string;
  localDay: string;
  localHour: number;
  status: PostStatus;
  publishedAt: string | null;
  format: PostFormat;
  caption: string;
  linkUrl: string;
  pillarId: string | null;
  campaign: string;
  paid: number;
  budgetCents: number | null;
  notes: string;
  updatedAt: string;
}> = {
  name: sql`posts`,
  columns: {
    channelId: sql`channel_id`,
    plannedAt: sql`planned_at`,
    timeZone: sql`time_zone`,
    localDay: sql`local_day`,
    localHour: sql`local_hour`,
    status: sql`status`,
    publishedAt: sql`published_at`,
    format: sql`format`,
    caption: sql`caption`,
    linkUrl: sql`link_url`,
    pillarId: sql`pillar_id`,
    campaign: sql`campaign`,
    paid: sql`paid`,
    budgetCents: sql`budget_cents`,
    notes: sql`notes`,
    updatedAt: sql`updated_at`,
  },
};

/** A live post's row: neither it, nor its channel, nor its client in the trash (see live.ts). */
function liveRow(db: Db, id: string): PostRow {
  const row = stmt<[string], PostRow>(db, 'SELECT * FROM posts WHERE id = ? AND deleted_at IS NULL').get(id);
  if (!row || !isLive(db, 'channels', row.channel_id) || !isLive(db, 'clients', row.client_id))
    throw new AppError('not_found', `No post with id ${id}`);
  return row;
}

export function getPost(db: Db, id: string): Post {
  const [post] = withRelations(db, [liveRow(db, id)]);
  return post as Post;
}

/** A channel or pillar named in a post must be the post's client's own. */
function checkOwnership(db: Db, clientId: string, refs: { channelId?: string; pillarId?: string | null }) {
  if (refs.channelId !== undefined && getChannel(db, refs.channelId).clientId !== clientId)
    throw new AppError('invalid_input', 'The channel belongs to another client', [
      { path: ['channelId'], code: 'otherClient' },
    ]);
  if (refs.pillarId && getPillar(db, refs.pillarId).clientId !== clientId)
    throw new AppError('invalid_input', 'The pillar belongs to another client', [
      { path: ['pillarId'], code: 'otherClient' },
    ]);
}

/** A post marked published keeps when it went out: given, already known, or now if planned later. */
function publishedAt(
  status: PostStatus,
  given: string | null | undefined,
  current: string | null,
  planned: string,
  now: string,
) {
  if (status !== 'published') return null;
  // Stored like every instant (toISOString), so text order stays time order: '…00Z' would sort after '…00.500Z'.
  if (given) return new Date(given).toISOString();
  return current ?? (planned < now ? planned : now);
}

/** Where a post is on its network, once an export said (see 0060-network-posts.ts). */
export interface NetworkPlace {
  networkPostId: string | null;
  permalink: string | null;
}

const NOWHERE: NetworkPlace = { networkPostId: null, permalink: null };

export function createPost(
  db: Db,
  input: ParsedInput<'posts.create'>,
  now: string,
  place: NetworkPlace = NOWHERE,
  ideaId: string | null = null,
): Post {
  const client = getClient(db, input.clientId);
  checkOwnership(db, client.id, input);
  const { instant: plannedAt, wall } = plannedInstant(
    input.date,
    input.time,
    client.timeZone,
    input.occurrence,
  );
  const row: PostRow = {
    ...newMeta(now),
    client_id: client.id,
    channel_id: input.channelId,
    planned_at: plannedAt,
    time_zone: client.timeZone,
    status: input.status,
    published_at: publishedAt(input.status, input.publishedAt, null, plannedAt, now),
    format: input.format,
    caption: input.caption,
    link_url: input.linkUrl,
    pillar_id: input.pillarId,
    campaign: input.campaign,
    paid: input.paid ? 1 : 0,
    budget_cents: input.budgetCents,
    notes: input.notes,
    network_post_id: place.networkPostId,
    permalink: place.permalink,
    idea_id: ideaId,
    approval: null,
    approval_comment: '',
    approval_at: null,
    approval_digest: null,
  };
  const { localDay, localHour } = localTimeAt(wall);
  stmt(
    db,
    `INSERT INTO posts (id, client_id, channel_id, planned_at, time_zone, local_day, local_hour, status, published_at,
       format, caption, link_url, pillar_id, campaign, paid, budget_cents, notes, network_post_id, permalink,
       idea_id, created_at, updated_at)
     VALUES (@id, @client_id, @channel_id, @planned_at, @time_zone, @localDay, @localHour, @status, @published_at,
       @format, @caption, @link_url, @pillar_id, @campaign, @paid, @budget_cents, @notes, @network_post_id, @permalink,
       @idea_id, @created_at, @updated_at)`,
  ).run({ ...row, localDay, localHour });
  // The answer is the row as written (a new post has no pictures yet), not read back; only its
  // segments are, to come in their names' order.
  if (input.segmentIds.length === 0) return toPost(row);
  setPostSegments(db, row.id, client.id, input.segmentIds);
  return toPost(row, [], segmentIdsOf(db, [row.id]).get(row.id));
}

/**
 * Where an update plans the post: nowhere new unless it names a date, a time or an occurrence (the
 * autosave of a caption does not, and skips the zone arithmetic).
 */
function replanned(
  current: Post,
  input: ParsedInput<'posts.update'>,
  zoneOf: () => string,
): { instant: string; wall: ZonedParts } | null {
  if (input.date === undefined && input.time === undefined && input.occurrence === undefined) return null;
  const zone = zoneOf();
  const local = utcToZoned(current.plannedAt, zone);
  // A time that happens twice keeps which of the two it was unless the user picks the other one.
  const occurrence = input.occurrence ?? occurrenceOf(current.plannedAt, zone);
  return plannedInstant(input.date ?? local.date, input.time ?? local.time, zone, occurrence);
}

export function updatePost(db: Db, input: ParsedInput<'posts.update'>, now: string): Post {
  // Its attachments and segments are not needed to change it: the answer reads them once, after.
  const row = liveRow(db, input.id);
  const current = toPost(row);
  checkOwnership(db, current.clientId, input);
  // A live post's client is live (liveRow); its zone is only needed to plan the post again.
  let known: string | undefined;
  const zone = () => {
    known ??= getClient(db, current.clientId).timeZone;
    return known;
  };
  const planned = replanned(current, input, zone);
  const plannedAt = planned?.instant ?? current.plannedAt;
  const status = input.status ?? current.status;
  const changed = changedFields(POSTS, row, {
    channelId: input.channelId,
    plannedAt,
    ...(planned && plannedAt !== current.plannedAt ? { timeZone: zone(), ...localTimeAt(planned.wall) } : {}),
    status,
    publishedAt: publishedAt(status, input.publishedAt, current.publishedAt, plannedAt, now),
    format: input.format,
    caption: input.caption,
    linkUrl: input.linkUrl,
    pillarId: input.pillarId,
    campaign: input.campaign,
    paid: input.paid === undefined ? undefined : input.paid ? 1 : 0,
    budgetCents: input.budgetCents,
    notes: input.notes,
  });
  // Always stamped, even when nothing else changed: the contract's update moves updatedAt.
  const written = { ...changed, updatedAt: now };
  updateById(db, POSTS, current.id, written);
  if (input.segmentIds !== undefined) setPostSegments(db, current.id, current.clientId, input.segmentIds);
  return withRelations(db, [patchedRow(POSTS, row, written)])[0] as Post;
}

/** Moves posts to a day of their client's calendar, each keeping its time of day unless one is given. */
export function movePosts(db: Db, input: ParsedInput<'posts.move'>, now: string): Post[] {
  return input.ids.map((id) => {
    const post = getPost(db, id);
    const zone = getClient(db, post.clientId).timeZone;
    const time = input.time ?? utcToZoned(post.plannedAt, zone).time;
    return updatePost(db, { id, date: input.date, time, occurrence: input.occurrence ?? 'earlier' }, now);
  });
}

export function setStatus(db: Db, input: ParsedInput<'posts.setStatus'>, now: string): Post[] {
  return input.ids.map((id) => updatePost(db, { id, status: input.status }, now));
}

/** A copy to plan again, never published (see `copiedStatus`), with every planning field kept. */
function copyPost(
  db: Db,
  source: Post,
  changes: { channelId?: string; date?: string; keepStatus?: boolean },
  now: string,
): Post {
  const zone = getClient(db, source.clientId).timeZone;
  const local = utcToZoned(source.plannedAt, zone);
  const copy = createPost(
    db,
    {
      clientId: source.clientId,
      channelId: changes.channelId ?? source.channelId,
      date: changes.date ?? local.date,
      time: local.time,
      occurrence: 'earlier',
      status: copiedStatus(source.status, changes.keepStatus ?? false),
      format: source.format,
      caption: source.caption,
      linkUrl: source.linkUrl,
      // A pillar in the trash is not carried over: it would make the whole copy fail as not found.
      pillarId: source.pillarId && findPillar(db, source.pillarId) ? source.pillarId : null,
      campaign: source.campaign,
      paid: source.paid,
      budgetCents: source.budgetCents,
      notes: source.notes,
      segmentIds: [],
    },
    now,
  );
  // The pictures come along (new rows pointing at the same stored files), and so do the targets.
  copyAttachments(db, source.id, copy.id, now);
  copyPostSegments(db, source.id, copy.id);
  return getPost(db, copy.id);
}

export function duplicatePost(db: Db, input: ParsedInput<'posts.duplicate'>, now: string): Post[] {
  const source = getPost(db, input.id);
  for (const channelId of input.channelIds) checkOwnership(db, source.clientId, { channelId });
  return [
    ...input.channelIds.map((channelId) => copyPost(db, source, { channelId }, now)),
    ...input.dates.map((date) => copyPost(db, source, { date }, now)),
  ];
}

/** "Copy last week": each chosen post comes back the given number of days later, same wall-clock time. */
export function copyPostsBy(db: Db, input: ParsedInput<'posts.copy'>, now: string): Post[] {
  return input.ids.map((id) => {
    const source = getPost(db, id);
    const zone = getClient(db, source.clientId).timeZone;
    const date = addDays(utcToZoned(source.plannedAt, zone).date, input.days);
    return copyPost(db, source, { date, keepStatus: input.keepStatuses }, now);
  });
}

/** The filters of `posts.list` that keep posts whose column is one of the given values. */
const IN_LIST = {
  channelIds: sql`p.channel_id`,
  statuses: sql`p.status`,
  formats: sql`p.format`,
  pillarIds: sql`p.pillar_id`,
  campaigns: sql`p.campaign`,
} as const;

export function listPosts(db: Db, input: ParsedInput<'posts.list'>): Post[] {
  const client = getClient(db, input.clientId);
  const filters: Sql[] = [];
  for (const [field, column] of Object.entries(IN_LIST) as [keyof typeof IN_LIST, Sql][]) {
    const values = input[field];
    if (values !== undefined)
      filters.push(sql`${column} IN (SELECT value FROM json_each(${JSON.stringify(values)}))`);
  }
  if (input.segmentIds !== undefined)
    filters.push(
      sql`p.id IN (SELECT post_id FROM post_segments WHERE segment_id IN (SELECT value FROM json_each(${JSON.stringify(input.segmentIds)})))`,
    );
  const match = input.search ? ftsQuery(input.search) : null;
  // "#" or "🎄" has no word to look for: nothing matches, rather than every post.
  if (input.search && !match) return [];
  if (match) filters.push(sql`p.seq IN (SELECT rowid FROM posts_fts WHERE posts_fts MATCH ${match})`);
  // The wall-calendar days become UTC bounds in the client's zone, so a DST week keeps its 167 or 169 hours.
  const range = {
    clientId: input.clientId,
    from: input.from ? startOfZonedDay(input.from, client.timeZone) : '',
    to: input.to ? startOfZonedDay(input.to, client.timeZone) : '9999',
    limit: input.limit,
  };
  // A search over years keeps the most recent matches when it has to stop at the limit.
  const query = rangeQuery(range, filters, match ? ORDER.newestFirst : ORDER.oldestFirst);
  return withRelations(db, all<PostRow>(db, query));
}

/** The campaigns a client has used, for the composer's suggestions and the filter. */
export function listCampaigns(db: Db, clientId: string): string[] {
  getClient(db, clientId);
  return stmt<[string], { campaign: string }>(
    db,
    // Named index: without statistics the planner would walk all of the client's posts (30 ms at 35,000).
    `SELECT campaign FROM posts INDEXED BY posts_campaigns
     WHERE client_id = ? AND deleted_at IS NULL AND campaign <> ''
     GROUP BY campaign ORDER BY campaign COLLATE NOCASE`,
  )
    .all(clientId)
    .map((r) => r.campaign);
}
