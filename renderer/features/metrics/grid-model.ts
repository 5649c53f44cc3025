import { METRICS, type Metric, type MetricsRow, metricApplies } from '../../../shared/domain/metrics.ts';
import type { NumberKind } from '../../../shared/metrics/number-parse.ts';
import type { CellPos, GridShape } from '../../common/grid/grid-moves.ts';

/** One value written to one post: the shape `metrics.save` takes. */
export interface CellChange {
  postId: string;
  metric: Metric;
  value: number | null;
}

/** A column of the grid is an index into METRICS; a row, a post in the grid's order. */
export const metricAt = (col: number): Metric => METRICS[col] ?? 'impressions';

export const colOf = (metric: Metric): number => METRICS.indexOf(metric);

/** Spend is money (typed in the client's currency, stored in cents); every other metric is a count. */
export const kindOf = (metric: Metric): NumberKind => (metric === 'spend' ? 'money' : 'count');

/** The metrics the user does not log for this client: their columns are not shown, the keys skip them. */
export type HiddenMetrics = ReadonlySet<Metric>;

export const NONE_HIDDEN: HiddenMetrics = new Set();

/**
 * Story metrics on a story, spend on a paid post: the other cells are greyed and skipped, as are
 * the columns the user hid.
 */
export function applies(
  rows: readonly MetricsRow[],
  pos: CellPos,
  hidden: HiddenMetrics = NONE_HIDDEN,
): boolean {
  const row = rows[pos.row];
  if (row === undefined || pos.col < 0 || pos.col >= METRICS.length) return false;
  const metric = metricAt(pos.col);
  return !hidden.has(metric) && metricApplies(metric, row);
}

/** The grid as the keys walk it: the posts × every metric, the cells that do not apply skipped. */
export const gridShape = (rows: readonly MetricsRow[], hidden: HiddenMetrics = NONE_HIDDEN): GridShape => ({
  rows: rows.length,
  cols: METRICS.length,
  applies: (pos) => applies(rows, pos, hidden),
});

/** The columns shown, as indexes into METRICS, in order. */
export const shownColumns = (hidden: HiddenMetrics): number[] =>
  METRICS.flatMap((metric, col) => (hidden.has(metric) ? [] : [col]));

/** The key of a cell in maps of pending values: one per post and metric, whatever the row order. */
export const cellKey = (postId: string, metric: Metric): string => `${postId}|${metric}`;
