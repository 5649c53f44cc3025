import { type QueryKey, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import {
  METRICS,
  type MetricsRow,
  type MetricValues,
  type SavedMetrics,
} from '../../../shared/domain/metrics.ts';
import { type CellSaves, useCellSaves } from '../../common/grid/use-cell-saves.ts';
import { type CellChange, cellKey } from './grid-model.ts';
import type { PasteIssue } from './paste-plan.ts';
import { useSaveMetrics } from './queries.ts';

function applySaved(rows: MetricsRow[], saved: readonly SavedMetrics[]): MetricsRow[] {
  const byPost = new Map(saved.map((s) => [s.postId, s]));
  return rows.map((row) => {
    const s = byPost.get(row.postId);
    return s ? { ...row, values: s.values, takenOn: s.takenOn } : row;
  });
}

const keyOf = (c: CellChange) => cellKey(c.postId, c.metric);

export interface GridSaves extends CellSaves<CellChange, PasteIssue> {
  /** A row's numbers as the user should see them: what is being saved wins over what was loaded. */
  valuesOf: (row: MetricsRow) => MetricValues;
}

/** The Numbers grid's writes, one `metrics.save` per edit or paste; the cache takes the numbers it returns. */
export function useGridSaves({ queryKey, on }: { queryKey: QueryKey; on: string }): GridSaves {
  const qc = useQueryClient();
  const save = useSaveMetrics();
  const saves = useCellSaves<CellChange, PasteIssue>({
    on,
    keyOf,
    send: async (day, cells) => {
      const saved = await save.mutateAsync({ on: day, cells });
      // The returned numbers are as of `day`: they are the grid's only if it shows that day.
      if (day === on) qc.setQueryData<MetricsRow[]>(queryKey, (rows) => rows && applySaved(rows, saved));
    },
  });
  const { pendingOf } = saves;

  const valuesOf = useCallback(
    (row: MetricsRow): MetricValues => {
      let values = row.values;
      for (const metric of METRICS) {
        const p = pendingOf(cellKey(row.postId, metric));
        if (p) values = { ...values, [metric]: p.value };
      }
      return values;
    },
    [pendingOf],
  );

  return { ...saves, valuesOf };
}
