import {
  type CompetitorReading,
  type CompetitorReadingRow,
  type CompetitorReadingsSave,
  READING_FIELDS,
  type ReadingField,
} from '../../../shared/domain/competitor-readings.ts';
import { NOTES_MAX } from '../../../shared/domain/fields.ts';
import type { Language } from '../../../shared/domain/prefs.ts';
import { followerJump } from '../../../shared/kpi/plausibility.ts';
import { formatForEditing, type NumberIssue, parseNumber } from '../../../shared/metrics/number-parse.ts';
import { parseClipboardGrid } from '../../../shared/metrics/paste.ts';
import { withScheme } from './competitor-values.ts';

/**
 * The readings grid's model: one row per watched account, a column per field of its reading, the
 * numbers read the way the user types them (shared/metrics/number-parse.ts) and pasted blocks
 * laid from the focused cell. Pure: the grid's hooks and components drive it.
 */

export const COLUMNS = READING_FIELDS;
export const LAST_COL = COLUMNS.length - 1;

export type CellValue = number | string | null;

export const isNumberField = (field: ReadingField): field is 'followers' | 'posts' | 'engagementsPerPost' =>
  field === 'followers' || field === 'posts' || field === 'engagementsPerPost';

export const fieldAt = (col: number): ReadingField => COLUMNS[col] ?? 'followers';
export const colOf = (field: ReadingField): number => COLUMNS.indexOf(field);

export interface CellPos {
  row: number;
  col: number;
}

/** One cell written: an account's field on the grid's day. */
export interface CellChange {
  accountId: string;
  field: ReadingField;
  value: CellValue;
}

export const cellKey = (accountId: string, field: ReadingField) => `${accountId} ${field}`;

/** What a reading holds in a field: a number or null, a text or ''. */
export function readingValue(reading: CompetitorReading | null, field: ReadingField): CellValue {
  if (isNumberField(field)) return reading?.[field] ?? null;
  return reading?.[field] ?? '';
}

export const isBlank = (value: CellValue) => value === null || value === '';

/** Why a typed value is refused: a number issue, one decimal too many, a link that is not one. */
export type CellIssue = NumberIssue | 'oneDecimal' | 'invalidUrl';

export type ParsedCell = { ok: true; value: CellValue } | { ok: false; code: CellIssue };

/** The most engagements per post the grid takes: what number-parse reads as money, in units. */
export const PER_POST_MAX = 10_000_000;

/** A link as typed: "instagram.com/p/xyz" gets its https://; anything but a web address is refused. */
function parseUrl(text: string): ParsedCell {
  const url = withScheme(text.trim());
  if (url === '') return { ok: true, value: '' };
  try {
    const parsed = new URL(url);
    if (parsed.protocol === 'https:' || parsed.protocol === 'http:') return { ok: true, value: url };
  } catch {
    // Not a web address: refused below.
  }
  return { ok: false, code: 'invalidUrl' };
}

/**
 * A cell's text as stored: counts whole, engagements per post to one decimal (both in either
 * language's notation: `1 234`, `12,5`), a link with its scheme, a note as typed.
 */
export function parseCell(field: ReadingField, text: string, language: Language): ParsedCell {
  switch (field) {
    case 'followers':
    case 'posts':
      return parseNumber(text, { kind: 'count', locale: language });
    case 'engagementsPerPost': {
      // An average of engagements is not money: a currency sign is a paste gone wrong.
      if (/\p{Sc}/u.test(text)) return { ok: false, code: 'notANumber' };
      const read = parseNumber(text, { kind: 'money', locale: language });
      if (!read.ok) return read.code === 'tooPrecise' ? { ok: false, code: 'oneDecimal' } : read;
      if (read.value === null) return read;
      if (read.value % 10 !== 0) return { ok: false, code: 'oneDecimal' };
      return { ok: true, value: read.value / 100 };
    }
    case 'standoutUrl':
      return parseUrl(text);
    case 'standoutNote':
      return { ok: true, value: text.trim().slice(0, NOTES_MAX) };
  }
}

/** The text a cell starts editing with: digits without grouping, the language's decimal mark. */
export function editText(field: ReadingField, value: CellValue, language: Language): string {
  if (typeof value === 'string') return value;
  if (value === null) return '';
  if (field === 'engagementsPerPost') return String(value).replace('.', language === 'fr' ? ',' : '.');
  return formatForEditing(value, 'count', language);
}

const formats = new Map<string, Intl.NumberFormat>();
function numberFormat(language: Language, decimals: number): Intl.NumberFormat {
  const key = `${language}|${decimals}`;
  let f = formats.get(key);
  if (!f) {
    f = new Intl.NumberFormat(language, { maximumFractionDigits: decimals });
    formats.set(key, f);
  }
  return f;
}

/** A cell's value as shown: "12 480", "37,5"; text as it is. */
export function shownValue(field: ReadingField, value: CellValue, language: Language): string {
  if (typeof value === 'string') return value;
  if (value === null) return '';
  return numberFormat(language, field === 'engagementsPerPost' ? 1 : 0).format(value);
}

/** A follower count more than threefold off the previous reading's: flagged, never refused. */
export function followerWarning(previous: CompetitorReading | null, followers: CellValue) {
  const before = previous?.followers;
  if (typeof followers !== 'number' || before === null || before === undefined) return null;
  return followerJump(before, followers);
}

export type Move =
  | 'up'
  | 'down'
  | 'left'
  | 'right'
  | 'next'
  | 'previous'
  | 'rowStart'
  | 'rowEnd'
  | 'gridStart'
  | 'gridEnd'
  | 'downWrap'
  | 'upWrap';

/**
 * Where a key sends the focus. Arrows stop at the edges; Tab runs on to the next row and returns
 * null past the last cell (so the keyboard can leave the grid); Enter runs down a column and on to
 * the top of the next, as in a spreadsheet.
 */
export function moveFrom(pos: CellPos, move: Move, rowCount: number): CellPos | null {
  const last = rowCount - 1;
  const { row, col } = pos;
  switch (move) {
    case 'up':
      return { row: Math.max(0, row - 1), col };
    case 'down':
      return { row: Math.min(last, row + 1), col };
    case 'left':
      return { row, col: Math.max(0, col - 1) };
    case 'right':
      return { row, col: Math.min(LAST_COL, col + 1) };
    case 'rowStart':
      return { row, col: 0 };
    case 'rowEnd':
      return { row, col: LAST_COL };
    case 'gridStart':
      return { row: 0, col: 0 };
    case 'gridEnd':
      return { row: last, col: LAST_COL };
    case 'next':
      if (col < LAST_COL) return { row, col: col + 1 };
      return row < last ? { row: row + 1, col: 0 } : null;
    case 'previous':
      if (col > 0) return { row, col: col - 1 };
      return row > 0 ? { row: row - 1, col: LAST_COL } : null;
    case 'downWrap':
      if (row < last) return { row: row + 1, col };
      return col < LAST_COL ? { row: 0, col: col + 1 } : pos;
    case 'upWrap':
      if (row > 0) return { row: row - 1, col };
      return col > 0 ? { row: last, col: col - 1 } : pos;
  }
}

/** What a key press asks of the grid. */
export type GridAction =
  | { kind: 'move'; move: Move }
  /** `text` null keeps the cell's value to change it (Enter, F2); a character replaces it. */
  | { kind: 'edit'; text: string | null }
  | { kind: 'clear' }
  | { kind: 'undo' }
  | { kind: 'redo' }
  | { kind: 'commit'; move: Move | null }
  | { kind: 'cancel' };

/** Typing over a cell (arrows leave it) or changing its text (arrows move the caret). */
export type EditMode = 'replace' | 'change';

export interface KeyPress {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
}

const ARROWS: Record<string, Move> = {
  ArrowUp: 'up',
  ArrowDown: 'down',
  ArrowLeft: 'left',
  ArrowRight: 'right',
};
const EDGES: Record<string, Move> = {
  ArrowUp: 'up',
  ArrowDown: 'down',
  ArrowLeft: 'rowStart',
  ArrowRight: 'rowEnd',
};

/**
 * The spreadsheet keys: arrows, Tab, Home/End (with Ctrl: the whole grid), Enter or F2 to edit, a
 * character to type over, Delete to clear, Ctrl+Z / Ctrl+Shift+Z / Ctrl+Y. While editing, Enter and
 * Tab keep the value and move on, Esc puts the cell back.
 */
export function gridAction(e: KeyPress, editing: EditMode | null): GridAction | null {
  if (editing) {
    switch (e.key) {
      case 'Enter':
        return { kind: 'commit', move: e.shiftKey ? 'upWrap' : 'downWrap' };
      case 'Tab':
        return { kind: 'commit', move: e.shiftKey ? 'previous' : 'next' };
      case 'Escape':
        return { kind: 'cancel' };
      case 'ArrowUp':
      case 'ArrowDown':
        return { kind: 'commit', move: ARROWS[e.key] ?? null };
      case 'ArrowLeft':
      case 'ArrowRight':
        return editing === 'replace' ? { kind: 'commit', move: ARROWS[e.key] ?? null } : null;
      default:
        return null;
    }
  }
  const mod = e.ctrlKey || e.metaKey;
  const key = e.key;
  if (mod && !e.altKey && key.toLowerCase() === 'z') return { kind: e.shiftKey ? 'redo' : 'undo' };
  if (mod && !e.altKey && key.toLowerCase() === 'y') return { kind: 'redo' };
  const arrow = mod ? EDGES[key] : ARROWS[key];
  if (arrow) return { kind: 'move', move: arrow };
  switch (key) {
    case 'Tab':
      return { kind: 'move', move: e.shiftKey ? 'previous' : 'next' };
    case 'Home':
      return { kind: 'move', move: mod ? 'gridStart' : 'rowStart' };
    case 'End':
      return { kind: 'move', move: mod ? 'gridEnd' : 'rowEnd' };
    case 'Enter':
    case 'F2':
      return { kind: 'edit', text: null };
    case 'Delete':
    case 'Backspace':
      return { kind: 'clear' };
  }
  if (key.length === 1 && !mod && !e.altKey) return { kind: 'edit', text: key };
  return null;
}

/** Why a pasted block changes nothing; `row` and `col` are the grid's, `value` the text as pasted. */
export type PasteRefusal =
  | { code: 'tooManyCells' }
  | { code: 'empty' }
  | { code: 'tooWide'; columns: number; fit: number }
  | { code: 'tooTall'; rows: number; fit: number }
  | { code: 'cell'; row: number; col: number; value: string; issue: CellIssue };

export type PastePlan = { ok: true; cells: CellChange[] } | { ok: false; refusal: PasteRefusal };

/**
 * A block copied from a spreadsheet, laid from the focused cell rightwards and downwards. All or
 * nothing: a block that does not fit, or a value that cannot be read, changes no cell.
 */
export function planPaste(
  text: string,
  rows: readonly CompetitorReadingRow[],
  anchor: CellPos,
  language: Language,
): PastePlan {
  const parsed = parseClipboardGrid(text);
  if (!parsed.ok) return { ok: false, refusal: { code: 'tooManyCells' } };
  const block = parsed.rows;
  const width = Math.max(0, ...block.map((r) => r.length));
  if (width === 0) return { ok: false, refusal: { code: 'empty' } };
  const fitColumns = COLUMNS.length - anchor.col;
  if (width > fitColumns) return { ok: false, refusal: { code: 'tooWide', columns: width, fit: fitColumns } };
  const fitRows = rows.length - anchor.row;
  if (block.length > fitRows)
    return { ok: false, refusal: { code: 'tooTall', rows: block.length, fit: fitRows } };
  const cells: CellChange[] = [];
  for (const [r, line] of block.entries()) {
    const row = rows[anchor.row + r];
    if (!row) continue;
    for (const [c, value] of line.entries()) {
      const col = anchor.col + c;
      const field = fieldAt(col);
      const cell = parseCell(field, value, language);
      if (!cell.ok)
        return { ok: false, refusal: { code: 'cell', row: anchor.row + r, col, value, issue: cell.code } };
      cells.push({ accountId: row.accountId, field, value: cell.value });
    }
  }
  return cells.length === 0 ? { ok: false, refusal: { code: 'empty' } } : { ok: true, cells };
}

type SaveRow = CompetitorReadingsSave['rows'][number];

/**
 * The contract's rows for a set of changes: one per account, the fields it changes (a number field
 * takes a number or null, a text field a string).
 */
export function rowsOf(cells: readonly CellChange[]): SaveRow[] {
  const byAccount = new Map<string, SaveRow>();
  for (const c of cells) {
    const row: Record<string, CellValue> = byAccount.get(c.accountId) ?? { accountId: c.accountId };
    row[c.field] = isNumberField(c.field)
      ? typeof c.value === 'number'
        ? c.value
        : null
      : String(c.value ?? '');
    byAccount.set(c.accountId, row as SaveRow);
  }
  return [...byAccount.values()];
}
