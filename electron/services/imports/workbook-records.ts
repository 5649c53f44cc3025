import { IMPORT_LIMITS } from '../../../shared/imports/limits.ts';
import type { FileProblem } from '../../../shared/imports/problems.ts';

/** One sheet of a workbook as records of cells, first row = line 1, as a CSV file gives them. */
export interface WorkbookSheet {
  name: string;
  records: string[][];
}

export type WorkbookRead = { ok: true; sheets: WorkbookSheet[] } | { ok: false; problem: FileProblem };

/** `'[1]Sheet1'!A1`, `[book.xlsx]Sheet1!A1`: a cell computed from another file. A table's `T[Col]` has no `!`. */
const EXTERNAL_REFERENCE = /\[[^[\]]+\][^![\]()]*!/;

type SheetJs = typeof import('@e965/xlsx');
interface Cell {
  t: string;
  v?: unknown;
  z?: unknown;
  f?: string;
}

const two = (n: number) => String(n).padStart(2, '0');

/**
 * What a cell shows, written the way an export's CSV would: counts as plain digits (a number's
 * display format may add thousands separators or hide decimals), dates as `MM/DD/YYYY` with the
 * time when it has one, read from the serial number without any time zone.
 */
function cellText(xlsx: SheetJs, cell: Cell | undefined, date1904: boolean): string {
  if (!cell) return '';
  if (cell.t === 's') return String(cell.v ?? '');
  if (cell.t === 'b') return cell.v ? 'TRUE' : 'FALSE';
  if (cell.t !== 'n' || typeof cell.v !== 'number') return '';
  if (typeof cell.z === 'string' && xlsx.SSF.is_date(cell.z)) {
    const d = xlsx.SSF.parse_date_code(cell.v, { date1904 });
    const day = `${two(d.m)}/${two(d.d)}/${d.y}`;
    return d.H || d.M ? `${day} ${two(d.H)}:${two(d.M)}` : day;
  }
  return String(cell.v);
}

/**
 * A LinkedIn workbook (`.xlsx`, or the older binary `.xls`) read as sheets of text, in the main
 * process only: SheetJS is loaded on the first workbook (it weighs more than the rest of the
 * import together). A workbook with macros or with cells computed from other files is refused:
 * an export never has either, and neither is anything a user should have to trust.
 */
export async function readWorkbook(bytes: Uint8Array): Promise<WorkbookRead> {
  const xlsx = await import('@e965/xlsx');
  let book: import('@e965/xlsx').WorkBook;
  try {
    book = xlsx.read(bytes, { type: 'buffer', dense: true, bookVBA: true, cellFormula: true, cellNF: true });
  } catch {
    return { ok: false, problem: { code: 'unreadableArchive' } };
  }
  if (book.vbaraw) return { ok: false, problem: { code: 'macros' } };
  const date1904 = Boolean(book.Workbook?.WBProps?.date1904);
  const sheets: WorkbookSheet[] = [];
  for (const name of book.SheetNames) {
    const rows = (book.Sheets[name]?.['!data'] ?? []) as (Cell[] | undefined)[];
    if (rows.length > IMPORT_LIMITS.rows + 100)
      return { ok: false, problem: { code: 'tooManyRows', max: IMPORT_LIMITS.rows } };
    const records: string[][] = [];
    for (let r = 0; r < rows.length; r++) {
      const row = rows[r] ?? [];
      const record: string[] = [];
      for (let c = 0; c < row.length; c++) {
        const cell = row[c];
        if (cell?.f && EXTERNAL_REFERENCE.test(cell.f))
          return { ok: false, problem: { code: 'externalLinks' } };
        record.push(cellText(xlsx, cell, date1904));
      }
      records.push(record);
    }
    sheets.push({ name, records });
  }
  return { ok: true, sheets };
}
