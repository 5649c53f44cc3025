import { createContext, useContext } from 'react';
import type { TrashItem } from '../../shared/domain/trash.ts';

export interface UndoApi {
  /** Announces a deletion with an Undo toast and makes it the one Ctrl/Cmd+Z brings back. */
  deleted: (item: TrashItem, message: string) => void;
  undoLast: () => void;
}

export const UndoContext = createContext<UndoApi | null>(null);

export function useUndo(): UndoApi {
  const api = useContext(UndoContext);
  if (!api) throw new Error('useUndo() needs the app providers');
  return api;
}
