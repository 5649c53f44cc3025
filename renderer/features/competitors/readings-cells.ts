import type { CompetitorReadingRow } from '../../../shared/domain/competitor-readings.ts';
import type { Language } from '../../../shared/domain/prefs.ts';
import type { GridModel } from '../../common/grid/grid-model.ts';
import {
  type CellChange,
  type CellIssue,
  type CellValue,
  colOf,
  editText,
  fieldAt,
  isNumberField,
  parseCell,
  planPaste,
  readingsShape,
} from './readings-model.ts';
import type { ReadingsSaves } from './use-readings-saves.ts';

export type ReadingsModel = GridModel<CompetitorReadingRow, CellChange, CellValue, CellIssue>;

const rowId = (row: CompetitorReadingRow) => row.accountId;
const placeOf = (cell: CellChange) => ({ rowId: cell.accountId, col: colOf(cell.field) });
const isText = (col: number) => !isNumberField(fieldAt(col));

/**
 * The readings grid as the grid's hooks (common/grid/) drive it: the watched accounts × the fields
 * of a reading, a value the server refused shown on its cell until it is changed.
 */
export function readingsModel(
  rows: readonly CompetitorReadingRow[],
  saves: ReadingsSaves,
  language: Language,
): ReadingsModel {
  return {
    rows,
    shape: readingsShape(rows.length),
    rowId,
    valueAt: (row, col) => saves.heldOf(row, fieldAt(col)),
    shownAt: (row, col) => saves.shownOf(row, fieldAt(col)),
    read: (col, text) => parseCell(fieldAt(col), text, language),
    editText: (col, value) => editText(fieldAt(col), value, language),
    isText,
    cell: (accountId, col, value) => ({ accountId, field: fieldAt(col), value }),
    placeOf,
    planPaste: (text, at) => planPaste(text, rows, at, language),
    forget: (accountId, col) => saves.forget(accountId, fieldAt(col)),
  };
}
