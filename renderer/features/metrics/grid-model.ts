import { METRICS, type Metric, type MetricsRow, metricApplies } from '../../../shared/domain/metrics.ts';
import type { NumberKind } from '../../../shared/metrics/number-parse.ts';

/** A cell of the grid: a row (a post, in the grid's order) and a column (an index into METRICS). */
export interface CellPos {
  row: number;
  col: number;
}

/** One value written to one post: the shape `metrics.save` takes. */
export interface CellChange {
  postId: string;
  metric: Metric;
  value: number | null;
}

export const metricAt = (col: number): Metric => METRICS[col] ?? 'impressions';

export const colOf = (metric: Metric): number => METRICS.indexOf(metric);

/** Spend is money (typed in the client's currency, stored in cents); every other metric is a count. */
export const kindOf = (metric: Metric): NumberKind => (metric === 'spend' ? 'money' : 'count');

/** Story metrics on a story, spend on a paid post: the other cells are greyed and skipped. */
export function applies(rows: readonly MetricsRow[], pos: CellPos): boolean {
  const row = rows[pos.row];
  return (
    row !== undefined && pos.col >= 0 && pos.col < METRICS.length && metricApplies(metricAt(pos.col), row)
  );
}

/** The key of a cell in maps of pending values: one per post and metric, whatever the row order. */
export const cellKey = (postId: string, metric: Metric): string => `${postId}|${metric}`;
