import type { MetricsRow } from '../../../shared/domain/metrics.ts';
import { METRICS } from '../../../shared/domain/metrics.ts';
import { applies, type CellPos } from './grid-model.ts';

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
  | 'columnEnd';

const LAST_COL = METRICS.length - 1;

/** The first cell that applies along a line of positions, or null. */
function firstApplicable(rows: readonly MetricsRow[], positions: Iterable<CellPos>): CellPos | null {
  for (const pos of positions) if (applies(rows, pos)) return pos;
  return null;
}

function* column(col: number, from: number, step: 1 | -1, count: number) {
  for (let row = from; row >= 0 && row < count; row += step) yield { row, col };
}

function* line(row: number, from: number, step: 1 | -1) {
  for (let col = from; col >= 0 && col <= LAST_COL; col += step) yield { row, col };
}

/** Cells in reading order from a position (excluded), forwards or backwards. */
function* reading(pos: CellPos, step: 1 | -1, count: number) {
  yield* line(pos.row, pos.col + step, step);
  for (let row = pos.row + step; row >= 0 && row < count; row += step)
    yield* line(row, step === 1 ? 0 : LAST_COL, step);
}

/**
 * Where a key sends the focus. Cells that do not apply (story metrics on a post, spend on an
 * unpaid one) are skipped. Arrows stop at the edges; Tab runs on to the next row and returns
 * null past the last cell, so the keyboard can leave the grid.
 */
export function moveFrom(rows: readonly MetricsRow[], pos: CellPos, move: Move, page = 10): CellPos | null {
  const count = rows.length;
  switch (move) {
    case 'up':
      return firstApplicable(rows, column(pos.col, pos.row - 1, -1, count)) ?? pos;
    case 'down':
      return firstApplicable(rows, column(pos.col, pos.row + 1, 1, count)) ?? pos;
    case 'left':
      return firstApplicable(rows, line(pos.row, pos.col - 1, -1)) ?? pos;
    case 'right':
      return firstApplicable(rows, line(pos.row, pos.col + 1, 1)) ?? pos;
    case 'next':
      return firstApplicable(rows, reading(pos, 1, count));
    case 'previous':
      return firstApplicable(rows, reading(pos, -1, count));
    case 'rowStart':
      return firstApplicable(rows, line(pos.row, 0, 1)) ?? pos;
    case 'rowEnd':
      return firstApplicable(rows, line(pos.row, LAST_COL, -1)) ?? pos;
    case 'gridStart':
      return firstApplicable(rows, reading({ row: 0, col: -1 }, 1, count)) ?? pos;
    case 'gridEnd':
      return firstApplicable(rows, reading({ row: count - 1, col: LAST_COL + 1 }, -1, count)) ?? pos;
    case 'columnStart':
      return firstApplicable(rows, column(pos.col, 0, 1, count)) ?? pos;
    case 'columnEnd':
      return firstApplicable(rows, column(pos.col, count - 1, -1, count)) ?? pos;
    case 'pageUp':
    case 'pageDown': {
      const target = Math.max(0, Math.min(count - 1, pos.row + (move === 'pageDown' ? page : -page)));
      const step = move === 'pageDown' ? -1 : 1;
      // Land on the target row, or the nearest one back towards where we were that has this column.
      return firstApplicable(rows, column(pos.col, target, step, count)) ?? pos;
    }
  }
}

/** A valid cell near `pos` once the rows change (a filter, a refresh): the same place if it still exists. */
export function clampPos(rows: readonly MetricsRow[], pos: CellPos): CellPos {
  if (rows.length === 0) return { row: 0, col: 0 };
  const row = Math.min(pos.row, rows.length - 1);
  const col = Math.min(Math.max(pos.col, 0), LAST_COL);
  if (applies(rows, { row, col })) return { row, col };
  return (
    firstApplicable(rows, line(row, col, -1)) ?? firstApplicable(rows, line(row, col, 1)) ?? { row, col: 0 }
  );
}
