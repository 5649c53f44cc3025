import { useCallback, useRef, useState } from 'react';
import { useFlusher } from '../hooks/flush.ts';
import {
  type Edit,
  type EditHistory,
  EMPTY_HISTORY,
  forgetEdit,
  recordEdit,
  redoLast,
  undoLast,
} from './edit-history.ts';
import type { PasteRefusal } from './paste-plan.ts';

export type SaveState =
  | 'idle'
  | 'saving'
  | 'saved'
  | 'undone'
  | 'redone'
  | 'failed'
  | 'nothingToUndo'
  | 'nothingToRedo';

/** What the bar above the grid says went wrong; kept as data so a change of language re-translates it. */
export type SaveProblem<C, I> =
  | { kind: 'server'; error: unknown; cells: readonly C[] }
  | { kind: 'paste'; refusal: PasteRefusal<I> };

interface Pending<C> {
  cell: C;
  /** Which write put it there: only that write's answer takes it away. */
  token: number;
}

export interface CellSavesOptions<C> {
  /** The day the grid's values are read on: every write is that day's reading. */
  on: string;
  /** One key per cell, whatever the row order. */
  keyOf: (cell: C) => string;
  /** Stores the cells as the reading of `day` and puts what comes back in the cache; throws a refusal. */
  send: (day: string, cells: C[]) => Promise<void>;
}

export interface CellSaves<C, I> {
  /** The cell being saved under a key: it wins over what was loaded. */
  pendingOf: (key: string) => C | undefined;
  /** One edit or one paste; `before` is what undo writes back. */
  commit: (cells: C[], before: C[]) => void;
  /** The edit undone or redone (to put the focus on it), or null when there is none. */
  undo: () => Edit<C> | null;
  redo: () => Edit<C> | null;
  state: SaveState;
  problem: SaveProblem<C, I> | null;
  refusePaste: (refusal: PasteRefusal<I>) => void;
  dismissProblem: () => void;
  /** Resolves once every write sent so far has its answer (the window may then close). */
  settled: () => Promise<void>;
}

/**
 * A grid's writes. A value shows the moment it is committed (a pending layer above the loaded
 * rows), `send` stores it and updates the cache, and a refusal removes the pending value, so the
 * cell falls back to what is stored and the bar says why. Each edit or paste is one save, and
 * one step of undo.
 */
export function useCellSaves<C, I>({ on, keyOf, send }: CellSavesOptions<C>): CellSaves<C, I> {
  const [pending, setPending] = useState<ReadonlyMap<string, Pending<C>>>(new Map());
  const [state, setState] = useState<SaveState>('idle');
  const [problem, setProblem] = useState<SaveProblem<C, I> | null>(null);
  const history = useRef<EditHistory<C>>(EMPTY_HISTORY);
  const inFlight = useRef(0);
  const tokens = useRef(0);
  const sent = useRef(new Set<Promise<boolean>>());

  const write = async (day: string, cells: C[], done: SaveState): Promise<boolean> => {
    const token = ++tokens.current;
    setPending((map) => {
      const next = new Map(map);
      for (const cell of cells) next.set(keyOf(cell), { cell, token });
      return next;
    });
    inFlight.current += 1;
    setState('saving');
    setProblem(null);
    let ok = false;
    try {
      await send(day, cells);
      ok = true;
    } catch (error) {
      setProblem({ kind: 'server', error, cells });
    } finally {
      setPending((map) => new Map([...map].filter(([, p]) => p.token !== token)));
      inFlight.current -= 1;
      setState(inFlight.current > 0 ? 'saving' : ok ? done : 'failed');
    }
    return ok;
  };

  /** Every write is tracked until it has its answer, so a flush can wait for the ones under way. */
  const track = (writing: Promise<boolean>): Promise<boolean> => {
    sent.current.add(writing);
    const done = () => sent.current.delete(writing);
    writing.then(done, done);
    return writing;
  };

  const settled = useCallback(async () => {
    while (sent.current.size > 0) await Promise.allSettled([...sent.current]);
  }, []);
  // Quitting or closing the window waits for the saves under way (common/hooks/flush.ts).
  useFlusher(settled);

  // Stable while nothing changes in flight: memoised rows compare what it gives them.
  const pendingOf = useCallback((key: string) => pending.get(key)?.cell, [pending]);

  const commit = (cells: C[], before: C[]) => {
    const edit: Edit<C> = { on, before, after: cells };
    history.current = recordEdit(history.current, edit);
    void track(write(on, cells, 'saved')).then((ok) => {
      if (!ok) history.current = forgetEdit(history.current, edit);
    });
  };

  const replay = (direction: 'undo' | 'redo'): Edit<C> | null => {
    const step = direction === 'undo' ? undoLast(history.current) : redoLast(history.current);
    if (!step) {
      setState(direction === 'undo' ? 'nothingToUndo' : 'nothingToRedo');
      return null;
    }
    const previous = history.current;
    history.current = step.history;
    const cells = direction === 'undo' ? step.edit.before : step.edit.after;
    void track(write(step.edit.on, cells, direction === 'undo' ? 'undone' : 'redone')).then((ok) => {
      // Refused (the row was deleted meanwhile, say): the edit stays where it was.
      if (!ok && history.current === step.history) history.current = previous;
    });
    return step.edit;
  };

  return {
    pendingOf,
    commit,
    undo: () => replay('undo'),
    redo: () => replay('redo'),
    state,
    problem,
    refusePaste: (refusal) => {
      setProblem({ kind: 'paste', refusal });
      setState('failed');
    },
    dismissProblem: () => setProblem(null),
    settled,
  };
}
