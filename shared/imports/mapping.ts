/**
 * A file no rule recognises is read through the user's mapping: column index → meaning. It goes
 * through the same row reader as the known formats, so both say the same things the same way.
 */
import type { NetworkId } from '../networks.ts';
import type { ExportKind } from './catalogue.ts';
import type { DateStyle } from './dates.ts';
import { foldWord } from './fold.ts';
import type { ColumnMeaning } from './meanings.ts';
import type { ImportRead, ReadOptions, RecordTable } from './result.ts';
import { readRows } from './rows.ts';

export interface ColumnMapping {
  /** Column index (0-based) → what it holds; columns left out are ignored. */
  columns: Readonly<Record<number, ColumnMeaning>>;
  /** How the date columns are written; left out, only styles that cannot be read two ways are tried. */
  dates?: DateStyle;
  network?: NetworkId;
  kind?: ExportKind;
}

/** The key a saved mapping is found again by: the header, read the way headers are compared. */
export const headerSignature = (header: readonly string[]): string => header.map(foldWord).join('\u001f');

export function applyMapping(table: RecordTable, mapping: ColumnMapping, options: ReadOptions): ImportRead {
  const outside = Object.keys(mapping.columns)
    .map(Number)
    .find((i) => !Number.isInteger(i) || i < 0 || i >= table.header.length);
  if (outside !== undefined)
    return { outcome: 'refused', problems: [{ code: 'mappingColumnMissing', column: outside }] };
  const columns = table.header.map((header, index) => ({
    index,
    header,
    meaning: mapping.columns[index] ?? null,
  }));
  const kind = mapping.kind ?? 'posts';
  const spec = { kind, columns, preference: columns.map((c) => c.index), dates: mapping.dates ?? null };
  return {
    outcome: 'read',
    format: null,
    network: mapping.network ?? null,
    kind,
    headerLine: table.headerLine,
    columns,
    rows: readRows(table.body, spec, options),
    problems: [],
  };
}
