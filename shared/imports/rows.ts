/**
 * One reader for every row, whether its columns' meanings came from the catalogue or from a
 * user's mapping. A cell that cannot be read is a problem on its row, with its column; the rest of
 * the row is still read, so the preview can show what would be taken.
 */
import { addDays, type IsoDate, utcMsToDate } from '../calendar/dates.ts';
import type { ExportKind } from './catalogue.ts';
import { readCountCell } from './counts.ts';
import { type CellDate, type DateStyle, readAnyDate, readDateCell } from './dates.ts';
import { foldWord } from './fold.ts';
import { firstFromIdTime, type IdClock, idTime, latestNotAfter } from './id-clocks.ts';
import { type ColumnMeaning, isMetric } from './meanings.ts';
import { postKind } from './post-kinds.ts';
import type { RowProblem } from './problems.ts';
import type { ImportColumn, ImportRow, NumberedRecord, Published, ReadOptions } from './result.ts';

export interface RowSpec {
  kind: ExportKind;
  columns: ImportColumn[];
  /** Column indices, most preferred first, where several say one thing. */
  preference: number[];
  /** null: a mapped file, read in the styles that cannot be read two ways. */
  dates: DateStyle | null;
  idClock?: IdClock;
  idInLink?: RegExp;
}

/** Meta's lifetime exports, in the languages it writes them. */
const LIFETIME = new Set(['lifetime', 'duree de vie', 'depuis le debut']);

interface Context {
  spec: RowSpec;
  options: ReadOptions;
  byMeaning: Map<ColumnMeaning, number[]>;
}

const cellAt = (cells: readonly string[], index: number): string => cells[index] ?? '';

/** The first of a meaning's columns with something in it, and its index. */
function firstFilled(
  ctx: Context,
  cells: readonly string[],
  meaning: ColumnMeaning,
): [string, number] | null {
  for (const index of ctx.byMeaning.get(meaning) ?? []) {
    const text = cellAt(cells, index).trim();
    if (text !== '') return [text, index];
  }
  return null;
}

const readDate = (text: string, style: DateStyle | null): CellDate | null =>
  style === null ? readAnyDate(text) : readDateCell(text, style);

/** Within a day of each other: the id's UTC day and the file's day on the page's clock. */
const sameDay = (date: IsoDate, ms: number): boolean => {
  const utc = utcMsToDate(ms);
  return [addDays(utc, -1), utc, addDays(utc, 1)].includes(date);
};

/**
 * The date cell made whole with the id's clock: X's day becomes the id's instant when they agree;
 * TikTok's day and month get the year from the video id, else from the reference day.
 */
function published(ctx: Context, read: CellDate, id: string | null): Published | null {
  const ms = id === null || ctx.spec.idClock === undefined ? null : idTime(id, ctx.spec.idClock);
  if (read.kind === 'noYear') {
    const date =
      ms === null
        ? latestNotAfter(read.month, read.day, ctx.options.reference)
        : firstFromIdTime(read.month, read.day, ms);
    return date === null ? null : { kind: 'local', date, time: null };
  }
  if (read.kind === 'local' && read.time === null && ms !== null && ctx.spec.idClock === 'snowflake')
    return sameDay(read.date, ms) ? { kind: 'instant', at: new Date(ms).toISOString() } : read;
  return read;
}

function externalId(ctx: Context, cells: readonly string[], permalink: string | null): string | null {
  const own = firstFilled(ctx, cells, 'postId');
  if (own) return own[0];
  const inLink = permalink === null ? undefined : ctx.spec.idInLink?.exec(permalink)?.[1];
  return inLink ?? null;
}

/**
 * A date column's text, or a problem: an empty cell is `missingDate` where the row needs a date
 * (a post's publication, a series' day); elsewhere an empty or unread date is only left out.
 */
function dateText(
  ctx: Context,
  cells: readonly string[],
  meaning: 'published' | 'period',
  problems: RowProblem[],
): [string, number] | null {
  const found = firstFilled(ctx, cells, meaning);
  const needed = meaning === 'published' || ctx.spec.kind === 'daily';
  const first = ctx.byMeaning.get(meaning)?.[0];
  if (!found && needed && first !== undefined) problems.push({ code: 'missingDate', column: first });
  return found;
}

function readPeriod(ctx: Context, cells: readonly string[], problems: RowProblem[]): ImportRow['date'] {
  const period = dateText(ctx, cells, 'period', problems);
  if (!period) return null;
  if (LIFETIME.has(foldWord(period[0]))) return 'lifetime';
  const read = readDate(period[0], ctx.spec.dates);
  if (read?.kind === 'local') return read.date;
  // A post export's period in other words (TikTok's `Time` range) is only a label; a daily
  // series' day is what the row is.
  if (ctx.spec.kind === 'daily') problems.push({ code: 'badDate', column: period[1] });
  return null;
}

/** Each count's first column with a value; a cell that cannot be read stops there, with its problem. */
function readCounts(ctx: Context, cells: readonly string[], row: ImportRow): void {
  for (const [meaning, indices] of ctx.byMeaning) {
    if (!isMetric(meaning) && meaning !== 'follows' && meaning !== 'value') continue;
    for (const index of indices) {
      const read = readCountCell(cellAt(cells, index), isMetric(meaning) ? meaning : undefined);
      if (!read.ok) row.problems.push({ code: read.code, column: index });
      else if (read.value === null) continue;
      else if (isMetric(meaning)) row.metrics[meaning] = read.value;
      else row[meaning] = read.value;
      break;
    }
  }
}

function readRow(ctx: Context, { line, cells }: NumberedRecord): ImportRow {
  const problems: RowProblem[] = [];
  const text = (meaning: ColumnMeaning): string | null => firstFilled(ctx, cells, meaning)?.[0] ?? null;
  const permalink = text('permalink');
  const id = externalId(ctx, cells, permalink);
  const when = dateText(ctx, cells, 'published', problems);
  const read = when && readDate(when[0], ctx.spec.dates);
  const publishedAt = read ? published(ctx, read, id) : null;
  if (when && publishedAt === null) problems.push({ code: 'badDate', column: when[1] });
  const row: ImportRow = {
    line,
    externalId: id,
    permalink,
    caption: text('caption'),
    published: publishedAt,
    date: readPeriod(ctx, cells, problems),
    metrics: {},
    problems,
  };
  const account = text('account');
  if (account) row.account = account;
  const format = postKind(text('postType'));
  if (format) row.format = format;
  readCounts(ctx, cells, row);
  return row;
}

/** The reader of one record into a row, for files read record by record. */
export function rowReader(spec: RowSpec, options: ReadOptions): (record: NumberedRecord) => ImportRow {
  const byMeaning = new Map<ColumnMeaning, number[]>();
  for (const index of spec.preference) {
    const meaning = spec.columns[index]?.meaning;
    if (meaning) byMeaning.set(meaning, [...(byMeaning.get(meaning) ?? []), index]);
  }
  const ctx: Context = { spec, options, byMeaning };
  return (record) => readRow(ctx, record);
}

export function readRows(body: readonly NumberedRecord[], spec: RowSpec, options: ReadOptions): ImportRow[] {
  return body.map(rowReader(spec, options));
}
