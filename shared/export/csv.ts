/**
 * RFC 4180 CSV, written strictly and read leniently: spreadsheets write `;` in French locales,
 * LF or CRLF line breaks, and stray quotes inside unquoted cells.
 */

export const CSV_DELIMITERS = [',', ';'] as const;
export type Delimiter = (typeof CSV_DELIMITERS)[number];
/** Networks' exports also come tab-separated (Excel's "Unicode text"); Calepin never writes tabs. */
export type ReadDelimiter = Delimiter | '\t';

/** Spreadsheets read a UTF-8 file as their local 8-bit code page unless it starts with this mark. */
export const BOM = '\uFEFF';
const CRLF = '\r\n';

function cell(value: string, delimiter: Delimiter): string {
  const needsQuotes = value.includes(delimiter) || /["\r\n]/.test(value);
  return needsQuotes ? `"${value.replace(/"/g, '""')}"` : value;
}

/**
 * What makes a spreadsheet read a cell as a formula (OWASP's CSV injection list): `=`, `+`, `-`,
 * `@`, tab and carriage return. Apostrophes before them are counted too, so that escaping is a
 * bijection: `'=x` written by a user becomes `''=x` and reads back as `'=x`.
 */
const FORMULA_LIKE = /^'*[=+\-@\t\r]/;

/** A cell a spreadsheet would run gets a leading apostrophe, which it shows as text (OWASP). */
export const neutraliseFormula = (value: string): string => (FORMULA_LIKE.test(value) ? `'${value}` : value);

/** The exact reverse of `neutraliseFormula`: only the apostrophe it adds is taken off. */
export const restoreFormula = (value: string): string =>
  value.startsWith("'") && FORMULA_LIKE.test(value.slice(1)) ? value.slice(1) : value;

/** Every record ends with CRLF, the last one included (RFC 4180 allows both; spreadsheets write it). */
export function writeCsv(records: readonly (readonly string[])[], delimiter: Delimiter = ','): string {
  return records.map((r) => `${r.map((v) => cell(v, delimiter)).join(delimiter)}${CRLF}`).join('');
}

/**
 * The header decides: whichever candidate it holds most of, outside quotes (the first on a tie).
 * Lines holding none (a title above an export's header) are passed over.
 */
export function detectDelimiter(text: string): Delimiter;
export function detectDelimiter(text: string, candidates: readonly ReadDelimiter[]): ReadDelimiter;
export function detectDelimiter(
  text: string,
  candidates: readonly ReadDelimiter[] = CSV_DELIMITERS,
): ReadDelimiter {
  const counts = new Map<string, number>();
  let quoted = false;
  for (const char of text) {
    if (char === '"') quoted = !quoted;
    else if (quoted) continue;
    else if (char === '\n' || char === '\r') {
      if (counts.size > 0) break;
    } else if (candidates.includes(char as ReadDelimiter)) counts.set(char, (counts.get(char) ?? 0) + 1);
  }
  let best = candidates[0] ?? ',';
  for (const c of candidates) if ((counts.get(c) ?? 0) > (counts.get(best) ?? 0)) best = c;
  return best;
}

export type CsvParse =
  | { ok: true; delimiter: ReadDelimiter; records: string[][] }
  /** A quote opened on this record (1-based, header = 1) never closes. */
  | { ok: false; unterminatedQuoteAt: number };

/** The index of the next delimiter or line break at or after `from`, or the end. */
function boundary(text: string, from: number, delimiter: string): number {
  for (let i = from; i < text.length; i++) {
    const c = text[i];
    if (c === delimiter || c === '\n' || c === '\r') return i;
  }
  return text.length;
}

/**
 * Each record in turn, as an array of cells, handed to `onRecord`, which may stop the reading by
 * returning false: a large file is read without holding all its records at once. A quoted cell may
 * hold delimiters, line breaks and doubled quotes; text after its closing quote, or a quote inside
 * an unquoted cell, is kept as written, like spreadsheets do. A final line break does not make an
 * extra empty record. Returns the record (1-based) where a quote opened and never closed, or null.
 */
export function eachCsvRecord(
  text: string,
  delimiter: ReadDelimiter,
  onRecord: (cells: string[]) => boolean | undefined,
): number | null {
  let count = 0;
  let record: string[] = [];
  let i = 0;
  if (text.length === 0) return null;
  for (;;) {
    let value = '';
    let from = i;
    if (text[i] === '"') {
      from = i + 1;
      for (;;) {
        const quote = text.indexOf('"', from);
        if (quote < 0) return count + 1;
        value += text.slice(from, quote);
        if (text[quote + 1] === '"') {
          value += '"';
          from = quote + 2;
        } else {
          from = quote + 1;
          break;
        }
      }
    }
    const end = boundary(text, from, delimiter);
    value += text.slice(from, end);
    record.push(value);
    if (end === text.length) {
      onRecord(record);
      return null;
    }
    i = end + 1;
    if (text[end] === delimiter) continue;
    if (text[end] === '\r' && text[i] === '\n') i++;
    count++;
    if (onRecord(record) === false) return null;
    record = [];
    if (i === text.length) return null;
  }
}

/** Every record at once: for files a person wrote or a spreadsheet saved, small enough to hold. */
export function parseCsv(text: string, delimiter: ReadDelimiter = detectDelimiter(text)): CsvParse {
  const records: string[][] = [];
  const unterminatedQuoteAt = eachCsvRecord(text, delimiter, (cells) => {
    records.push(cells);
    return true;
  });
  return unterminatedQuoteAt === null ? { ok: true, delimiter, records } : { ok: false, unterminatedQuoteAt };
}
