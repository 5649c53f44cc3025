/**
 * Where an export's header is. Exports put title lines above it (Meta's series: `Instagram
 * follows`) and LinkedIn's sheets a note, so the header is found by what it holds, not its place.
 */
import { IMPORT_LIMITS } from './limits.ts';
import type { FileProblem } from './problems.ts';
import type { NumberedRecord, RecordTable } from './result.ts';

/** How far down a header is looked for: the known exports have at most two lines above it. */
export const HEADER_SEARCH = 20;

export const isBlank = (cells: readonly string[]): boolean => cells.every((c) => c.trim() === '');
const filled = (cells: readonly string[]): number => cells.filter((c) => c.trim() !== '').length;

/**
 * The first record `isKnownHeader` accepts; else the first with two or more filled cells whose
 * next record has as many cells (a table starts there); else the first filled record.
 */
function headerIndex(
  records: readonly (readonly string[])[],
  isKnownHeader: (cells: readonly string[]) => boolean,
) {
  const top = records.slice(0, HEADER_SEARCH);
  const known = top.findIndex(isKnownHeader);
  if (known >= 0) return known;
  const table = top.findIndex(
    (cells, i) => filled(cells) >= 2 && (i + 1 === records.length || records[i + 1]?.length === cells.length),
  );
  return table >= 0 ? table : records.findIndex((cells) => !isBlank(cells));
}

export type TableRead = { ok: true; table: RecordTable } | { ok: false; problem: FileProblem };

/** `records[0]` is line 1. Blank records are no rows; the row limit counts the rest. */
export function toRecordTable(
  records: readonly string[][],
  isKnownHeader: (cells: readonly string[]) => boolean,
): TableRead {
  const at = headerIndex(records, isKnownHeader);
  if (at < 0) return { ok: false, problem: { code: 'noRows' } };
  const body: NumberedRecord[] = [];
  for (let i = at + 1; i < records.length; i++) {
    const cells = records[i] ?? [];
    if (isBlank(cells)) continue;
    if (body.length === IMPORT_LIMITS.rows)
      return { ok: false, problem: { code: 'tooManyRows', max: IMPORT_LIMITS.rows } };
    body.push({ line: i + 1, cells });
  }
  const titles = records
    .slice(0, at)
    .filter((cells) => !isBlank(cells))
    .map((cells) => cells.filter((c) => c.trim() !== '').join(' '));
  return { ok: true, table: { titles, headerLine: at + 1, header: records[at] ?? [], body } };
}
