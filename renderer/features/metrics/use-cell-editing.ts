import { type RefObject, useCallback, useLayoutEffect, useRef, useState } from 'react';
import type { MetricsRow } from '../../../shared/domain/metrics.ts';
import type { Language } from '../../../shared/domain/prefs.ts';
import { formatForEditing, type NumberIssue, parseNumber } from '../../../shared/metrics/number-parse.ts';
import type { EditMode } from './grid-keys.ts';
import { type CellPos, kindOf, metricAt } from './grid-model.ts';
import { clampPos } from './grid-nav.ts';
import type { GridSaves } from './use-grid-saves.ts';

export interface Editing {
  text: string;
  mode: EditMode;
  error: NumberIssue | null;
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
 * Which cell has the focus and what is being typed in it. A move from the keyboard asks for the
 * focus to follow once the new cell is rendered; a click already put it there.
 */
export function useCellEditing(
  rows: readonly MetricsRow[],
  saves: GridSaves,
  language: Language,
  table: RefObject<HTMLElement | null>,
): CellEditing {
  const [active, setActive] = useState<CellPos>({ row: 0, col: 0 });
  const pos = clampPos(rows, active);
  const [editing, setEditingState] = useState<Editing | null>(null);
  const editingRef = useRef<Editing | null>(null);
  const focusWanted = useRef(false);

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

  const valueAt = (at: CellPos) => {
    const row = rows[at.row];
    return row ? saves.valuesOf(row)[metricAt(at.col)] : null;
  };

  const write = (at: CellPos, value: number | null) => {
    const row = rows[at.row];
    if (!row) return;
    const metric = metricAt(at.col);
    const before = saves.valuesOf(row)[metric];
    if (before === value) return;
    saves.commit([{ postId: row.postId, metric, value }], [{ postId: row.postId, metric, value: before }]);
  };

  return {
    pos,
    editing,
    current: () => editingRef.current,
    go: (to) => {
      focusWanted.current = true;
      setActive(to);
    },
    follow: setActive,
    start: (text) => {
      const keep = text === null;
      setEditing({
        text: keep ? formatForEditing(valueAt(pos), kindOf(metricAt(pos.col)), language) : text,
        mode: keep ? 'change' : 'replace',
        error: null,
      });
    },
    commit: () => {
      const typed = editingRef.current;
      if (!typed) return true;
      const parsed = parseNumber(typed.text, { kind: kindOf(metricAt(pos.col)), locale: language });
      if (!parsed.ok) {
        setEditing({ ...typed, error: parsed.code });
        return false;
      }
      setEditing(null);
      write(pos, parsed.value);
      return true;
    },
    cancel: () => {
      focusWanted.current = true;
      setEditing(null);
    },
    setText,
    write,
    valueAt,
  };
}
