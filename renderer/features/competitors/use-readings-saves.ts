import { useQueryClient } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import type { CompetitorReadingRow, ReadingField } from '../../../shared/domain/competitor-readings.ts';
import type { Issue } from '../../../shared/errors.ts';
import { keys } from '../../api/keys.ts';
import { isRpcFailure } from '../../api/rpc-failure.ts';
import { useSaveReadings } from '../../common/data/listening-queries.ts';
import { type CellSaves, useCellSaves } from '../../common/grid/use-cell-saves.ts';
import {
  type CellChange,
  type CellIssue,
  type CellValue,
  cellKey,
  readingValue,
  rowsOf,
} from './readings-model.ts';

/** A value the server turned down, kept on its cell with the reason until it is changed. */
export interface RefusedCell {
  value: CellValue;
  issue: Issue | null;
}

export interface ReadingsSaves extends CellSaves<CellChange, CellIssue> {
  /** A cell's value: what is being saved wins over what was loaded. */
  heldOf: (row: CompetitorReadingRow, field: ReadingField) => CellValue;
  /** What a cell shows: what is being saved, else a value refused, else what was loaded. */
  shownOf: (row: CompetitorReadingRow, field: ReadingField) => CellValue;
  refused: (accountId: string, field: ReadingField) => RefusedCell | undefined;
  /** Drops a refused value: the cell shows what is stored again. */
  forget: (accountId: string, field: ReadingField) => void;
}

/** The cells a refusal is about (`rows.<i>.<field>` of the rows sent), each with its issue. */
export function refusedCells(
  error: unknown,
  cells: readonly CellChange[],
): { issue: Issue; cell: CellChange }[] {
  const sent = rowsOf(cells);
  const on = (issue: Issue) => {
    const row = issue.path[0] === 'rows' ? sent[Number(issue.path[1])] : undefined;
    const field = issue.path[2];
    return row ? cells.find((c) => c.accountId === row.accountId && c.field === field) : undefined;
  };
  return (isRpcFailure(error) ? error.issues : []).flatMap((issue) => {
    const cell = on(issue);
    return cell ? [{ issue, cell }] : [];
  });
}

const keyOf = (c: CellChange) => cellKey(c.accountId, c.field);

/**
 * The readings grid's writes, one `competitors.saveReadings` per edit or paste: the day's rows take
 * what the save returns, and a refusal leaves the value on its cell, flagged with the reason, while
 * the stored one is kept.
 */
export function useReadingsSaves(clientId: string, on: string): ReadingsSaves {
  const qc = useQueryClient();
  const save = useSaveReadings();
  const [refused, setRefused] = useState<ReadonlyMap<string, RefusedCell>>(new Map());
  const sends = useRef(0);
  /** The newest save whose rows the grid shows: the server answers saves in the order they are sent. */
  const applied = useRef(0);
  const saves = useCellSaves<CellChange, CellIssue>({
    on,
    keyOf,
    send: async (day, cells) => {
      const order = ++sends.current;
      const sent = cells.map(keyOf);
      setRefused((map) => {
        if (!sent.some((k) => map.has(k))) return map;
        return new Map([...map].filter(([k]) => !sent.includes(k)));
      });
      try {
        const saved = await save.mutateAsync({ clientId, on: day, rows: rowsOf(cells) });
        // Saves overlap when the user types on: one that comes back after a later one would put the
        // day's rows back as they were before the later edits, blanking cells that are saved.
        if (order > applied.current) {
          applied.current = order;
          qc.setQueryData<CompetitorReadingRow[]>(keys.competitorReadings(clientId, day), saved);
        }
      } catch (error) {
        const onCells = refusedCells(error, cells);
        if (onCells.length > 0)
          setRefused((map) => {
            const next = new Map(map);
            for (const { issue, cell } of onCells) next.set(keyOf(cell), { value: cell.value, issue });
            return next;
          });
        throw error;
      }
    },
  });

  const heldOf = (row: CompetitorReadingRow, field: ReadingField) => {
    const pending = saves.pendingOf(cellKey(row.accountId, field));
    return pending ? pending.value : readingValue(row.reading, field);
  };

  return {
    ...saves,
    heldOf,
    shownOf: (row, field) => {
      const key = cellKey(row.accountId, field);
      const pending = saves.pendingOf(key);
      if (pending) return pending.value;
      const turnedDown = refused.get(key);
      return turnedDown ? turnedDown.value : readingValue(row.reading, field);
    },
    refused: (accountId, field) => refused.get(cellKey(accountId, field)),
    forget: (accountId, field) =>
      setRefused((map) => {
        const key = cellKey(accountId, field);
        if (!map.has(key)) return map;
        const next = new Map(map);
        next.delete(key);
        return next;
      }),
  };
}
