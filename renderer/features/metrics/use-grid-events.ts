import { type ClipboardEvent, type KeyboardEvent, type MouseEvent, type RefObject, useRef } from 'react';
import type { MetricsRow } from '../../../shared/domain/metrics.ts';
import type { Language } from '../../../shared/domain/prefs.ts';
import { formatForEditing } from '../../../shared/metrics/number-parse.ts';
import { gridAction } from './grid-keys.ts';
import { ROW_HEIGHT } from './grid-layout.ts';
import { type CellPos, colOf, type HiddenMetrics, kindOf, metricAt } from './grid-model.ts';
import { type Move, moveFrom, nextRowAt } from './grid-nav.ts';
import { planPaste } from './paste-plan.ts';
import type { CellEditing } from './use-cell-editing.ts';
import type { GridSaves } from './use-grid-saves.ts';

type TableEvent<E> = E & { currentTarget: HTMLTableElement };

/** The cell under a click: null outside the metric cells or on one that does not apply. */
function cellOf(target: EventTarget): CellPos | null {
  const cell = target instanceof Element ? target.closest<HTMLElement>('td[data-col]') : null;
  if (!cell || cell.getAttribute('aria-disabled') === 'true') return null;
  return { row: Number(cell.dataset.row), col: Number(cell.dataset.col) };
}

/** Where a run of Tab presses started: the post's row and the column Enter brings the focus back to. */
interface TabRun {
  postId: string;
  col: number;
}

/**
 * The grid's keyboard, clipboard and mouse, wired to the focused cell and to the saves. Enter
 * after typing across a row with Tab goes to the next row's cell under where the run started,
 * as in a spreadsheet, so a row-by-row log never needs Home.
 */
export function useGridEvents(
  rows: readonly MetricsRow[],
  cells: CellEditing,
  saves: GridSaves,
  language: Language,
  scroll: RefObject<HTMLElement | null>,
  hidden: HiddenMetrics,
) {
  const { pos } = cells;
  const tabRun = useRef<TabRun | null>(null);

  const target = (move: Move): CellPos | null => {
    const run = tabRun.current;
    const postId = rows[pos.row]?.postId;
    if (move === 'next' || move === 'previous') {
      if (postId && run?.postId !== postId) tabRun.current = { postId, col: pos.col };
    } else tabRun.current = null;
    if (move === 'downWrap' && run && run.postId === postId) return nextRowAt(rows, pos, run.col, hidden);
    const page = Math.max(1, Math.floor((scroll.current?.clientHeight ?? 0) / ROW_HEIGHT) - 1);
    return moveFrom(rows, pos, move, page, hidden);
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
    const row = first ? rows.findIndex((r) => r.postId === first.postId) : -1;
    // Show where the change happened, when that post is on screen.
    if (first && row >= 0) cells.go({ row, col: colOf(first.metric) });
  };

  const onKeyDown = (e: TableEvent<KeyboardEvent>) => {
    if (e.nativeEvent.isComposing) return;
    const action = gridAction(e, cells.current()?.mode ?? null);
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
        cells.write(pos, null);
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
    const plan = planPaste(e.clipboardData.getData('text/plain'), rows, pos, language, hidden);
    if (!plan.ok) return saves.refusePaste(plan.refusal);
    const byId = new Map(rows.map((r) => [r.postId, r]));
    const before = plan.cells.map((c) => {
      const row = byId.get(c.postId);
      return { ...c, value: row ? saves.valuesOf(row)[c.metric] : null };
    });
    saves.commit(plan.cells, before);
  };

  const onCopy = (e: TableEvent<ClipboardEvent>) => {
    if (cells.current()) return;
    e.preventDefault();
    const text = formatForEditing(cells.valueAt(pos), kindOf(metricAt(pos.col)), language);
    e.clipboardData.setData('text/plain', text);
  };

  const onMouseDown = (e: TableEvent<MouseEvent>) => {
    const at = cellOf(e.target);
    if (!at || (cells.current() && at.row === pos.row && at.col === pos.col)) return;
    tabRun.current = null;
    // Clicking away keeps what was typed, unless it is not a number: then the editor keeps the keyboard.
    if (!cells.commit()) return e.preventDefault();
    cells.follow(at);
  };

  const onDoubleClick = (e: TableEvent<MouseEvent>) => {
    const at = cellOf(e.target);
    if (at && at.row === pos.row && at.col === pos.col && !cells.current()) cells.start(null);
  };

  return { onKeyDown, onPaste, onCopy, onMouseDown, onDoubleClick };
}
