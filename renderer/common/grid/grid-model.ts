import type { CellPos, GridShape } from './grid-moves.ts';
import type { PastePlan } from './paste-plan.ts';

/** A cell's text as read: the value to store, or why it cannot be. */
export type ReadCell<V, I> = { ok: true; value: V } | { ok: false; code: I };

/**
 * What a grid's hooks need to know of its rows (R), its cells as the save takes them (C), the
 * values they hold (V), why a typed text is refused (I) and a pasted one (P). Columns are indexes into the grid's
 * columns, rows the rows' order; a row is known by its id, since a refresh may reorder the rows.
 */
export interface GridModel<R, C, V, I, P = I> {
  rows: readonly R[];
  shape: GridShape;
  rowId: (row: R) => string;
  /** What a cell holds (what is being saved wins over what was loaded): what undo writes back. */
  valueAt: (row: R, col: number) => V;
  /** What a cell shows when that is something else (a value the server refused); its value otherwise. */
  shownAt?: (row: R, col: number) => V;
  read: (col: number, text: string) => ReadCell<V, I>;
  /** The text a cell starts editing with. */
  editText: (col: number, value: V) => string;
  /** A text is changed where it is, even typed over (arrows move the caret); a number typed over is a new number. */
  isText?: (col: number) => boolean;
  /** The cell as a save takes it, and back. */
  cell: (rowId: string, col: number, value: V) => C;
  placeOf: (cell: C) => { rowId: string; col: number };
  /** A pasted block laid from a cell. */
  planPaste: (text: string, at: CellPos) => PastePlan<C, P>;
  /** Drops what a cell shows over its value, once it is written or its edit put back. */
  forget?: (rowId: string, col: number) => void;
}
