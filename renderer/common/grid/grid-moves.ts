/** A cell of a grid: a row, in the grid's order, and a column. */
export interface CellPos {
  row: number;
  col: number;
}

/** What the moves need to know of a grid: its size, and which of its cells take a value. */
export interface GridShape {
  rows: number;
  cols: number;
  /** False for a cell the keys pass over (a metric that does not apply, a hidden column); all cells when absent. */
  applies?: (pos: CellPos) => boolean;
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
  | 'pageUp'
  | 'pageDown'
  | 'columnStart'
  | 'columnEnd'
  /** Enter: down, and from a column's last row to the top of the next column (Shift+Enter: back). */
  | 'downWrap'
  | 'upWrap';

const inside = (grid: GridShape, { row, col }: CellPos) =>
  row >= 0 && row < grid.rows && col >= 0 && col < grid.cols;

/** The first cell that applies along a line of positions, or null. */
function firstIn(grid: GridShape, positions: Iterable<CellPos>): CellPos | null {
  for (const pos of positions) if (inside(grid, pos) && (grid.applies?.(pos) ?? true)) return pos;
  return null;
}

function* column(grid: GridShape, col: number, from: number, step: 1 | -1) {
  for (let row = from; row >= 0 && row < grid.rows; row += step) yield { row, col };
}

function* line(grid: GridShape, row: number, from: number, step: 1 | -1) {
  for (let col = from; col >= 0 && col < grid.cols; col += step) yield { row, col };
}

/** Cells column after column (the way Enter walks) from a position (excluded), forwards or backwards. */
function* downwards(grid: GridShape, pos: CellPos, step: 1 | -1) {
  yield* column(grid, pos.col, pos.row + step, step);
  for (let col = pos.col + step; col >= 0 && col < grid.cols; col += step)
    yield* column(grid, col, step === 1 ? 0 : grid.rows - 1, step);
}

/** Cells in reading order from a position (excluded), forwards or backwards. */
function* reading(grid: GridShape, pos: CellPos, step: 1 | -1) {
  yield* line(grid, pos.row, pos.col + step, step);
  for (let row = pos.row + step; row >= 0 && row < grid.rows; row += step)
    yield* line(grid, row, step === 1 ? 0 : grid.cols - 1, step);
}

/**
 * Where a key sends the focus. Cells that do not apply are skipped. Arrows stop at the edges; Tab
 * runs on to the next row's first cell after the last column, and returns null past the last
 * cell, so the keyboard can leave the grid; Enter runs down and on to the top of the next column,
 * as in a spreadsheet's selected block.
 */
export function moveFrom(grid: GridShape, pos: CellPos, move: Move, page = 10): CellPos | null {
  const first = (positions: Iterable<CellPos>) => firstIn(grid, positions);
  const last = { row: grid.rows - 1, col: grid.cols - 1 };
  switch (move) {
    case 'up':
      return first(column(grid, pos.col, pos.row - 1, -1)) ?? pos;
    case 'down':
      return first(column(grid, pos.col, pos.row + 1, 1)) ?? pos;
    case 'downWrap':
      return first(downwards(grid, pos, 1)) ?? pos;
    case 'upWrap':
      return first(downwards(grid, pos, -1)) ?? pos;
    case 'left':
      return first(line(grid, pos.row, pos.col - 1, -1)) ?? pos;
    case 'right':
      return first(line(grid, pos.row, pos.col + 1, 1)) ?? pos;
    case 'next':
      return first(reading(grid, pos, 1));
    case 'previous':
      return first(reading(grid, pos, -1));
    case 'rowStart':
      return first(line(grid, pos.row, 0, 1)) ?? pos;
    case 'rowEnd':
      return first(line(grid, pos.row, last.col, -1)) ?? pos;
    case 'gridStart':
      return first(reading(grid, { row: 0, col: -1 }, 1)) ?? pos;
    case 'gridEnd':
      return first(reading(grid, { row: last.row, col: last.col + 1 }, -1)) ?? pos;
    case 'columnStart':
      return first(column(grid, pos.col, 0, 1)) ?? pos;
    case 'columnEnd':
      return first(column(grid, pos.col, last.row, -1)) ?? pos;
    case 'pageUp':
    case 'pageDown': {
      const target = Math.max(0, Math.min(last.row, pos.row + (move === 'pageDown' ? page : -page)));
      const step = move === 'pageDown' ? -1 : 1;
      // Land on the target row, or the nearest one back towards where we were that has this column.
      return first(column(grid, pos.col, target, step)) ?? pos;
    }
  }
}

/**
 * Enter after typing across a row with Tab: the next row, in the column the Tab run started from
 * (or the first cell after it that applies), as spreadsheets do. Null on the last row.
 */
export function nextRowAt(grid: GridShape, pos: CellPos, startCol: number): CellPos | null {
  return firstIn(grid, reading(grid, { row: pos.row + 1, col: startCol - 1 }, 1));
}

/** A valid cell near `pos` once the rows change (a filter, a refresh): the same place if it still exists. */
export function clampPos(grid: GridShape, pos: CellPos): CellPos {
  if (grid.rows === 0) return { row: 0, col: 0 };
  const row = Math.min(pos.row, grid.rows - 1);
  const col = Math.min(Math.max(pos.col, 0), grid.cols - 1);
  return (
    firstIn(grid, [{ row, col }]) ??
    firstIn(grid, line(grid, row, col, -1)) ??
    firstIn(grid, line(grid, row, col, 1)) ?? { row, col: 0 }
  );
}
