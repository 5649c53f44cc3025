import { utcToZoned, zonedToUtc } from '../calendar/zoned.ts';
import {
  type ChannelChoice,
  type FileChannel,
  IMPORT_MAX_ROWS,
  type ImportRow,
} from '../domain/calendar-file.ts';
import type { Channel } from '../domain/channel.ts';
import type { Pillar } from '../domain/pillar.ts';
import { type Post, PostCreate } from '../domain/post.ts';
import type { Segment } from '../domain/segment.ts';
import { type Issue, issuesOf } from '../errors.ts';
import { BOM, type Delimiter, neutraliseFormula, parseCsv, restoreFormula, writeCsv } from './csv.ts';
import { firstWords } from './excerpt.ts';
import { type ChannelPlan, planChannels } from './file-channels.ts';
import {
  type Cell,
  channelLabel,
  pillarReader,
  readBudget,
  readDate,
  readFormat,
  readStatus,
  readTime,
  readYesNo,
  readZone,
  SEGMENT_SEPARATOR,
  segmentReader,
} from './post-csv-cells.ts';
import type { PostLookups } from './post-ics.ts';
import { decodeText } from './text-decoding.ts';

/**
 * THE CSV columns of a client's calendar, one row per post (documented for users in
 * docs/csv-import.md). `id` is written on export and ignored on import.
 */
export const POST_CSV_COLUMNS = [
  'date',
  'time',
  'time_zone',
  'channel',
  'status',
  'format',
  'caption',
  'link_url',
  'pillar',
  'segments',
  'campaign',
  'paid',
  'budget',
  'notes',
  'published_at',
  'id',
] as const;
export type PostCsvColumn = (typeof POST_CSV_COLUMNS)[number];
export const REQUIRED_COLUMNS: readonly PostCsvColumn[] = ['date', 'time', 'channel'];

/** Characters of the caption shown in an import preview. */
export const PREVIEW_WORDS = 60;

/** Cents as a decimal with a point, whatever the locale: `1234.50`. */
export function formatCents(cents: number): string {
  return `${Math.floor(cents / 100)}.${String(cents % 100).padStart(2, '0')}`;
}

export type CsvLookups = PostLookups & {
  /** The client's zone, which the `time_zone` column names. */
  timeZone: string;
  segments: ReadonlyMap<string, Pick<Segment, 'name'>>;
};

/** Date and time on the client's wall clock; every cell a spreadsheet would run as a formula neutralised. */
export function postCsvRecord(post: Post, lookups: CsvLookups): string[] {
  const local = utcToZoned(post.plannedAt, lookups.timeZone);
  const channel = lookups.channels.get(post.channelId);
  const pillar = post.pillarId ? lookups.pillars.get(post.pillarId) : undefined;
  const cells: Record<PostCsvColumn, string> = {
    date: local.date,
    time: local.time,
    time_zone: lookups.timeZone,
    channel: channel ? channelLabel(channel) : '',
    status: post.status,
    format: post.format,
    caption: post.caption,
    link_url: post.linkUrl,
    pillar: pillar?.name ?? '',
    segments: post.segmentIds.flatMap((id) => lookups.segments.get(id)?.name ?? []).join(SEGMENT_SEPARATOR),
    campaign: post.campaign,
    paid: post.paid ? 'yes' : 'no',
    budget: post.budgetCents === null ? '' : formatCents(post.budgetCents),
    notes: post.notes,
    published_at: post.publishedAt ?? '',
    id: post.id,
  };
  return POST_CSV_COLUMNS.map((c) => neutraliseFormula(cells[c]));
}

/**
 * A caption starting with `=`, `+`, `-`, `@`, tab or CR gets a leading apostrophe (OWASP's defence
 * against spreadsheet formulas such as `=HYPERLINK(…)`); the importer takes exactly that apostrophe
 * off, so Calepin's own files read back byte for byte.
 */
export function postsToCsv(posts: readonly Post[], lookups: CsvLookups, delimiter: Delimiter = ','): string {
  return BOM + writeCsv([POST_CSV_COLUMNS, ...posts.map((p) => postCsvRecord(p, lookups))], delimiter);
}

export interface ImportContext {
  clientId: string;
  /** The client's zone: dates and times without a `time_zone` are on its wall clock. */
  timeZone: string;
  currency: string;
  channels: readonly Channel[];
  pillars: readonly Pillar[];
  segments: readonly Pick<Segment, 'id' | 'name'>[];
  /**
   * What the user chose for each `channel` cell (as written, trimmed) in the preview: one of the
   * client's channels, or null to leave its rows out. Cells not listed are matched by name.
   */
  channelMap?: readonly ChannelChoice[];
  /** Match a file's unknown channel to the client's only one on its network (previews only). */
  suggestChannels?: boolean;
}

/** What `posts.create` takes, validated. */
export type PostCreateInput = ReturnType<typeof PostCreate.parse>;

export interface ParsedPostRow {
  preview: Omit<ImportRow, 'skipped'>;
  /** Its channel is one the user chose to leave out. */
  channelSkipped: boolean;
  /** null when the row has issues. */
  input: PostCreateInput | null;
}

export type PostCsvRead =
  | { ok: true; rows: ParsedPostRow[]; channels: FileChannel[] }
  | { ok: false; issues: Issue[] };

const fileIssue = (code: Issue['code'], params?: Issue['params']): Issue =>
  params ? { path: ['file'], code, params } : { path: ['file'], code };

const isColumn = (name: string): name is PostCsvColumn =>
  (POST_CSV_COLUMNS as readonly string[]).includes(name);

type Header = { ok: true; index: Map<PostCsvColumn, number>; width: number } | { ok: false; issues: Issue[] };

/** Header names are matched without regard to case or surrounding spaces; a blank, empty column is ignored. */
function readHeader(records: readonly string[][]): Header {
  const names = (records[0] ?? []).map((h) => h.trim().toLowerCase());
  const index = new Map<PostCsvColumn, number>();
  const unknown: string[] = [];
  const twice: string[] = [];
  names.forEach((name, i) => {
    if (name === '' && records.every((r) => (r[i] ?? '').trim() === '')) return;
    if (!isColumn(name)) unknown.push(name === '' ? `#${i + 1}` : name);
    else if (index.has(name)) twice.push(name);
    else index.set(name, i);
  });
  const expected = POST_CSV_COLUMNS.join(', ');
  const missing = REQUIRED_COLUMNS.filter((c) => !index.has(c));
  const issues: Issue[] = [];
  if (unknown.length > 0)
    issues.push(fileIssue('csvUnknownColumns', { columns: unknown.join(', '), expected }));
  if (missing.length > 0)
    issues.push(fileIssue('csvMissingColumns', { columns: missing.join(', '), expected }));
  if (twice.length > 0) issues.push(fileIssue('csvDuplicateColumns', { columns: twice.join(', ') }));
  return issues.length > 0 ? { ok: false, issues } : { ok: true, index, width: names.length };
}

/** zod's field names → the file's column names, for the checks left to the post schema. */
const COLUMN_OF: Record<string, PostCsvColumn> = {
  caption: 'caption',
  linkUrl: 'link_url',
  campaign: 'campaign',
  notes: 'notes',
  publishedAt: 'published_at',
};
const TextFields = PostCreate.pick({
  caption: true,
  linkUrl: true,
  campaign: true,
  notes: true,
  publishedAt: true,
});

function readRow(
  record: readonly string[],
  line: number,
  header: { index: Map<PostCsvColumn, number>; width: number },
  ctx: ImportContext,
  readers: Readers,
): ParsedPostRow {
  // The apostrophe the export put before a formula-like cell comes off again, and only that one.
  const raw = (column: PostCsvColumn): string => {
    const i = header.index.get(column);
    return i === undefined ? '' : restoreFormula(record[i] ?? '');
  };
  const issues: Issue[] = [];
  const take = <T>(column: PostCsvColumn, cell: Cell<T>): T | undefined => {
    if (cell.ok) return cell.value;
    issues.push(
      cell.params
        ? { path: [column], code: cell.code, params: cell.params }
        : { path: [column], code: cell.code },
    );
    return undefined;
  };
  const extra = record.slice(header.width).filter((c) => c.trim() !== '');
  if (extra.length > 0)
    issues.push({
      path: [],
      code: 'csvTooManyCells',
      params: { count: header.width + extra.length, max: header.width },
    });

  const date = take('date', readDate(raw('date')));
  const time = take('time', readTime(raw('time')));
  const zone = take('time_zone', readZone(raw('time_zone'), ctx.timeZone));
  const ofRow = readers.channel(raw('channel'));
  const channelSkipped = 'skip' in ofRow;
  const channel = 'skip' in ofRow ? undefined : take('channel', ofRow);
  const status = take('status', readStatus(raw('status')));
  const format = take('format', readFormat(raw('format')));
  const pillar = take('pillar', readers.pillar(raw('pillar')));
  const segmentIds = take('segments', readers.segments(raw('segments')));
  const paid = take('paid', readYesNo(raw('paid')));
  const budgetCents = take('budget', readBudget(raw('budget'), ctx.currency));
  const published = raw('published_at').trim();
  const text = TextFields.safeParse(
    {
      caption: raw('caption'),
      linkUrl: raw('link_url'),
      campaign: raw('campaign'),
      notes: raw('notes'),
      publishedAt: published === '' ? undefined : published,
    },
    { reportInput: true },
  );
  if (!text.success)
    for (const issue of issuesOf(text.error))
      issues.push({ ...issue, path: [COLUMN_OF[issue.path[0] ?? ''] ?? 'caption'] });

  // A file from another zone keeps its instants: the post lands at the same moment, on the client's clock.
  const local =
    date && time && zone
      ? zone === ctx.timeZone
        ? { date, time }
        : utcToZoned(zonedToUtc(date, time, zone), ctx.timeZone)
      : undefined;
  const preview = {
    line,
    date: local?.date ?? raw('date').trim(),
    time: local?.time ?? raw('time').trim(),
    channel: channel ? channelLabel(channel) : raw('channel').trim(),
    status: status ?? raw('status').trim(),
    format: format ?? raw('format').trim(),
    excerpt: firstWords(raw('caption'), PREVIEW_WORDS),
    issues,
  };
  if (
    issues.length > 0 ||
    !text.success ||
    !local ||
    !channel ||
    !status ||
    !format ||
    pillar === undefined ||
    segmentIds === undefined ||
    paid === undefined ||
    budgetCents === undefined
  )
    return { preview, channelSkipped, input: null };
  return {
    preview,
    channelSkipped,
    input: {
      clientId: ctx.clientId,
      channelId: channel.id,
      date: local.date,
      time: local.time,
      status,
      format,
      pillarId: pillar?.id ?? null,
      paid,
      budgetCents,
      segmentIds,
      ...text.data,
    },
  };
}

interface Readers {
  channel: ChannelPlan['resolve'];
  pillar: ReturnType<typeof pillarReader>;
  segments: ReturnType<typeof segmentReader>;
}

/** Every row of a file, each with its post or its issues; or the file's own issues (encoding, columns). */
export function readPostCsv(bytes: Uint8Array, ctx: ImportContext): PostCsvRead {
  const decoded = decodeText(bytes);
  if (!decoded.ok) return { ok: false, issues: [fileIssue('csvEncoding')] };
  const parsed = parseCsv(decoded.text);
  if (!parsed.ok)
    return { ok: false, issues: [fileIssue('csvUnterminatedQuote', { line: parsed.unterminatedQuoteAt })] };
  if (parsed.records.every((r) => r.every((c) => c.trim() === '')))
    return { ok: false, issues: [fileIssue('csvNoRows')] };
  const header = readHeader(parsed.records);
  if (!header.ok) return { ok: false, issues: header.issues };
  // Rows keep the number a spreadsheet shows; blank ones (trailing `;;;;` lines) are not posts.
  const body = parsed.records
    .map((record, i) => ({ record, line: i + 1 }))
    .slice(1)
    .filter(({ record }) => record.some((c) => c.trim() !== ''));
  if (body.length === 0) return { ok: false, issues: [fileIssue('csvNoRows')] };
  if (body.length > IMPORT_MAX_ROWS)
    return { ok: false, issues: [fileIssue('csvTooManyRows', { max: IMPORT_MAX_ROWS })] };
  const column = header.index.get('channel');
  const plan = planChannels(
    body.map(({ record }) => restoreFormula(column === undefined ? '' : (record[column] ?? ''))),
    ctx.channels,
    ctx.channelMap,
    ctx.suggestChannels ?? true,
  );
  const readers = {
    channel: plan.resolve,
    pillar: pillarReader(ctx.pillars),
    segments: segmentReader(ctx.segments),
  };
  return {
    ok: true,
    rows: body.map(({ record, line }) => readRow(record, line, header, ctx, readers)),
    channels: plan.channels,
  };
}
