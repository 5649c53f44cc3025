import { CELLS_MAX } from '../domain/metrics.ts';
/**
 * A block copied from a spreadsheet (Excel, LibreOffice, Google Sheets, Numbers) reaches the
 * clipboard as text: one line per row, a tab between cells. A cell holding a tab, a line break or
 * a quote is written between quotes with its quotes doubled, as in CSV.
 */

/** Far more than any period's grid: a larger block is a whole sheet copied by mistake. */
/** The server takes at most this many cells in one save: a bigger block is refused before it is sent. */
export const PASTE_CELLS_MAX = CELLS_MAX;

/**
 * `rows` as copied, cells untrimmed; rows keep their own lengths (a spreadsheet drops trailing
 * empty cells on some rows). An empty clipboard gives no rows; a single empty cell gives `[['']]`.
 */
export type ClipboardGrid = { ok: true; rows: string[][] } | { ok: false; code: 'tooManyCells' };

const isBreak = (char: string | undefined): boolean => char === '\t' || char === '\n' || char === '\r';

function nextBreak(text: string, from: number): number {
  for (let i = from; i < text.length; i++) if (isBreak(text[i])) return i;
  return text.length;
}

interface Cell {
  value: string;
  /** Index of the tab or line break after the cell, or the text's length. */
  end: number;
}

/**
 * Only a quote that closes right before a tab, a line break or the end makes a quoted cell:
 * spreadsheets write nothing else, so `12" screen` or an unclosed `"abc` is text as typed.
 */
function readQuoted(text: string, from: number): Cell | null {
  let value = '';
  let at = from + 1;
  for (;;) {
    const quote = text.indexOf('"', at);
    if (quote < 0) return null;
    value += text.slice(at, quote);
    if (text[quote + 1] === '"') {
      value += '"';
      at = quote + 2;
      continue;
    }
    const end = quote + 1;
    return end === text.length || isBreak(text[end]) ? { value, end } : null;
  }
}

function readCell(text: string, from: number): Cell {
  const quoted = text[from] === '"' ? readQuoted(text, from) : null;
  if (quoted !== null) return quoted;
  const end = nextBreak(text, from);
  return { value: text.slice(from, end), end };
}

export function parseClipboardGrid(text: string): ClipboardGrid {
  if (text === '') return { ok: true, rows: [] };
  // Excel ends the block with a line break; Google Sheets does not. A second one is an empty row.
  const block = text.replace(/(?:\r\n|\n|\r)$/, '');
  const rows: string[][] = [];
  let row: string[] = [];
  let cells = 0;
  let at = 0;
  for (;;) {
    const cell = readCell(block, at);
    row.push(cell.value);
    // Stop as soon as the cap is passed: a whole sheet must not be split into millions of strings.
    if (++cells > PASTE_CELLS_MAX) return { ok: false, code: 'tooManyCells' };
    if (cell.end === block.length) break;
    const separator = block[cell.end];
    at = cell.end + 1;
    if (separator === '\t') continue;
    if (separator === '\r' && block[at] === '\n') at++;
    rows.push(row);
    row = [];
  }
  rows.push(row);
  return { ok: true, rows };
}
