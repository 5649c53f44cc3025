import { type RefObject, useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { Metric, MetricsRow } from '../../../shared/domain/metrics.ts';
import type { Language } from '../../../shared/domain/prefs.ts';
import { formatForEditing, type NumberIssue, parseNumber } from '../../../shared/metrics/number-parse.ts';
import { useFlusher } from '../../common/hooks/flush.ts';
import type { EditMode } from './grid-keys.ts';
import { type CellPos, colOf, type HiddenMetrics, kindOf, metricAt } from './grid-model.ts';
import { clampPos } from './grid-nav.ts';
import type { GridSaves } from './use-grid-saves.ts';

/** A cell by what it holds, a post's metric, wherever the rows put that post. */
export interface CellRef {
  postId: string;
  metric: Metric;
}

export interface Editing {
  text: string;
  mode: EditMode;
  error: NumberIssue | null;
  /** The cell typed into: a refresh that reorders the rows does not move the edit to another post. */
  cell: CellRef;
  /** Its value when the editor opened: what undo writes back if the post has left the list meanwhile. */
  before: number | null;
}

/** The focused cell, and the row it was last seen on: the focus stays near it if the post leaves the list. */
interface Active extends CellRef {
  row: number;
}

export interface CellEditing {
  /** The focused cell, kept on a real cell whatever the rows do. */
  pos: CellPos;
  editing: Editing | null;
  /** The edit in progress, current even between a state change and the next render (blur, mouse down). */
  current: () => Editing | null;
  /** Moves the focus (and the keyboard) to a cell. */
  go: (to: CellPos) => void;
  /** The focus moved there by itself (a click): follow it without taking it. */
  follow: (to: CellPos) => void;
  /** `text` null keeps the cell's value to change it; a character replaces it. */
  start: (text: string | null) => void;
  /** Keeps what was typed; false (and the error under the cell) when it is not a number. */
  commit: () => boolean;
  cancel: () => void;
  setText: (text: string) => void;
  /** One cell written (a commit, Delete); nothing is sent when the value does not change. */
  write: (at: CellPos, value: number | null) => void;
  valueAt: (at: CellPos) => number | null;
}

/**
 * Which cell has the focus and what is being typed in it, both held by post and metric: the rows
 * are refreshed after every save and may come back in another order. A move from the keyboard asks
 * for the focus to follow once the new cell is rendered; a click already put it there. An edit
 * still open when the grid goes away (Back, another screen) is kept, if it is a number.
 */
export function useCellEditing(
  rows: readonly MetricsRow[],
  saves: GridSaves,
  language: Language,
  table: RefObject<HTMLElement | null>,
  hidden: HiddenMetrics,
): CellEditing {
  const [active, setActive] = useState<Active | null>(null);
  const [editing, setEditingState] = useState<Editing | null>(null);
  const editingRef = useRef<Editing | null>(null);
  const focusWanted = useRef(false);

  const indexOf = useMemo(() => new Map(rows.map((r, i) => [r.postId, i])), [rows]);
  const activeRow = active ? (indexOf.get(active.postId) ?? active.row) : 0;
  const pos = clampPos(rows, { row: activeRow, col: active ? colOf(active.metric) : 0 }, hidden);

  const setEditing = useCallback((next: Editing | null) => {
    editingRef.current = next;
    setEditingState(next);
  }, []);

  useLayoutEffect(() => {
    if (!focusWanted.current || editing) return;
    focusWanted.current = false;
    table.current?.querySelector<HTMLElement>(`[data-row="${pos.row}"][data-col="${pos.col}"]`)?.focus();
  });

  // Stable: every row receives it, and the rows are memoised.
  const setText = useCallback(
    (text: string) => setEditing(editingRef.current && { ...editingRef.current, text, error: null }),
    [setEditing],
  );

  const rowOf = (postId: string) => {
    const i = indexOf.get(postId);
    return i === undefined ? undefined : rows[i];
  };

  const refAt = (at: CellPos): Active | null => {
    const row = rows[at.row];
    return row ? { postId: row.postId, metric: metricAt(at.col), row: at.row } : null;
  };

  const valueAt = (at: CellPos) => {
    const row = rows[at.row];
    return row ? saves.valuesOf(row)[metricAt(at.col)] : null;
  };

  const writeCell = (cell: CellRef, value: number | null, ifGone: number | null) => {
    const row = rowOf(cell.postId);
    const before = row ? saves.valuesOf(row)[cell.metric] : ifGone;
    if (before === value) return;
    saves.commit([{ ...cell, value }], [{ ...cell, value: before }]);
  };

  /** Writes the typed value when it is a number; otherwise writes nothing and says why. */
  const keep = (typed: Editing): NumberIssue | null => {
    const parsed = parseNumber(typed.text, { kind: kindOf(typed.cell.metric), locale: language });
    if (!parsed.ok) return parsed.code;
    writeCell(typed.cell, parsed.value, typed.before);
    return null;
  };

  // What was typed is kept when its post goes out of view with the editor open: the grid is left
  // (Back, another screen: no blur comes then), or the post left the list (another period, a filter).
  const leave = useRef(() => {});
  leave.current = () => {
    const typed = editingRef.current;
    if (typed) keep(typed);
  };
  useEffect(() => () => leave.current(), []);

  /** Keeps what was typed, as Enter does; false (and the error under the cell) when it is not a number. */
  const commit = (): boolean => {
    const typed = editingRef.current;
    if (!typed) return true;
    const error = keep(typed);
    setEditing(error ? { ...typed, error } : null);
    return error === null;
  };
  // Closing the window or quitting keeps the number being typed, as Enter does, and waits for it to
  // be stored (common/hooks/flush.ts). Only hiding the window (to look up a figure elsewhere) leaves the
  // editor as it is: the user comes back to finish typing.
  useFlusher((reason) => {
    if (reason === 'closing' && editingRef.current) {
      focusWanted.current = true;
      commit();
    }
    return saves.settled();
  });
  useLayoutEffect(() => {
    const typed = editingRef.current;
    if (!typed || indexOf.has(typed.cell.postId)) return;
    leave.current();
    setEditing(null);
  }, [indexOf, setEditing]);

  return {
    pos,
    editing,
    current: () => editingRef.current,
    go: (to) => {
      focusWanted.current = true;
      setActive(refAt(to));
    },
    follow: (to) => setActive(refAt(to)),
    start: (text) => {
      const cell = refAt(pos);
      if (!cell) return;
      const before = valueAt(pos);
      const keepValue = text === null;
      setEditing({
        text: keepValue ? formatForEditing(before, kindOf(cell.metric), language) : text,
        mode: keepValue ? 'change' : 'replace',
        error: null,
        cell: { postId: cell.postId, metric: cell.metric },
        before,
      });
    },
    commit,
    cancel: () => {
      focusWanted.current = true;
      setEditing(null);
    },
    setText,
    write: (at, value) => {
      const cell = refAt(at);
      if (cell) writeCell({ postId: cell.postId, metric: cell.metric }, value, null);
    },
    valueAt,
  };
}
