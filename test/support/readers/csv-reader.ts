import { expect } from 'vitest';
import { parseCsv } from '../../../shared/export/csv.ts';

/** An exported CSV (UTF-8 with a BOM) as its delimiter, its header, and one header → cell object per row. */
export function readCsvExport(text: string) {
  expect(text.charCodeAt(0)).toBe(0xfeff);
  const parsed = parseCsv(text.slice(1));
  if (!parsed.ok) throw new Error('unreadable CSV');
  const [header = [], ...body] = parsed.records;
  return {
    delimiter: parsed.delimiter,
    header,
    rows: body.map((r) => Object.fromEntries(header.map((h, i) => [h, r[i]]))),
  };
}
