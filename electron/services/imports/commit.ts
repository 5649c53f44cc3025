import type { IsoDate } from '../../../shared/calendar/dates.ts';
import { utcToZoned } from '../../../shared/calendar/zoned.ts';
import type { ParsedInput } from '../../../shared/contract.ts';
import { type Metric, type MetricValues, metricApplies } from '../../../shared/domain/metrics.ts';
import type { NumberImportCommitted } from '../../../shared/domain/number-import.ts';
import { CAPTION_MAX, PostCreate, type PostFormat } from '../../../shared/domain/post.ts';
import { AppError, type Issue } from '../../../shared/errors.ts';
import type { NetworkId } from '../../../shared/networks.ts';
import { getChannel } from '../../db/channels.ts';
import { getClient } from '../../db/clients.ts';
import { followerCountsOf, latestFollowerCountOn, writeFollowerCount } from '../../db/follower-counts.ts';
import { saveMapping } from '../../db/import-mappings.ts';
import { markFoundInExport } from '../../db/import-posts.ts';
import { type MetricTargetRow, metricTargets } from '../../db/metric-targets.ts';
import { valuesOf, writeReadings } from '../../db/post-metrics.ts';
import { createPost } from '../../db/posts.ts';
import type { Db } from '../../db/types.ts';
import { dropPending, type PendingImport, type PendingRow, pendingImport } from './pending.ts';
import { keepSnapshot, takeSnapshot } from './undo.ts';

/** What a post found only in an export is, when the file does not say: its network's usual kind. */
const FORMAT_OF: Partial<Record<NetworkId, PostFormat>> = {
  youtube: 'video',
  tiktok: 'video',
  instagram: 'image',
};

/** A post with no time in the file (YouTube, TikTok give a day) is placed at noon of that day. */
const NOON = '12:00';

/** Each row the commit writes, with the post it goes to (an id, or null: a new post). */
function resolveRows(
  pending: PendingImport,
  input: ParsedInput<'imports.commit'>,
): { rows: { p: PendingRow; postId: string | null }[]; skipped: number } {
  const skip = new Set(input.skipLines);
  const choices = new Map(input.choices.map((c) => [c.line, c.postId]));
  const issues: Issue[] = [];
  const rows: { p: PendingRow; postId: string | null }[] = [];
  let skipped = 0;
  for (const p of pending.rows) {
    const { line } = p.row;
    const { match } = p;
    if (
      skip.has(line) ||
      p.notes.some((n) => n !== 'unchanged') ||
      match.kind === 'unplaced' ||
      match.kind === 'day'
    ) {
      skipped++;
      continue;
    }
    if (p.notes.includes('unchanged')) continue;
    if (match.kind === 'post') rows.push({ p, postId: match.postId });
    else if (match.kind === 'new') rows.push({ p, postId: null });
    else if (!choices.has(line)) issues.push({ path: ['choices', String(line)], code: 'chooseAPost' });
    else {
      const chosen = choices.get(line) ?? null;
      if (chosen !== null && !match.postIds.includes(chosen))
        issues.push({ path: ['choices', String(line)], code: 'invalidId' });
      else rows.push({ p, postId: chosen });
    }
  }
  if (issues.length > 0) throw new AppError('invalid_input', 'Some rows need a choice first', issues);
  return { rows, skipped };
}

/** A published post made from a row: its caption, its link, when it went out. */
function createFromRow(
  db: Db,
  pending: PendingImport,
  p: PendingRow,
  zone: string,
  network: NetworkId,
  now: string,
) {
  const { row } = p;
  const local = p.publishedAt
    ? utcToZoned(p.publishedAt, zone)
    : row.published?.kind === 'local'
      ? { date: row.published.date, time: row.published.time ?? NOON }
      : null;
  if (!local) return null;
  const input = PostCreate.parse({
    clientId: pending.clientId,
    channelId: pending.channelId,
    date: local.date,
    time: local.time,
    status: 'published',
    ...(p.publishedAt ? { publishedAt: p.publishedAt } : {}),
    format: row.format ?? FORMAT_OF[network] ?? 'text',
    caption: (row.caption ?? '').slice(0, CAPTION_MAX),
  });
  return createPost(db, input, now, { networkPostId: row.externalId, permalink: row.permalink });
}

/** The metrics of a row the post can have (story figures for stories, spend when paid). */
function applicable(metrics: Partial<Record<Metric, number>>, post: MetricTargetRow): Partial<MetricValues> {
  const out: Partial<MetricValues> = {};
  for (const [metric, value] of Object.entries(metrics) as [Metric, number][])
    if (metricApplies(metric, { format: post.format, paid: post.paid === 1 })) out[metric] = value;
  return out;
}

/** Writes each day's readings in one pass; a row whose numbers are those already logged writes nothing. */
function writeDays(db: Db, rows: { p: PendingRow; postId: string }[], now: string): number {
  const byDay = new Map<IsoDate, { p: PendingRow; postId: string }[]>();
  for (const r of rows) {
    const day = byDay.get(r.p.takenOn);
    if (day) day.push(r);
    else byDay.set(r.p.takenOn, [r]);
  }
  let written = 0;
  for (const [on, dayRows] of byDay) {
    const targets = metricTargets(
      db,
      dayRows.map((r) => r.postId),
      on,
    );
    const changes = new Map<MetricTargetRow, Partial<MetricValues>>();
    for (const r of dayRows) {
      const target = targets.get(r.postId);
      if (!target)
        throw new AppError('conflict', 'A post of the preview is gone', [
          { path: ['importId'], code: 'importChanged' },
        ]);
      const values = applicable(r.p.row.metrics, target);
      const logged = target.id === null ? null : valuesOf(target);
      const entries = Object.entries(values) as [Metric, number][];
      if (entries.length === 0 || (logged && entries.every(([m, v]) => logged[m] === v))) continue;
      changes.set(target, { ...changes.get(target), ...values });
    }
    written += writeReadings(db, on, changes, now).size;
  }
  return written;
}

/**
 * New follows per day, added up from a known count into follower counts. A day already counted by
 * hand keeps its count, and the days after it go on from there.
 */
function writeFollows(
  db: Db,
  pending: PendingImport,
  input: ParsedInput<'imports.commit'>,
  now: string,
): number {
  const known = input.knownFollowers;
  // A day the user skipped is neither counted nor added: its figure is the one in doubt.
  const skip = new Set(input.skipLines);
  const days = pending.rows
    .filter((r) => r.notes.length === 0 && r.row.follows !== undefined && !skip.has(r.row.line))
    .sort((a, b) => (a.takenOn < b.takenOn ? -1 : 1));
  const first = days[0]?.takenOn;
  if (!first) return 0;
  const logged = latestFollowerCountOn(db, pending.channelId, first);
  const start = logged ? { on: logged.takenOn, count: logged.followers } : known;
  if (!start)
    throw new AppError('invalid_input', 'New follows need a follower count to start from', [
      { path: ['knownFollowers'], code: 'noKnownFollowers', params: { date: first } },
    ]);
  const last = days.at(-1)?.takenOn ?? first;
  const byHand = new Map(followerCountsOf(db, pending.channelId, first, last).map((c) => [c.takenOn, c]));
  let running = start.count;
  let written = 0;
  for (const day of days) {
    if (day.takenOn <= start.on) continue;
    const counted = byHand.get(day.takenOn);
    if (counted) {
      running = counted.followers;
      continue;
    }
    running += day.row.follows ?? 0;
    writeFollowerCount(
      db,
      { channelId: pending.channelId, followers: running, profileVisits: null },
      day.takenOn,
      now,
    );
    written++;
  }
  if (!logged && known && known.on <= first) {
    writeFollowerCount(
      db,
      { channelId: pending.channelId, followers: known.count, profileVisits: null },
      known.on,
      now,
    );
    written++;
  }
  return written;
}

/** The span of days the written rows are about: their posts' days, or a series' own days. */
function daysOf(rows: readonly PendingRow[], zone: string): { from: IsoDate; to: IsoDate } | null {
  const days = rows
    .map((r) =>
      r.publishedAt
        ? utcToZoned(r.publishedAt, zone).date
        : r.row.published?.kind === 'local'
          ? r.row.published.date
          : r.takenOn,
    )
    .sort();
  const from = days[0];
  const to = days.at(-1);
  return from && to ? { from, to } : null;
}

/**
 * Writes a preview: all of it or, should anything fail (a post deleted since, a choice missing),
 * nothing — the dispatch's transaction holds every write. Undo puts back what it changed.
 */
export function commitImport(
  db: Db,
  dataDir: string,
  input: ParsedInput<'imports.commit'>,
  now: Date,
): NumberImportCommitted {
  const pending = pendingImport(input.importId, dataDir);
  const client = getClient(db, pending.clientId);
  const channel = getChannel(db, pending.channelId);
  const stamp = now.toISOString();
  const { rows, skipped } = pending.kind === 'posts' ? resolveRows(pending, input) : { rows: [], skipped: 0 };
  const found = [...new Set(rows.flatMap((r) => (r.postId ? [r.postId] : [])))];
  const days = pending.rows.map((r) => r.takenOn).sort();
  const series = pending.follows
    ? { channelId: channel.id, from: input.knownFollowers?.on ?? days[0] ?? '', to: days.at(-1) ?? '' }
    : null;
  const snapshot = takeSnapshot(db, { dataDir, clientId: client.id }, found, series);

  let updated = 0;
  const placed: { p: PendingRow; postId: string }[] = [];
  for (const r of rows) {
    if (r.postId) {
      markFoundInExport(
        db,
        r.postId,
        { networkPostId: r.p.row.externalId, permalink: r.p.row.permalink, publishedAt: r.p.publishedAt },
        stamp,
      );
      updated++;
      placed.push({ p: r.p, postId: r.postId });
      continue;
    }
    const post = createFromRow(db, pending, r.p, client.timeZone, channel.network, stamp);
    if (!post) continue;
    snapshot.created.push(post.id);
    placed.push({ p: r.p, postId: post.id });
  }
  const readings = pending.kind === 'posts' ? writeDays(db, placed, stamp) : 0;
  const followerCounts = pending.follows ? writeFollows(db, pending, input, stamp) : 0;
  if (pending.mapping) saveMapping(db, pending.mapping.signature, pending.mapping.mapping, stamp);
  keepSnapshot(pending.id, snapshot);
  dropPending(pending.id);
  return {
    importId: pending.id,
    created: snapshot.created.length,
    updated,
    readings,
    followerCounts,
    skipped,
    days: daysOf(pending.kind === 'posts' ? placed.map((r) => r.p) : pending.rows, client.timeZone),
  };
}
