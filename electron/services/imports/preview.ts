import { addDays, type IsoDate } from '../../../shared/calendar/dates.ts';
import { plannedInstant, startOfZonedDay, utcToZoned, zonedToday } from '../../../shared/calendar/zoned.ts';
import type { ParsedInput } from '../../../shared/contract.ts';
import type { Channel } from '../../../shared/domain/channel.ts';
import { type Metric, metricApplies } from '../../../shared/domain/metrics.ts';
import {
  type ColumnMappingInput,
  type NumberImportPreviewResult,
  PREVIEW_ROWS_MAX,
  type PreviewCounts,
  type PreviewRow,
  type RowNote,
} from '../../../shared/domain/number-import.ts';
import { AppError } from '../../../shared/errors.ts';
import { foldWord } from '../../../shared/imports/fold.ts';
import { applyMapping, headerSignature } from '../../../shared/imports/mapping.ts';
import {
  identityOf,
  MATCH_TOLERANCE_MS,
  type MatchRow,
  matchRows,
} from '../../../shared/imports/match-posts.ts';
import type { ImportRow, Published, ReadExport } from '../../../shared/imports/result.ts';
import { NETWORKS, type NetworkId } from '../../../shared/networks.ts';
import { listChannels } from '../../db/channels.ts';
import { getClient } from '../../db/clients.ts';
import { savedMapping } from '../../db/import-mappings.ts';
import {
  clientsHoldingNetworkIds,
  type ImportCandidateRow,
  importCandidates,
} from '../../db/import-posts.ts';
import { metricTargets } from '../../db/metric-targets.ts';
import { valuesOf } from '../../db/post-metrics.ts';
import type { Db } from '../../db/types.ts';
import { fileIssue } from './file-issues.ts';
import { startingCount } from './follows-series.ts';
import { keepPending, type PendingRow } from './pending.ts';
import { readExport } from './read-export.ts';

const DAY_MS = 24 * 60 * 60 * 1000;

const NO_COUNTS: PreviewCounts = {
  rows: 0,
  matched: 0,
  created: 0,
  ambiguous: 0,
  unplaced: 0,
  withProblems: 0,
  unchanged: 0,
  leftOut: 0,
};

/** When the row says the post went out, as an instant, on the client's clock for a local time. */
function publishedAt(published: Published | null, zone: string): string | null {
  if (!published) return null;
  if (published.kind === 'instant') return published.at;
  return published.time ? plannedInstant(published.date, published.time, zone).instant : null;
}

/** The instants a row's post may have gone out within: its moment ± the tolerance, or its day. */
function windowOf(published: Published | null, zone: string): MatchRow['window'] {
  if (!published) return null;
  const at = publishedAt(published, zone);
  if (at) {
    const ms = Date.parse(at);
    return { from: ms - MATCH_TOLERANCE_MS, to: ms + MATCH_TOLERANCE_MS };
  }
  if (published.kind !== 'local') return null;
  return {
    from: Date.parse(startOfZonedDay(published.date, zone)),
    to: Date.parse(startOfZonedDay(addDays(published.date, 1), zone)),
  };
}

/** The day the post went out on the client's clock, as the file says it. */
function publishedDay(published: Published | null, zone: string): IsoDate | null {
  if (!published) return null;
  return published.kind === 'local' ? published.date : utcToZoned(published.at, zone).date;
}

/** A handle as people write it: `@Boulangerie.Martin` and `boulangerie.martin` are one account. */
const handleKey = (handle: string) => foldWord(handle).replace(/[^\p{L}\p{N}]+/gu, '');

/**
 * The channel the file is for: the one asked for (the client's, on the file's network), else the
 * only live channel of the file's network, or the one whose handle is the account the file names.
 * null: the user picks among `choices`.
 */
function chooseChannel(
  channels: Channel[],
  network: NetworkId | null,
  account: string | undefined,
  asked: string | undefined,
): { channel: Channel | null; choices: Channel[] } {
  const sameNetwork = channels.filter((c) => network === null || c.network === network);
  const choices = [...sameNetwork, ...channels.filter((c) => !sameNetwork.includes(c))];
  if (asked === undefined) {
    if (sameNetwork.length === 1) return { channel: sameNetwork[0] ?? null, choices };
    const named = account ? sameNetwork.filter((c) => handleKey(c.handle) === handleKey(account)) : [];
    return { channel: named.length === 1 ? (named[0] ?? null) : null, choices };
  }
  const channel = channels.find((c) => c.id === asked);
  if (!channel)
    throw new AppError('invalid_input', 'The channel is not one of this client’s', [
      { path: ['channelId'], code: 'otherClient' },
    ]);
  if (network !== null && channel.network !== network)
    throw new AppError('invalid_input', `The file is a ${network} export, the channel is not`, [
      { path: ['channelId'], code: 'otherNetwork', params: { network: NETWORKS[network].name } },
    ]);
  return { channel, choices };
}

/** The read export, through a mapping when no format knew its header. */
function readThrough(
  db: Db,
  found: Awaited<ReturnType<typeof readExport>>['read'],
  mapping: ColumnMappingInput | undefined,
  reference: IsoDate,
):
  | { read: ReadExport; mapping: { signature: string; mapping: ColumnMappingInput } | null; saved: boolean }
  | { unmapped: { header: string[]; sample: string[][] } } {
  if (found.outcome === 'refused') throw fileIssue(found.problems[0]);
  if (found.outcome === 'read') return { read: found, mapping: null, saved: false };
  const signature = headerSignature(found.table.header);
  const saved = mapping ? null : savedMapping(db, signature);
  const chosen = mapping ?? saved;
  if (!chosen)
    return {
      unmapped: { header: found.table.header, sample: found.table.body.slice(0, 5).map((r) => r.cells) },
    };
  const read = applyMapping(found.table, chosen, { reference });
  if (read.outcome !== 'read') throw fileIssue(read.problems[0]);
  return { read, mapping: mapping ? { signature, mapping } : null, saved: saved !== null };
}

type ShownPost = PreviewRow['posts'][number];

interface Clocks {
  zone: string;
  asOf: IsoDate;
  today: IsoDate;
}

/** Which post each row is about, the day its numbers are for, and what stands in their way. */
function postRows(
  db: Db,
  channelId: string,
  rows: readonly ImportRow[],
  { zone, asOf, today }: Clocks,
): { rows: PendingRow[]; posts: Map<string, ShownPost> } {
  const matchInput = rows.map(
    (r): MatchRow => ({
      externalId: r.externalId,
      permalink: r.permalink,
      caption: r.caption,
      window: windowOf(r.published, zone),
    }),
  );
  let from = Number.POSITIVE_INFINITY;
  let to = Number.NEGATIVE_INFINITY;
  for (const m of matchInput)
    if (m.window) {
      from = Math.min(from, m.window.from);
      to = Math.max(to, m.window.to);
    }
  const span = Number.isFinite(from) ? { from: from - DAY_MS, to: to + DAY_MS } : { from: 0, to: 0 };
  const candidates = importCandidates(
    db,
    channelId,
    { from: new Date(span.from).toISOString(), to: new Date(span.to).toISOString() },
    rows.flatMap((r) => (r.externalId ? [r.externalId] : [])),
  );
  const byId = new Map<string, ImportCandidateRow>(candidates.map((c) => [c.id, c]));
  const matches = matchRows(
    matchInput,
    candidates.map((c) => ({
      id: c.id,
      externalId: c.network_post_id,
      permalink: c.permalink,
      caption: c.caption,
      at: Date.parse(c.planned_at),
    })),
  );
  const pending = rows.map((row, i): PendingRow => {
    const match = matches[i] ?? { kind: 'unplaced' };
    const takenOn = row.date && row.date !== 'lifetime' ? row.date : asOf;
    const post = match.kind === 'post' ? byId.get(match.postId) : undefined;
    const wentOut = post ? utcToZoned(post.planned_at, zone).date : publishedDay(row.published, zone);
    const notes: RowNote[] = [];
    if (match.kind === 'unplaced') notes.push('unplaced');
    if (takenOn > today) notes.push('futureDate');
    else if (wentOut && takenOn < wentOut) notes.push('beforePublished');
    return { row, match, takenOn, publishedAt: publishedAt(row.published, zone), notes };
  });
  markUnchanged(db, pending, byId);
  const posts = new Map<string, ShownPost>(
    candidates.map((c) => [c.id, { id: c.id, caption: c.caption, plannedAt: c.planned_at }]),
  );
  return { rows: pending, posts };
}

/** A matched, published post whose numbers for that day are already the file's: nothing to write. */
function markUnchanged(db: Db, rows: PendingRow[], posts: ReadonlyMap<string, ImportCandidateRow>): void {
  const byDay = new Map<IsoDate, PendingRow[]>();
  for (const r of rows) {
    if (r.match.kind !== 'post' || r.notes.length > 0 || posts.get(r.match.postId)?.status !== 'published')
      continue;
    const day = byDay.get(r.takenOn);
    if (day) day.push(r);
    else byDay.set(r.takenOn, [r]);
  }
  for (const [on, dayRows] of byDay) {
    const bases = metricTargets(
      db,
      dayRows.map((r) => (r.match.kind === 'post' ? r.match.postId : '')),
      on,
    );
    for (const r of dayRows) {
      const base = r.match.kind === 'post' ? bases.get(r.match.postId) : undefined;
      if (!base || base.id === null) continue;
      const logged = valuesOf(base);
      const metrics = Object.entries(r.row.metrics) as [Metric, number][];
      const applies = metrics.filter(([m]) =>
        metricApplies(m, { format: base.format, paid: base.paid === 1 }),
      );
      if (applies.every(([m, v]) => logged[m] === v)) r.notes.push('unchanged');
    }
  }
}

/** A day of an account-level series: for the channel, never a post. */
function dailyRow(row: ImportRow, today: IsoDate, stored: boolean): PendingRow {
  const day = row.date && row.date !== 'lifetime' ? row.date : null;
  // A day that cannot be read is no day: never today in its place.
  const notes: RowNote[] = !stored ? ['notStored'] : !day ? ['unplaced'] : day > today ? ['futureDate'] : [];
  return { row, match: { kind: 'day' }, takenOn: day ?? today, publishedAt: null, notes };
}

/**
 * New follows per day become follower counts only from a known count: one logged on the day
 * before the series or its first day. An older one would add a month of follows to a count of
 * March; the user then gives the count of the day before (`knownFollowers`), which always wins.
 */
function followsFrom(db: Db, channelId: string, rows: PendingRow[]): NumberImportPreviewResult['followers'] {
  const days = rows.flatMap((r) => (r.notes.length === 0 ? [r.takenOn] : [])).sort();
  const firstDay = days[0] ?? '';
  const known = startingCount(db, channelId, firstDay);
  return { from: known, firstDay, days: days.length };
}

function toPreviewRow(p: PendingRow, posts: ReadonlyMap<string, ShownPost>): PreviewRow {
  const ids =
    p.match.kind === 'post' ? [p.match.postId] : p.match.kind === 'ambiguous' ? p.match.postIds : [];
  return {
    line: p.row.line,
    caption: p.row.caption === null ? null : shortText(p.row.caption),
    publishedAt: p.publishedAt,
    takenOn: p.takenOn,
    metrics: p.row.metrics,
    follows: p.row.follows ?? null,
    match: p.match,
    posts: ids.flatMap((id) => {
      const post = posts.get(id);
      return post ? [post] : [];
    }),
    problems: p.row.problems,
    notes: p.notes,
  };
}

/** A caption as the preview shows it: a table cell, not the whole text of a long post. */
const PREVIEW_CAPTION = 300;
const shortText = (text: string) => {
  const points = [...text];
  return points.length > PREVIEW_CAPTION ? `${points.slice(0, PREVIEW_CAPTION).join('')}…` : text;
};

/** A row written by no commit, whatever the user chooses (already logged is not left out). */
const leftOut = (notes: readonly RowNote[]) => notes.some((n) => n !== 'unchanged');

/** Rows that need the user come first in what the preview sends back; the counts cover every row. */
const needsUser = (r: PreviewRow) =>
  r.match.kind === 'ambiguous' || r.problems.length > 0 || leftOut(r.notes);

export async function previewImport(
  db: Db,
  dataDir: string,
  input: ParsedInput<'imports.preview'>,
  bytes: Uint8Array,
  now: Date,
): Promise<NumberImportPreviewResult> {
  const client = getClient(db, input.clientId);
  const zone = client.timeZone;
  const today = zonedToday(now, zone);
  const asOf = input.asOf ?? today;
  if (asOf > today)
    throw new AppError('invalid_input', 'The day numbers are read on is after today', [
      { path: ['asOf'], code: 'futureDate', params: { date: today } },
    ]);
  const found = await readExport(bytes, { reference: asOf });
  // The file was read off the database: look at the data only from here, without an await.
  const through = readThrough(db, found.read, input.mapping, asOf);
  const base = { fileName: input.fileName, part: found.part ?? null, asOf, problems: [] };
  const channels = listChannels(db, client.id, false);
  if ('unmapped' in through)
    return {
      ...base,
      importId: '',
      format: null,
      network: null,
      kind: 'posts',
      series: null,
      channelId: null,
      channelChoices: channels.map((c) => c.id),
      columns: through.unmapped.header.map((header, index) => ({ index, header, meaning: null })),
      unmapped: through.unmapped,
      mappingSaved: false,
      counts: NO_COUNTS,
      rows: [],
      followers: null,
    };
  const { read } = through;
  const network = read.network ?? read.series?.network ?? null;
  const account = read.rows.find((r) => r.account)?.account;
  const { channel, choices } = chooseChannel(channels, network, account, input.channelId);
  if (read.rows.length === 0)
    throw new AppError('invalid_input', 'The file has no rows', [{ path: ['file'], code: 'importNoRows' }]);
  const common = {
    ...base,
    format: read.format,
    network,
    kind: read.kind,
    series: read.series ? { title: read.series.title, measure: read.series.measure } : null,
    channelChoices: choices.map((c) => c.id),
    columns: read.columns,
    unmapped: null,
    mappingSaved: through.saved,
  };
  const others = clientsHoldingNetworkIds(
    db,
    client.id,
    read.rows.flatMap((r) => (r.externalId ? [r.externalId] : [])),
  );
  if (others.length > 0)
    throw new AppError('invalid_input', `These posts are ${others.join(', ')}'s`, [
      { path: ['file'], code: 'otherClientFile', params: { client: others.join(', ') } },
    ]);
  if (!channel)
    return {
      ...common,
      importId: '',
      channelId: null,
      counts: { ...NO_COUNTS, rows: read.rows.length },
      rows: [],
      followers: null,
    };

  // A daily series is stored only as new follows (Meta's, or a mapped file's follows column).
  const follows =
    read.kind === 'daily' &&
    (read.series ? read.series.measure === 'newFollows' : read.columns.some((c) => c.meaning === 'follows'));
  const { rows: pendingRows, posts } =
    read.kind === 'daily'
      ? { rows: read.rows.map((row) => dailyRow(row, today, follows)), posts: new Map<string, ShownPost>() }
      : postRows(db, channel.id, read.rows, { zone, asOf, today });
  const followers = follows ? followsFrom(db, channel.id, pendingRows) : null;
  // Rows already logged still commit (a no-op, or the network's id a post matched by time lacked).
  const writable = pendingRows.some((p) => !leftOut(p.notes));
  const kept = writable
    ? keepPending({
        db,
        dataDir,
        clientId: client.id,
        channelId: channel.id,
        fileName: input.fileName,
        format: read.format,
        kind: read.kind,
        follows,
        rows: pendingRows,
        mapping: through.mapping,
      })
    : null;
  const previewRows = pendingRows.map((p) => toPreviewRow(p, posts));
  const shown = [...previewRows.filter(needsUser), ...previewRows.filter((r) => !needsUser(r))].slice(
    0,
    PREVIEW_ROWS_MAX,
  );
  shown.sort((a, b) => a.line - b.line);
  return {
    ...common,
    importId: kept?.id ?? '',
    channelId: channel.id,
    counts: {
      rows: previewRows.length,
      matched: previewRows.filter((r) => r.match.kind === 'post' && !leftOut(r.notes)).length,
      created: new Set(
        pendingRows.flatMap((p, i) =>
          p.match.kind === 'new' && p.notes.length === 0 ? [identityOf(p.row) ?? i] : [],
        ),
      ).size,
      ambiguous: previewRows.filter((r) => r.match.kind === 'ambiguous').length,
      unplaced: previewRows.filter((r) => r.match.kind === 'unplaced').length,
      withProblems: previewRows.filter((r) => r.problems.length > 0).length,
      unchanged: previewRows.filter((r) => r.notes.includes('unchanged')).length,
      leftOut: previewRows.filter((r) => leftOut(r.notes)).length,
    },
    rows: shown,
    followers,
  };
}
