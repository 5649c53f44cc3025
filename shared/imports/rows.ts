/**
 * One reader for every row, whether its columns' meanings came from the catalogue or from a
 * user's mapping. A cell that cannot be read is a problem on its row, with its column; the rest of
 * the row is still read, so the preview can show what would be taken.
 */
import { addDays, type IsoDate, utcMsToDate } from '../calendar/dates.ts';
import type { Metric } from '../domain/metrics.ts';
import type { ExportKind } from './catalogue.ts';
import { readCountCell } from './counts.ts';
import { type CellDate, type DateStyle, readAnyDate, readDateCell } from './dates.ts';
import { foldWord } from './fold.ts';
import { firstFromIdTime, type IdClock, idTime, latestNotAfter } from './id-clocks.ts';
import { type ColumnMeaning, isMetric } from './meanings.ts';
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

function readRow(ctx: Context, { line, cells }: NumberedRecord): ImportRow {
  const problems: RowProblem[] = [];
  const text = (meaning: ColumnMeaning): string | null => firstFilled(ctx, cells, meaning)?.[0] ?? null;
  const permalink = text('permalink');
  const id = externalId(ctx, cells, permalink);
  const row: ImportRow = {
    line,
    externalId: id,
    permalink,
    caption: text('caption'),
    published: null,
    date: null,
    metrics: {},
    problems,
  };

  const when = firstFilled(ctx, cells, 'published');
  if (when) {
    const read = readDate(when[0], ctx.spec.dates);
    row.published = read === null ? null : published(ctx, read, id);
    if (row.published === null) problems.push({ code: 'badDate', column: when[1] });
  } else if (ctx.byMeaning.has('published')) {
    const column = ctx.byMeaning.get('published')?.[0] ?? 0;
    problems.push({ code: 'missingDate', column });
  }

  const period = firstFilled(ctx, cells, 'period');
  if (period) {
    const read = LIFETIME.has(foldWord(period[0])) ? null : readDate(period[0], ctx.spec.dates);
    if (LIFETIME.has(foldWord(period[0]))) row.date = 'lifetime';
    else if (read?.kind === 'local') row.date = read.date;
    // A post's period in words the reader does not know (TikTok's `Time`) is only a label, but a
    // daily series' day is the row itself.
    else if (ctx.spec.kind === 'daily') problems.push({ code: 'badDate', column: period[1] });
  } else if (ctx.spec.kind === 'daily' && ctx.byMeaning.has('period')) {
    problems.push({ code: 'missingDate', column: ctx.byMeaning.get('period')?.[0] ?? 0 });
  }

  for (const [meaning, indices] of ctx.byMeaning) {
    if (!isMetric(meaning) && meaning !== 'follows' && meaning !== 'value') continue;
    for (const index of indices) {
      const read = readCountCell(cellAt(cells, index), isMetric(meaning) ? meaning : undefined);
      if (!read.ok) problems.push({ code: read.code, column: index });
      else if (read.value === null) continue;
      else if (isMetric(meaning)) row.metrics[meaning as Metric] = read.value;
      else row[meaning] = read.value;
      break;
    }
  }
  return row;
}

export function readRows(body: readonly NumberedRecord[], spec: RowSpec, options: ReadOptions): ImportRow[] {
  const byMeaning = new Map<ColumnMeaning, number[]>();
  for (const index of spec.preference) {
    const meaning = spec.columns[index]?.meaning;
    if (meaning) byMeaning.set(meaning, [...(byMeaning.get(meaning) ?? []), index]);
  }
  const ctx: Context = { spec, options, byMeaning };
  return body.map((record) => readRow(ctx, record));
}
