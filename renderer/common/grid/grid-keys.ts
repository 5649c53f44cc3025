import type { Move } from './grid-moves.ts';

/** What a key press asks of the grid. */
export type GridAction =
  | { kind: 'move'; move: Move }
  /** `text` null keeps the cell's value to change it (Enter, F2); a character replaces it. */
  | { kind: 'edit'; text: string | null }
  | { kind: 'clear' }
  | { kind: 'undo' }
  | { kind: 'redo' }
  /** Keep the typed value, then go on (null: stay on the cell). */
  | { kind: 'commit'; move: Move | null }
  | { kind: 'cancel' };

export interface KeyPress {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
}

/** How a cell is being edited: typing over it (arrows leave it) or changing its text (arrows move the caret). */
export type EditMode = 'replace' | 'change';

const ARROWS: Record<string, Move> = {
  ArrowUp: 'up',
  ArrowDown: 'down',
  ArrowLeft: 'left',
  ArrowRight: 'right',
};
const EDGES: Record<string, Move> = {
  ArrowUp: 'columnStart',
  ArrowDown: 'columnEnd',
  ArrowLeft: 'rowStart',
  ArrowRight: 'rowEnd',
};
/** Ctrl with an arrow on a grid the page scrolls: ↑/↓ step a row, ←/→ go to the row's ends. */
const SHORT_EDGES: Record<string, Move> = { ...EDGES, ArrowUp: 'up', ArrowDown: 'down' };

function whileEditing(e: KeyPress, mode: EditMode): GridAction | null {
  switch (e.key) {
    case 'Enter':
      return { kind: 'commit', move: e.shiftKey ? 'upWrap' : 'downWrap' };
    case 'Tab':
      return { kind: 'commit', move: e.shiftKey ? 'previous' : 'next' };
    case 'Escape':
      return { kind: 'cancel' };
    case 'ArrowUp':
    case 'ArrowDown':
      return { kind: 'commit', move: ARROWS[e.key] ?? null };
    case 'ArrowLeft':
    case 'ArrowRight':
      return mode === 'replace' ? { kind: 'commit', move: ARROWS[e.key] ?? null } : null;
    default:
      return null;
  }
}

/**
 * The spreadsheet keys: arrows, Tab, Home/End (with Ctrl: the whole grid), Enter or F2 to edit, a
 * character to type over, Delete to clear, Ctrl+Z / Ctrl+Shift+Z / Ctrl+Y. Enter keeps a typed
 * value and goes down (the grid turns a Tab run's Enter into "next row"). A grid that scrolls in
 * a pane of its own (`paged`) also takes Page Up/Down, and Ctrl+↑/↓ to a column's ends; on one
 * the page scrolls, those keys are left to the page.
 */
export function gridAction(e: KeyPress, editing: EditMode | null, paged = true): GridAction | null {
  if (editing) return whileEditing(e, editing);
  const mod = e.ctrlKey || e.metaKey;
  const key = e.key;
  if (mod && !e.altKey && key.toLowerCase() === 'z') return { kind: e.shiftKey ? 'redo' : 'undo' };
  if (mod && !e.altKey && key.toLowerCase() === 'y') return { kind: 'redo' };
  const arrow = mod ? (paged ? EDGES : SHORT_EDGES)[key] : ARROWS[key];
  if (arrow) return { kind: 'move', move: arrow };
  switch (key) {
    case 'Tab':
      return { kind: 'move', move: e.shiftKey ? 'previous' : 'next' };
    case 'Home':
      return { kind: 'move', move: mod ? 'gridStart' : 'rowStart' };
    case 'End':
      return { kind: 'move', move: mod ? 'gridEnd' : 'rowEnd' };
    case 'PageUp':
    case 'PageDown':
      return paged ? { kind: 'move', move: key === 'PageUp' ? 'pageUp' : 'pageDown' } : null;
    case 'Enter':
    case 'F2':
      return { kind: 'edit', text: null };
    case 'Delete':
    case 'Backspace':
      return { kind: 'clear' };
  }
  if (key.length === 1 && !mod && !e.altKey) return { kind: 'edit', text: key };
  return null;
}
