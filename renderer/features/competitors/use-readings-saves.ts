import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useRef, useState } from 'react';
import type { CompetitorReadingRow, ReadingField } from '../../../shared/domain/competitor-readings.ts';
import type { Issue } from '../../../shared/errors.ts';
import { keys } from '../../api/keys.ts';
import { isRpcFailure } from '../../api/rpc-failure.ts';
import { useSaveReadings } from '../../common/data/listening-queries.ts';
import { useFlusher } from '../../common/hooks/flush.ts';
import { type CellChange, type CellValue, cellKey, type PasteRefusal, rowsOf } from './readings-model.ts';

export type SaveState =
  | 'idle'
  | 'saving'
  | 'saved'
  | 'undone'
  | 'redone'
  | 'failed'
  | 'nothingToUndo'
  | 'nothingToRedo';

/** One edit or one paste, as a whole: undoing it writes `before` back, redoing writes `after`. */
interface Edit {
  before: CellChange[];
  after: CellChange[];
}

/** What the bar above the grid says went wrong; kept as data so a change of language re-translates it. */
export type ReadingsProblem =
  | { kind: 'server'; error: unknown; cell: CellChange | null }
  | { kind: 'paste'; refusal: PasteRefusal };

/** A value the server turned down, kept on its cell with the reason until it is changed. */
export interface RefusedCell {
  value: CellValue;
  issue: Issue | null;
}

const HISTORY_LIMIT = 100;

export interface ReadingsSaves {
  /** A cell's value as the user should see it: what is being saved wins over what was loaded. */
  valueOf: (row: CompetitorReadingRow, field: ReadingField, stored: CellValue) => CellValue;
  refused: (accountId: string, field: ReadingField) => RefusedCell | undefined;
  /** Drops a refused value: the cell shows what is stored again. */
  forget: (accountId: string, field: ReadingField) => void;
  commit: (cells: CellChange[], before: CellChange[]) => void;
  /** The first cell of the edit undone or redone (to put the focus on it), or null when there is none. */
  undo: () => CellChange | null;
  redo: () => CellChange | null;
  state: SaveState;
  problem: ReadingsProblem | null;
  refusePaste: (refusal: PasteRefusal) => void;
  dismissProblem: () => void;
  settled: () => Promise<void>;
}

/** The cell an issue is about: `rows.<i>.<field>` of the rows sent. */
function cellOfIssue(issue: Issue, sent: ReturnType<typeof rowsOf>, cells: readonly CellChange[]) {
  if (issue.path[0] !== 'rows') return null;
  const row = sent[Number(issue.path[1])];
  const field = issue.path[2];
  if (!row) return null;
  return cells.find((c) => c.accountId === row.accountId && c.field === field) ?? null;
}

/**
 * The readings grid's writes, one `competitors.saveReadings` per edit or paste. A value shows the
 * moment it is committed, the day's rows take what the save returns, and a refusal leaves the value
 * on its cell, flagged with the reason, while the stored one is kept.
 */
export function useReadingsSaves(clientId: string, on: string): ReadingsSaves {
  const qc = useQueryClient();
  const save = useSaveReadings();
  const [pending, setPending] = useState<ReadonlyMap<string, { value: CellValue; token: number }>>(new Map());
  const [refusedCells, setRefusedCells] = useState<ReadonlyMap<string, RefusedCell>>(new Map());
  const [state, setState] = useState<SaveState>('idle');
  const [problem, setProblem] = useState<ReadingsProblem | null>(null);
  const history = useRef<{ done: Edit[]; undone: Edit[] }>({ done: [], undone: [] });
  const inFlight = useRef(0);
  const tokens = useRef(0);
  const sent = useRef(new Set<Promise<boolean>>());

  const write = useCallback(
    async (cells: CellChange[], done: SaveState): Promise<boolean> => {
      const token = ++tokens.current;
      const keysOf = cells.map((c) => cellKey(c.accountId, c.field));
      setPending((map) => {
        const next = new Map(map);
        for (const c of cells) next.set(cellKey(c.accountId, c.field), { value: c.value, token });
        return next;
      });
      setRefusedCells((map) => {
        if (!keysOf.some((k) => map.has(k))) return map;
        return new Map([...map].filter(([k]) => !keysOf.includes(k)));
      });
      inFlight.current += 1;
      setState('saving');
      setProblem(null);
      const rows = rowsOf(cells);
      let ok = false;
      try {
        const saved = await save.mutateAsync({ clientId, on, rows });
        qc.setQueryData<CompetitorReadingRow[]>(keys.competitorReadings(clientId, on), saved);
        ok = true;
      } catch (error) {
        const issues = isRpcFailure(error) ? error.issues : [];
        const onCells = issues
          .map((issue) => ({ issue, cell: cellOfIssue(issue, rows, cells) }))
          .filter((x): x is { issue: Issue; cell: CellChange } => x.cell !== null);
        if (onCells.length > 0)
          setRefusedCells((map) => {
            const next = new Map(map);
            for (const { issue, cell } of onCells)
              next.set(cellKey(cell.accountId, cell.field), { value: cell.value, issue });
            return next;
          });
        setProblem({ kind: 'server', error, cell: onCells[0]?.cell ?? null });
      } finally {
        setPending((map) => new Map([...map].filter(([, p]) => p.token !== token)));
        inFlight.current -= 1;
        setState(inFlight.current > 0 ? 'saving' : ok ? done : 'failed');
      }
      return ok;
    },
    [qc, clientId, on, save.mutateAsync],
  );

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

  const replay = (direction: 'undo' | 'redo'): CellChange | null => {
    const h = history.current;
    const edit = direction === 'undo' ? h.done.at(-1) : h.undone.at(-1);
    if (!edit) {
      setState(direction === 'undo' ? 'nothingToUndo' : 'nothingToRedo');
      return null;
    }
    history.current =
      direction === 'undo'
        ? { done: h.done.slice(0, -1), undone: [...h.undone, edit] }
        : { done: [...h.done, edit], undone: h.undone.slice(0, -1) };
    const after = history.current;
    void track(
      write(direction === 'undo' ? edit.before : edit.after, direction === 'undo' ? 'undone' : 'redone'),
    ).then((ok) => {
      // Refused (the competitor was archived meanwhile, say): the edit stays where it was.
      if (!ok && history.current === after) history.current = h;
    });
    return edit.after[0] ?? null;
  };

  return {
    valueOf: (row, field, stored) => {
      const p = pending.get(cellKey(row.accountId, field));
      return p ? p.value : stored;
    },
    refused: (accountId, field) => refusedCells.get(cellKey(accountId, field)),
    forget: (accountId, field) =>
      setRefusedCells((map) => {
        const key = cellKey(accountId, field);
        if (!map.has(key)) return map;
        const next = new Map(map);
        next.delete(key);
        return next;
      }),
    commit: (cells, before) => {
      const edit: Edit = { before, after: cells };
      const h = history.current;
      history.current = { done: [...h.done.slice(-(HISTORY_LIMIT - 1)), edit], undone: [] };
      void track(write(cells, 'saved')).then((ok) => {
        if (!ok) {
          const now = history.current;
          history.current = { done: now.done.filter((e) => e !== edit), undone: now.undone };
        }
      });
    },
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
