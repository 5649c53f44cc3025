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
import { numberFormat } from '../../common/format/format-kpi.ts';
import type { CellPos, GridShape } from '../../common/grid/grid-moves.ts';
import { layPaste, type PastePlan } from '../../common/grid/paste-plan.ts';
import { withScheme } from './competitor-values.ts';

/**
 * The readings grid's model: one row per watched account, a column per field of its reading, the
 * numbers read the way the user types them (shared/metrics/number-parse.ts) and pasted blocks
 * laid from the focused cell. Pure: the grid's hooks (common/grid/) and components drive it.
 */

export const COLUMNS = READING_FIELDS;
const ALL_COLUMNS = COLUMNS.map((_, col) => col);

export type CellValue = number | string | null;

export const isNumberField = (field: ReadingField): field is 'followers' | 'posts' | 'engagementsPerPost' =>
  field === 'followers' || field === 'posts' || field === 'engagementsPerPost';

export const fieldAt = (col: number): ReadingField => COLUMNS[col] ?? 'followers';
export const colOf = (field: ReadingField): number => COLUMNS.indexOf(field);

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

/** A cell's value as shown: "12 480", "37,5"; text as it is. */
export function shownValue(field: ReadingField, value: CellValue, language: Language): string {
  if (typeof value === 'string') return value;
  if (value === null) return '';
  const decimals = field === 'engagementsPerPost' ? 1 : 0;
  return numberFormat(language, { maximumFractionDigits: decimals }).format(value);
}

/** A follower count more than threefold off the previous reading's: flagged, never refused. */
export function followerWarning(previous: CompetitorReading | null, followers: CellValue) {
  const before = previous?.followers;
  if (typeof followers !== 'number' || before === null || before === undefined) return null;
  return followerJump(before, followers);
}

/** The grid as the keys walk it: every field of every account takes a value. */
export const readingsShape = (rows: number): GridShape => ({ rows, cols: COLUMNS.length });

/**
 * A block copied from a spreadsheet, laid from the focused cell rightwards and downwards. All or
 * nothing: a block that does not fit, or a value that cannot be read, changes no cell.
 */
export function planPaste(
  text: string,
  rows: readonly CompetitorReadingRow[],
  anchor: CellPos,
  language: Language,
): PastePlan<CellChange, CellIssue> {
  return layPaste(text, anchor, { rows: rows.length, columns: ALL_COLUMNS }, (pos, value) => {
    const row = rows[pos.row];
    if (!row) return { ok: true, cell: null };
    const field = fieldAt(pos.col);
    const cell = parseCell(field, value, language);
    if (!cell.ok) return { ok: false, issue: cell.code };
    return { ok: true, cell: { accountId: row.accountId, field, value: cell.value } };
  });
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
