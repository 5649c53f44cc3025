import { type ClipboardEvent, type KeyboardEvent, type MouseEvent, useRef } from 'react';
import { gridAction } from './grid-keys.ts';
import type { GridModel } from './grid-model.ts';
import { type CellPos, type Move, moveFrom, nextRowAt } from './grid-moves.ts';
import type { CellSaves } from './use-cell-saves.ts';
import type { GridCells } from './use-grid-cells.ts';

type TableEvent<E> = E & { currentTarget: HTMLTableElement };

/** The cell under a click: null outside the value cells or on one that does not apply. */
function cellOf(target: EventTarget): CellPos | null {
  const cell = target instanceof Element ? target.closest<HTMLElement>('td[data-col]') : null;
  if (!cell || cell.getAttribute('aria-disabled') === 'true') return null;
  return { row: Number(cell.dataset.row), col: Number(cell.dataset.col) };
}

/** Where a run of Tab presses started: the row, and the column Enter brings the focus back to. */
interface TabRun {
  rowId: string;
  col: number;
}

/**
 * The grid's keyboard, clipboard and mouse, wired to the focused cell and to the saves. Enter
 * after typing across a row with Tab goes to the next row's cell under where the run started,
 * as in a spreadsheet, so a row-by-row log never needs Home. `page`, for a grid that scrolls in
 * a pane of its own, is how many rows Page Up/Down move by; without it, those keys are the page's.
 */
export function useGridEvents<R, C, V, I, P>(
  model: GridModel<R, C, V, I, P>,
  cells: GridCells<V, I>,
  saves: CellSaves<C, P>,
  page?: () => number,
) {
  const { rows, shape } = model;
  const { pos } = cells;
  const tabRun = useRef<TabRun | null>(null);

  const target = (move: Move): CellPos | null => {
    const run = tabRun.current;
    const row = rows[pos.row];
    const rowId = row && model.rowId(row);
    if (move === 'next' || move === 'previous') {
      if (rowId && run?.rowId !== rowId) tabRun.current = { rowId, col: pos.col };
    } else tabRun.current = null;
    if (move === 'downWrap' && run && run.rowId === rowId) return nextRowAt(shape, pos, run.col);
    return moveFrom(shape, pos, move, page?.());
  };

  const moveTo = (move: Move): boolean => {
    const to = target(move);
    if (!to) return false;
    cells.go(to);
    return true;
  };

  const undoOrRedo = (direction: 'undo' | 'redo') => {
    const edit = direction === 'undo' ? saves.undo() : saves.redo();
    const first = edit?.before[0];
    const place = first && model.placeOf(first);
    const row = place ? rows.findIndex((r) => model.rowId(r) === place.rowId) : -1;
    // Show where the change happened, when that row is on screen.
    if (place && row >= 0) cells.go({ row, col: place.col });
  };

  const onKeyDown = (e: TableEvent<KeyboardEvent>) => {
    if (e.nativeEvent.isComposing) return;
    const action = gridAction(e, cells.current()?.mode ?? null, page !== undefined);
    if (!action) return;
    // The grid's keys are its own: Ctrl+Z here is the grid's undo, not the app's trash undo.
    e.stopPropagation();
    switch (action.kind) {
      case 'move':
        // Tab past the last cell is not prevented: the keyboard leaves the grid.
        if (moveTo(action.move)) e.preventDefault();
        return;
      case 'commit':
        if (!cells.commit()) return e.preventDefault();
        if (action.move !== null && moveTo(action.move)) return e.preventDefault();
        // Back on the cell; from there, a Tab past the last cell leaves the grid.
        cells.go(pos);
        if (action.move === null) e.preventDefault();
        return;
      case 'cancel':
        e.preventDefault();
        cells.cancel();
        return;
      case 'edit':
        e.preventDefault();
        cells.start(action.text);
        return;
      case 'clear':
        e.preventDefault();
        cells.clear(pos);
        return;
      case 'undo':
      case 'redo':
        e.preventDefault();
        undoOrRedo(action.kind);
        return;
    }
  };

  const onPaste = (e: TableEvent<ClipboardEvent>) => {
    // While a cell is edited, the paste goes into its text box.
    if (cells.current()) return;
    e.preventDefault();
    const plan = model.planPaste(e.clipboardData.getData('text/plain'), pos);
    if (!plan.ok) return saves.refusePaste(plan.refusal);
    const byId = new Map(rows.map((r) => [model.rowId(r), r]));
    const before = plan.cells.map((c) => {
      const { rowId, col } = model.placeOf(c);
      const row = byId.get(rowId);
      // The plan was laid on these very rows: each of its cells has its row.
      return row ? model.cell(rowId, col, model.valueAt(row, col)) : c;
    });
    saves.commit(plan.cells, before);
  };

  const onCopy = (e: TableEvent<ClipboardEvent>) => {
    if (cells.current()) return;
    const text = cells.copyText(pos);
    if (text === null) return;
    e.preventDefault();
    e.clipboardData.setData('text/plain', text);
  };

  const onMouseDown = (e: TableEvent<MouseEvent>) => {
    const at = cellOf(e.target);
    if (!at || (cells.current() && at.row === pos.row && at.col === pos.col)) return;
    tabRun.current = null;
    // Clicking away keeps what was typed, unless it cannot be read: then the editor keeps the keyboard.
    if (!cells.commit()) return e.preventDefault();
    cells.follow(at);
  };

  const onDoubleClick = (e: TableEvent<MouseEvent>) => {
    const at = cellOf(e.target);
    if (at && at.row === pos.row && at.col === pos.col && !cells.current()) cells.start(null);
  };

  return { onKeyDown, onPaste, onCopy, onMouseDown, onDoubleClick };
}
