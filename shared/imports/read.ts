/**
 * Reading an analytics export: bytes (CSV) or records (a workbook's sheet, read elsewhere) → its
 * format → rows. Nothing here touches the disk or the database; the same bytes always give the
 * same result.
 */
import { eachCsvRecord, parseCsv, type ReadDelimiter } from '../export/csv.ts';
import type { ExportFormat } from './catalogue.ts';
import { type DailySeries, readSeriesTitle } from './daily-series.ts';
import { foldWord } from './fold.ts';
import { IMPORT_LIMITS } from './limits.ts';
import type { FileProblem } from './problems.ts';
import { formatColumns, recogniseHeader } from './recognise.ts';
import { HEADER_SEARCH, isBlank, toRecordTable } from './record-table.ts';
import type { ImportColumn, ImportRead, ImportRow, ReadOptions, RecordTable } from './result.ts';
import { type RowSpec, rowReader } from './rows.ts';
import { readTextSource } from './text-table.ts';

const refused = (problem: FileProblem): ImportRead => ({ outcome: 'refused', problems: [problem] });

const isKnownHeader = (cells: readonly string[]) => recogniseHeader(cells) !== undefined;

/** What a recognised header tells the row reader, and the result's fields that come from it. */
interface Plan {
  format: ExportFormat;
  series?: DailySeries;
  columns: ImportColumn[];
  spec: RowSpec;
}

function planFor(format: ExportFormat, table: Pick<RecordTable, 'titles' | 'header'>): Plan {
  const series = format.kind === 'daily' ? readSeriesTitle(table.titles.at(-1) ?? null) : undefined;
  const { columns, preference } = formatColumns(format, table.header);
  if (series) {
    // The series' title says what `Primary` counts: new follows stay aside, a metric is a metric.
    const measure = series.measure === 'newFollows' ? 'follows' : (series.measure ?? 'value');
    for (const c of columns) if (c.meaning === 'value') c.meaning = measure;
  }
  const spec: RowSpec = {
    kind: format.kind,
    columns,
    preference,
    dates: format.dates,
    idClock: format.idClock,
    idInLink: format.idInLink,
  };
  return { format, ...(series ? { series } : {}), columns, spec };
}

/** YouTube's first data row sums the others. */
const isTotalRow = (plan: Plan, cells: readonly string[]): boolean =>
  plan.format.totalRow !== undefined && foldWord(cells[0] ?? '') === plan.format.totalRow;

function resultOf(plan: Plan, headerLine: number, rows: ImportRow[]): ImportRead {
  if (rows.length === 0) return refused({ code: 'noRows' });
  return {
    outcome: 'read',
    format: plan.format.id,
    network: plan.series?.network ?? plan.format.network,
    kind: plan.format.kind,
    ...(plan.series ? { series: plan.series } : {}),
    headerLine,
    columns: plan.columns,
    rows,
    problems: [],
  };
}

/** A sheet's rows as cells, first row = line 1: CSV files come here decoded, workbooks as they are. */
export function readExportRecords(records: readonly string[][], options: ReadOptions): ImportRead {
  const read = toRecordTable(records, isKnownHeader);
  if (!read.ok) return refused(read.problem);
  const { table } = read;
  const format = recogniseHeader(table.header);
  if (format === undefined) {
    if (table.body.length === 0) return refused({ code: 'noRows' });
    return { outcome: 'unknown', table, problems: [{ code: 'unknownFormat' }] };
  }
  const plan = planFor(format, table);
  const [first, ...rest] = table.body;
  const body = first && isTotalRow(plan, first.cells) ? rest : table.body;
  return resultOf(plan, table.headerLine, body.map(rowReader(plan.spec, options)));
}

/**
 * A recognised export read record by record into rows: a 100,000-row file never has all its
 * records as strings at once beside its rows (they were most of the memory a read took).
 */
function streamRows(
  text: string,
  delimiter: ReadDelimiter,
  plan: Plan,
  headerLine: number,
  options: ReadOptions,
) {
  const read = rowReader(plan.spec, options);
  const rows: ImportRow[] = [];
  let line = 0;
  let firstOfBody = true;
  let tooMany = false;
  const unterminated = eachCsvRecord(text, delimiter, (cells) => {
    line++;
    if (line <= headerLine || isBlank(cells)) return true;
    const skip = firstOfBody && isTotalRow(plan, cells);
    firstOfBody = false;
    if (skip) return true;
    if (rows.length === IMPORT_LIMITS.rows) {
      tooMany = true;
      return false;
    }
    rows.push(read({ line, cells }));
    return true;
  });
  if (unterminated !== null) return refused({ code: 'unterminatedQuote', line: unterminated });
  if (tooMany) return refused({ code: 'tooManyRows', max: IMPORT_LIMITS.rows });
  return resultOf(plan, headerLine, rows);
}

/** An export file's bytes, as dropped: refused, read, or waiting for a column mapping. */
export function readExportFile(bytes: Uint8Array, options: ReadOptions): ImportRead {
  const source = readTextSource(bytes);
  if (!source.ok) return refused(source.problem);
  const { text, delimiter } = source;
  // The header is found among the first records (and the one after, for a table's width).
  const head: string[][] = [];
  const open = eachCsvRecord(text, delimiter, (cells) => head.push(cells) <= HEADER_SEARCH);
  if (open !== null) return refused({ code: 'unterminatedQuote', line: open });
  const found = toRecordTable(head, isKnownHeader);
  const format = found.ok ? recogniseHeader(found.table.header) : undefined;
  if (found.ok && format !== undefined)
    return streamRows(text, delimiter, planFor(format, found.table), found.table.headerLine, options);
  // No known header: the whole table is kept for the column-mapping step.
  const parsed = parseCsv(text, delimiter);
  if (!parsed.ok) return refused({ code: 'unterminatedQuote', line: parsed.unterminatedQuoteAt });
  return readExportRecords(parsed.records, options);
}
