import { createContext, useContext } from 'react';
import type { TrashItem } from '../../../shared/domain/trash.ts';

export interface UndoApi {
  /** Announces a deletion (one item or a selection) with an Undo toast; Ctrl/Cmd+Z brings back the last one. */
  deleted: (items: TrashItem | readonly TrashItem[], message: string) => void;
  /**
   * Announces a change that can be taken back (a post whose date took it off screen), with Undo on
   * the toast and Ctrl/Cmd+Z, and an optional second way on ("Go there").
   */
  changed: (change: {
    message: string;
    undo: () => void;
    secondary?: { label: string; run: () => void };
  }) => void;
  undoLast: () => void;
  /** The data file was replaced: what was deleted belonged to data that is gone, so there is nothing to undo. */
  forget: () => void;
}

export const UndoContext = createContext<UndoApi | null>(null);

export function useUndo(): UndoApi {
  const api = useContext(UndoContext);
  if (!api) throw new Error('useUndo() needs the app providers');
  return api;
}
