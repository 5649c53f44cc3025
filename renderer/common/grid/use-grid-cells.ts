import { type RefObject, useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useFlusher } from '../hooks/flush.ts';
import type { EditMode } from './grid-keys.ts';
import type { GridModel } from './grid-model.ts';
import { type CellPos, clampPos } from './grid-moves.ts';
import type { CellSaves } from './use-cell-saves.ts';

export interface GridEdit<V, I> {
  /** The row typed into, by id: a refresh that reorders the rows does not move the edit to another row. */
  rowId: string;
  col: number;
  text: string;
  mode: EditMode;
  error: I | null;
  /** The cell's value when the editor opened: what undo writes back if the row has left the list meanwhile. */
  before: V;
}

/** The focused cell, and the row it was last seen on: the focus stays near it if the row leaves the list. */
interface Active {
  rowId: string;
  col: number;
  row: number;
}

export interface GridCells<V, I> {
  /** The focused cell, kept on a real cell whatever the rows do. */
  pos: CellPos;
  editing: GridEdit<V, I> | null;
  /** The edit in progress, current even between a state change and the next render (blur, mouse down). */
  current: () => GridEdit<V, I> | null;
  /** Moves the focus (and the keyboard) to a cell. */
  go: (to: CellPos) => void;
  /** The focus moved there by itself (a click): follow it without taking it. */
  follow: (to: CellPos) => void;
  /** `text` null keeps the cell's value to change it; a character replaces it. */
  start: (text: string | null) => void;
  /** Keeps what was typed; false (and the error under the cell) when it cannot be read. */
  commit: () => boolean;
  cancel: () => void;
  setText: (text: string) => void;
  /** The focus left the editor: what was typed is kept (a bad value stays open, flagged). Stable. */
  onEditBlur: () => void;
  /** Empties a cell (Delete). */
  clear: (at: CellPos) => void;
  /** The text a copy of the cell takes. */
  copyText: (at: CellPos) => string | null;
}

const isBlank = (value: unknown) => value === null || value === '';

/**
 * Which cell has the focus and what is being typed in it, both held by row id and column: the rows
 * are refreshed after every save and may come back in another order. A move from the keyboard asks
 * for the focus to follow once the new cell is rendered; a click already put it there. An edit
 * still open when the grid goes away (Back, another screen) is kept, if it reads.
 */
export function useGridCells<R, C, V, I, P>(
  model: GridModel<R, C, V, I, P>,
  saves: CellSaves<C, P>,
  table: RefObject<HTMLElement | null>,
): GridCells<V, I> {
  const { rows } = model;
  const [active, setActive] = useState<Active | null>(null);
  const [editing, setEditingState] = useState<GridEdit<V, I> | null>(null);
  const editingRef = useRef<GridEdit<V, I> | null>(null);
  const focusWanted = useRef(false);

  const rowId = model.rowId;
  const indexOf = useMemo(() => new Map(rows.map((r, i) => [rowId(r), i])), [rows, rowId]);
  const activeRow = active ? (indexOf.get(active.rowId) ?? active.row) : 0;
  const pos = clampPos(model.shape, { row: activeRow, col: active?.col ?? 0 });

  const setEditing = useCallback((next: GridEdit<V, I> | null) => {
    editingRef.current = next;
    setEditingState(next);
  }, []);

  useLayoutEffect(() => {
    if (!focusWanted.current || editing) return;
    focusWanted.current = false;
    table.current?.querySelector<HTMLElement>(`[data-row="${pos.row}"][data-col="${pos.col}"]`)?.focus();
  });

  // Stable, as onEditBlur: every row receives them, and the rows may be memoised.
  const setText = useCallback(
    (text: string) => setEditing(editingRef.current && { ...editingRef.current, text, error: null }),
    [setEditing],
  );

  const rowOf = (id: string) => {
    const i = indexOf.get(id);
    return i === undefined ? undefined : rows[i];
  };

  const activeAt = (at: CellPos): Active | null => {
    const row = rows[at.row];
    return row ? { rowId: rowId(row), col: at.col, row: at.row } : null;
  };

  const shownAt = (row: R, col: number) => (model.shownAt ?? model.valueAt)(row, col);

  /** One cell written; nothing is sent when the value does not change (an empty text is no value). */
  const write = (id: string, col: number, value: V, ifGone: V) => {
    const row = rowOf(id);
    const before = row ? model.valueAt(row, col) : ifGone;
    model.forget?.(id, col);
    if (before === value || (isBlank(before) && isBlank(value))) return;
    saves.commit([model.cell(id, col, value)], [model.cell(id, col, before)]);
  };

  /** Writes what was typed when it reads; otherwise writes nothing and says why. */
  const keep = (typed: GridEdit<V, I>): I | null => {
    const parsed = model.read(typed.col, typed.text);
    if (!parsed.ok) return parsed.code;
    write(typed.rowId, typed.col, parsed.value, typed.before);
    return null;
  };

  // What was typed is kept when its row goes out of view with the editor open: the grid is left
  // (Back, another screen: no blur comes then), or the row left the list (another period, a filter).
  const leave = useRef(() => {});
  leave.current = () => {
    const typed = editingRef.current;
    if (typed) keep(typed);
  };
  useEffect(() => () => leave.current(), []);

  const commit = (): boolean => {
    const typed = editingRef.current;
    if (!typed) return true;
    const error = keep(typed);
    setEditing(error ? { ...typed, error } : null);
    return error === null;
  };
  // Closing the window or quitting keeps what is being typed, as Enter does, and waits for it to be
  // stored (common/hooks/flush.ts). Only hiding the window (to look up a figure elsewhere) leaves the
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
    if (!typed || indexOf.has(typed.rowId)) return;
    leave.current();
    setEditing(null);
  }, [indexOf, setEditing]);
  const blurred = useRef(commit);
  blurred.current = commit;
  const onEditBlur = useCallback(() => {
    if (editingRef.current) blurred.current();
  }, []);

  return {
    pos,
    editing,
    current: () => editingRef.current,
    go: (to) => {
      focusWanted.current = true;
      setActive(activeAt(to));
    },
    follow: (to) => setActive(activeAt(to)),
    start: (text) => {
      const row = rows[pos.row];
      if (!row) return;
      const keepValue = text === null;
      setEditing({
        rowId: rowId(row),
        col: pos.col,
        text: keepValue ? model.editText(pos.col, shownAt(row, pos.col)) : text,
        mode: keepValue || model.isText?.(pos.col) ? 'change' : 'replace',
        error: null,
        before: model.valueAt(row, pos.col),
      });
    },
    commit,
    cancel: () => {
      const typed = editingRef.current;
      if (typed) model.forget?.(typed.rowId, typed.col);
      focusWanted.current = true;
      setEditing(null);
    },
    setText,
    onEditBlur,
    clear: (at) => {
      const row = rows[at.row];
      const empty = model.read(at.col, '');
      if (row && empty.ok) write(rowId(row), at.col, empty.value, model.valueAt(row, at.col));
    },
    copyText: (at) => {
      const row = rows[at.row];
      return row ? model.editText(at.col, shownAt(row, at.col)) : null;
    },
  };
}
