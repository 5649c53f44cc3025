/**
 * Reading an analytics export: bytes (CSV) or records (a workbook's sheet, read elsewhere) → its
 * format → rows. Nothing here touches the disk or the database; the same bytes always give the
 * same result.
 */
import { readSeriesTitle } from './daily-series.ts';
import { foldWord } from './fold.ts';
import type { FileProblem } from './problems.ts';
import { formatColumns, recogniseHeader } from './recognise.ts';
import { toRecordTable } from './record-table.ts';
import type { ImportRead, ReadOptions } from './result.ts';
import { readRows } from './rows.ts';
import { readTextTable } from './text-table.ts';

const refused = (problem: FileProblem): ImportRead => ({ outcome: 'refused', problems: [problem] });

/** A sheet's rows as cells, first row = line 1: CSV files come here decoded, workbooks as they are. */
export function readExportRecords(records: readonly string[][], options: ReadOptions): ImportRead {
  const read = toRecordTable(records, (cells) => recogniseHeader(cells) !== undefined);
  if (!read.ok) return refused(read.problem);
  const { table } = read;
  const format = recogniseHeader(table.header);
  if (format === undefined) {
    if (table.body.length === 0) return refused({ code: 'noRows' });
    return { outcome: 'unknown', table, problems: [{ code: 'unknownFormat' }] };
  }
  const [first, ...rest] = table.body;
  const body =
    format.totalRow !== undefined && foldWord(first?.cells[0] ?? '') === format.totalRow ? rest : table.body;
  if (body.length === 0) return refused({ code: 'noRows' });

  const series = format.kind === 'daily' ? readSeriesTitle(table.titles.at(-1) ?? null) : undefined;
  const { columns, preference } = formatColumns(format, table.header);
  if (series) {
    // The series' title says what `Primary` counts: new follows stay aside, a metric is a metric.
    const measure = series.measure === 'newFollows' ? 'follows' : (series.measure ?? 'value');
    for (const c of columns) if (c.meaning === 'value') c.meaning = measure;
  }
  const spec = {
    kind: format.kind,
    columns,
    preference,
    dates: format.dates,
    idClock: format.idClock,
    idInLink: format.idInLink,
  };
  return {
    outcome: 'read',
    format: format.id,
    network: series?.network ?? format.network,
    kind: format.kind,
    ...(series ? { series } : {}),
    headerLine: table.headerLine,
    columns,
    rows: readRows(body, spec, options),
    problems: [],
  };
}

/** An export file's bytes, as dropped: refused, read, or waiting for a column mapping. */
export function readExportFile(bytes: Uint8Array, options: ReadOptions): ImportRead {
  const text = readTextTable(bytes);
  return text.ok ? readExportRecords(text.records, options) : refused(text.problem);
}
