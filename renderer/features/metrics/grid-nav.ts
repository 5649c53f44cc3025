import type { MetricsRow } from '../../../shared/domain/metrics.ts';
import { METRICS } from '../../../shared/domain/metrics.ts';
import { applies, type CellPos, type HiddenMetrics, NONE_HIDDEN } from './grid-model.ts';

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
  | 'pageUp'
  | 'pageDown'
  | 'columnStart'
  | 'columnEnd'
  /** Enter: down, and from a column's last post to the top of the next column (Shift+Enter: back). */
  | 'downWrap'
  | 'upWrap';

const LAST_COL = METRICS.length - 1;

/** The first cell that applies along a line of positions, or null. */
function firstIn(
  rows: readonly MetricsRow[],
  hidden: HiddenMetrics,
  positions: Iterable<CellPos>,
): CellPos | null {
  for (const pos of positions) if (applies(rows, pos, hidden)) return pos;
  return null;
}

function* column(col: number, from: number, step: 1 | -1, count: number) {
  for (let row = from; row >= 0 && row < count; row += step) yield { row, col };
}

function* line(row: number, from: number, step: 1 | -1) {
  for (let col = from; col >= 0 && col <= LAST_COL; col += step) yield { row, col };
}

/** Cells column after column (the way Enter walks) from a position (excluded), forwards or backwards. */
function* downwards(pos: CellPos, step: 1 | -1, count: number) {
  yield* column(pos.col, pos.row + step, step, count);
  for (let col = pos.col + step; col >= 0 && col <= LAST_COL; col += step)
    yield* column(col, step === 1 ? 0 : count - 1, step, count);
}

/** Cells in reading order from a position (excluded), forwards or backwards. */
function* reading(pos: CellPos, step: 1 | -1, count: number) {
  yield* line(pos.row, pos.col + step, step);
  for (let row = pos.row + step; row >= 0 && row < count; row += step)
    yield* line(row, step === 1 ? 0 : LAST_COL, step);
}

/**
 * Where a key sends the focus. Cells that do not apply (story metrics on a post, spend on an
 * unpaid one) and hidden columns are skipped. Arrows stop at the edges; Tab runs on to the next
 * row's first cell after the last column shown, and returns null past the last cell, so the
 * keyboard can leave the grid; Enter runs down and on to the top of the next column, as in a
 * spreadsheet's selected block.
 */
export function moveFrom(
  rows: readonly MetricsRow[],
  pos: CellPos,
  move: Move,
  page = 10,
  hidden: HiddenMetrics = NONE_HIDDEN,
): CellPos | null {
  const count = rows.length;
  const first = (positions: Iterable<CellPos>) => firstIn(rows, hidden, positions);
  switch (move) {
    case 'up':
      return first(column(pos.col, pos.row - 1, -1, count)) ?? pos;
    case 'down':
      return first(column(pos.col, pos.row + 1, 1, count)) ?? pos;
    case 'downWrap':
      return first(downwards(pos, 1, count)) ?? pos;
    case 'upWrap':
      return first(downwards(pos, -1, count)) ?? pos;
    case 'left':
      return first(line(pos.row, pos.col - 1, -1)) ?? pos;
    case 'right':
      return first(line(pos.row, pos.col + 1, 1)) ?? pos;
    case 'next':
      return first(reading(pos, 1, count));
    case 'previous':
      return first(reading(pos, -1, count));
    case 'rowStart':
      return first(line(pos.row, 0, 1)) ?? pos;
    case 'rowEnd':
      return first(line(pos.row, LAST_COL, -1)) ?? pos;
    case 'gridStart':
      return first(reading({ row: 0, col: -1 }, 1, count)) ?? pos;
    case 'gridEnd':
      return first(reading({ row: count - 1, col: LAST_COL + 1 }, -1, count)) ?? pos;
    case 'columnStart':
      return first(column(pos.col, 0, 1, count)) ?? pos;
    case 'columnEnd':
      return first(column(pos.col, count - 1, -1, count)) ?? pos;
    case 'pageUp':
    case 'pageDown': {
      const target = Math.max(0, Math.min(count - 1, pos.row + (move === 'pageDown' ? page : -page)));
      const step = move === 'pageDown' ? -1 : 1;
      // Land on the target row, or the nearest one back towards where we were that has this column.
      return first(column(pos.col, target, step, count)) ?? pos;
    }
  }
}

/**
 * Enter after typing across a row with Tab: the next row, in the column the Tab run started from
 * (or the first cell after it that applies), as spreadsheets do. Null on the last row.
 */
export function nextRowAt(
  rows: readonly MetricsRow[],
  pos: CellPos,
  startCol: number,
  hidden: HiddenMetrics = NONE_HIDDEN,
): CellPos | null {
  return firstIn(rows, hidden, reading({ row: pos.row + 1, col: startCol - 1 }, 1, rows.length));
}

/** A valid cell near `pos` once the rows change (a filter, a refresh): the same place if it still exists. */
export function clampPos(
  rows: readonly MetricsRow[],
  pos: CellPos,
  hidden: HiddenMetrics = NONE_HIDDEN,
): CellPos {
  if (rows.length === 0) return { row: 0, col: 0 };
  const row = Math.min(pos.row, rows.length - 1);
  const col = Math.min(Math.max(pos.col, 0), LAST_COL);
  if (applies(rows, { row, col }, hidden)) return { row, col };
  return (
    firstIn(rows, hidden, line(row, col, -1)) ?? firstIn(rows, hidden, line(row, col, 1)) ?? { row, col: 0 }
  );
}
