import type { IsoDate } from '../../../shared/calendar/dates.ts';
import { utcToZoned } from '../../../shared/calendar/zoned.ts';
import type { ParsedInput } from '../../../shared/contract.ts';
import { type Metric, type MetricValues, metricApplies } from '../../../shared/domain/metrics.ts';
import type { NumberImportCommitted } from '../../../shared/domain/number-import.ts';
import { AppError, type Issue } from '../../../shared/errors.ts';
import { identityOf } from '../../../shared/imports/match-posts.ts';
import { getChannel } from '../../db/channels.ts';
import { getClient } from '../../db/clients.ts';
import { saveMapping } from '../../db/import-mappings.ts';
import { markFoundInExport, placesOnChannel, postsNow } from '../../db/import-posts.ts';
import { type MetricTargetRow, metricTargets } from '../../db/metric-targets.ts';
import { valuesOf, writeReadings } from '../../db/post-metrics.ts';
import type { Db } from '../../db/types.ts';
import { writeFollows } from './follows-series.ts';
import { dropPending, type PendingImport, type PendingRow, pendingImport } from './pending.ts';
import { createFromRow, placeOf } from './post-from-row.ts';
import { keepSnapshot, takeSnapshot } from './undo.ts';

const changed = (line?: number) =>
  new AppError('conflict', 'The data changed since the preview', [
    { path: line === undefined ? ['importId'] : ['rows', String(line)], code: 'importChanged' },
  ]);

/** A row the commit writes, the post it goes to (null: a new one), and whether it brings numbers. */
interface Placed {
  p: PendingRow;
  postId: string | null;
  numbers: boolean;
}

/** Each row the commit writes, with the post it goes to; ambiguous rows need the user's choice. */
function resolveRows(
  pending: PendingImport,
  input: ParsedInput<'imports.commit'>,
): { rows: Placed[]; skipped: number } {
  const skip = new Set(input.skipLines);
  const choices = new Map(input.choices.map((c) => [c.line, c.postId]));
  const issues: Issue[] = [];
  const rows: Placed[] = [];
  const chosenBy = new Map<string, number>();
  let skipped = 0;
  for (const p of pending.rows) {
    const { line } = p.row;
    const { match } = p;
    const unchanged = p.notes.includes('unchanged');
    if (
      skip.has(line) ||
      p.notes.some((n) => n !== 'unchanged') ||
      match.kind === 'unplaced' ||
      match.kind === 'day'
    ) {
      skipped++;
      continue;
    }
    // Numbers already logged: nothing to write but where the post is on its network.
    if (match.kind === 'post') rows.push({ p, postId: match.postId, numbers: !unchanged });
    else if (match.kind === 'new') rows.push({ p, postId: null, numbers: true });
    else if (!choices.has(line)) issues.push({ path: ['choices', String(line)], code: 'chooseAPost' });
    else {
      const chosen = choices.get(line) ?? null;
      const other = chosen === null ? undefined : chosenBy.get(chosen);
      if (chosen !== null && (!match.postIds.includes(chosen) || other !== undefined))
        issues.push({ path: ['choices', String(line)], code: 'invalidId' });
      else {
        if (chosen !== null) chosenBy.set(chosen, line);
        rows.push({ p, postId: chosen, numbers: true });
      }
    }
  }
  if (issues.length > 0) throw new AppError('invalid_input', 'Some rows need a choice first', issues);
  return { rows, skipped };
}

/**
 * What the preview saw must still hold: its posts live on the file's channel, and no post taken
 * meanwhile (a second preview of the same file, committed first) by a row it would create.
 */
function checkStillTrue(db: Db, pending: PendingImport, rows: readonly Placed[]): void {
  const found = postsNow(
    db,
    rows.flatMap((r) => (r.postId ? [r.postId] : [])),
  );
  for (const r of rows) {
    if (r.postId === null) continue;
    const now = found.get(r.postId);
    if (!now?.live || now.channelId !== pending.channelId) throw changed(r.p.row.line);
  }
  const fresh = rows.filter((r) => r.postId === null);
  if (fresh.length === 0) return;
  const ids = fresh.flatMap((r) => (r.p.row.externalId ? [r.p.row.externalId] : []));
  const taken = new Set(
    placesOnChannel(db, pending.channelId, ids).flatMap((place) => {
      const keys = [identityOf({ externalId: place.network_post_id, permalink: null })];
      keys.push(identityOf({ externalId: null, permalink: place.permalink }));
      return keys.filter((k): k is string => k !== null);
    }),
  );
  for (const r of fresh) {
    const byId = identityOf({ externalId: r.p.row.externalId, permalink: null });
    const byLink = identityOf({ externalId: null, permalink: r.p.row.permalink });
    if ((byId && taken.has(byId)) || (byLink && taken.has(byLink))) throw changed(r.p.row.line);
  }
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
      if (!target) throw changed(r.p.row.line);
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
export function commitImport(db: Db, input: ParsedInput<'imports.commit'>, now: Date): NumberImportCommitted {
  const pending = pendingImport(input.importId, db);
  const client = getClient(db, pending.clientId);
  const channel = getChannel(db, pending.channelId);
  const stamp = now.toISOString();
  const { rows, skipped } = pending.kind === 'posts' ? resolveRows(pending, input) : { rows: [], skipped: 0 };
  checkStillTrue(db, pending, rows);
  const skip = new Set(input.skipLines);
  const days =
    pending.kind === 'daily' ? pending.rows.filter((r) => r.notes.length === 0 && !skip.has(r.row.line)) : [];
  const dayList = days.map((r) => r.takenOn).sort();
  const series =
    pending.follows && dayList.length > 0
      ? {
          channelId: channel.id,
          from: input.knownFollowers?.on ?? dayList[0] ?? '',
          to: dayList.at(-1) ?? '',
        }
      : null;
  const found = [...new Set(rows.flatMap((r) => (r.postId ? [r.postId] : [])))];
  const snapshot = takeSnapshot(db, { db, clientId: client.id, stamp }, found, series);

  let updated = 0;
  const placed: { p: PendingRow; postId: string }[] = [];
  // A post listed on several rows (a row per day) is created once, by its first row.
  const createdFor = new Map<string, string>();
  const target = {
    clientId: client.id,
    channelId: channel.id,
    network: channel.network,
    zone: client.timeZone,
  };
  for (const r of rows) {
    let postId = r.postId;
    if (postId) {
      if (markFoundInExport(db, postId, { ...placeOf(r.p.row), publishedAt: r.p.publishedAt }, stamp))
        updated++;
    } else {
      const identity = identityOf(r.p.row);
      postId = (identity && createdFor.get(identity)) || null;
      if (!postId) {
        postId = createFromRow(db, target, r.p, stamp)?.id ?? null;
        if (!postId) continue;
        snapshot.created.push(postId);
        if (identity) createdFor.set(identity, postId);
      }
    }
    if (r.numbers) placed.push({ p: r.p, postId });
  }
  const readings = writeDays(db, placed, stamp);
  const followerCounts = pending.follows
    ? writeFollows(db, channel.id, days, input.knownFollowers, stamp)
    : 0;
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
    days: daysOf(pending.kind === 'posts' ? rows.map((r) => r.p) : days, client.timeZone),
  };
}
