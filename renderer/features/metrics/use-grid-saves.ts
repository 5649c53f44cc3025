import { type QueryKey, useQueryClient } from '@tanstack/react-query';
import { useCallback, useRef, useState } from 'react';
import {
  METRICS,
  type MetricsRow,
  type MetricValues,
  type SavedMetrics,
} from '../../../shared/domain/metrics.ts';
import { useFlusher } from '../../common/hooks/flush.ts';
import {
  type Edit,
  type EditHistory,
  EMPTY_HISTORY,
  forgetEdit,
  recordEdit,
  redoLast,
  undoLast,
} from './edit-history.ts';
import type { GridProblem } from './grid-messages.ts';
import { type CellChange, cellKey } from './grid-model.ts';
import type { PasteRefusal } from './paste-plan.ts';
import { useSaveMetrics } from './queries.ts';

export type GridSaveState =
  | 'idle'
  | 'saving'
  | 'saved'
  | 'undone'
  | 'redone'
  | 'failed'
  | 'nothingToUndo'
  | 'nothingToRedo';

interface Pending {
  value: number | null;
  /** Which write put it there: only that write's answer takes it away. */
  token: number;
}

function applySaved(rows: MetricsRow[], saved: readonly SavedMetrics[]): MetricsRow[] {
  const byPost = new Map(saved.map((s) => [s.postId, s]));
  return rows.map((row) => {
    const s = byPost.get(row.postId);
    return s ? { ...row, values: s.values, takenOn: s.takenOn } : row;
  });
}

export interface GridSaves {
  /** A row's numbers as the user should see them: what is being saved wins over what was loaded. */
  valuesOf: (row: MetricsRow) => MetricValues;
  /** One edit or one paste; `before` is what undo writes back. */
  commit: (cells: CellChange[], before: CellChange[]) => void;
  /** The edit undone or redone (to put the focus on it), or null when there is none. */
  undo: () => Edit | null;
  redo: () => Edit | null;
  state: GridSaveState;
  problem: GridProblem | null;
  refusePaste: (refusal: PasteRefusal) => void;
  dismissProblem: () => void;
  /** Resolves once every write sent so far has its answer (the window may then close). */
  settled: () => Promise<void>;
}

/**
 * The grid's writes. A value shows the moment it is committed (a pending layer above the loaded
 * rows), the cache takes the numbers the save returns, and a refusal removes the pending value, so
 * the cell falls back to what is stored and the bar says why. Each edit or paste is one save.
 */
export function useGridSaves({ queryKey, on }: { queryKey: QueryKey; on: string }): GridSaves {
  const qc = useQueryClient();
  const save = useSaveMetrics();
  const [pending, setPending] = useState<ReadonlyMap<string, Pending>>(new Map());
  const [state, setState] = useState<GridSaveState>('idle');
  const [problem, setProblem] = useState<GridProblem | null>(null);
  const history = useRef<EditHistory>(EMPTY_HISTORY);
  const inFlight = useRef(0);
  const tokens = useRef(0);
  const sent = useRef(new Set<Promise<boolean>>());

  const write = useCallback(
    async (day: string, cells: CellChange[], done: GridSaveState): Promise<boolean> => {
      const token = ++tokens.current;
      setPending((map) => {
        const next = new Map(map);
        for (const c of cells) next.set(cellKey(c.postId, c.metric), { value: c.value, token });
        return next;
      });
      inFlight.current += 1;
      setState('saving');
      setProblem(null);
      let ok = false;
      try {
        const saved = await save.mutateAsync({ on: day, cells });
        // The returned numbers are as of `day`: they are the grid's only if it shows that day.
        if (day === on) qc.setQueryData<MetricsRow[]>(queryKey, (rows) => rows && applySaved(rows, saved));
        ok = true;
      } catch (error) {
        setProblem({ kind: 'server', error, cells });
      } finally {
        setPending((map) => new Map([...map].filter(([, p]) => p.token !== token)));
        inFlight.current -= 1;
        setState(inFlight.current > 0 ? 'saving' : ok ? done : 'failed');
      }
      return ok;
    },
    [qc, queryKey, on, save.mutateAsync],
  );

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

  const valuesOf = useCallback(
    (row: MetricsRow): MetricValues => {
      if (pending.size === 0) return row.values;
      let values = row.values;
      for (const metric of METRICS) {
        const p = pending.get(cellKey(row.postId, metric));
        if (p) values = { ...values, [metric]: p.value };
      }
      return values;
    },
    [pending],
  );

  const commit = (cells: CellChange[], before: CellChange[]) => {
    const edit: Edit = { on, before, after: cells };
    history.current = recordEdit(history.current, edit);
    void track(write(on, cells, 'saved')).then((ok) => {
      if (!ok) history.current = forgetEdit(history.current, edit);
    });
  };

  const replay = (direction: 'undo' | 'redo'): Edit | null => {
    const step = direction === 'undo' ? undoLast(history.current) : redoLast(history.current);
    if (!step) {
      setState(direction === 'undo' ? 'nothingToUndo' : 'nothingToRedo');
      return null;
    }
    const previous = history.current;
    history.current = step.history;
    const cells = direction === 'undo' ? step.edit.before : step.edit.after;
    void track(write(step.edit.on, cells, direction === 'undo' ? 'undone' : 'redone')).then((ok) => {
      // Refused (the post was deleted meanwhile, say): the edit stays where it was.
      if (!ok && history.current === step.history) history.current = previous;
    });
    return step.edit;
  };

  return {
    valuesOf,
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
