import type { MetricsRow, MetricValues } from '../../../shared/domain/metrics.ts';
import type { Language } from '../../../shared/domain/prefs.ts';
import { formatForEditing, type NumberIssue, parseNumber } from '../../../shared/metrics/number-parse.ts';
import type { GridModel } from '../../common/grid/grid-model.ts';
import { type CellChange, colOf, gridShape, type HiddenMetrics, kindOf, metricAt } from './grid-model.ts';
import { type PasteIssue, planPaste } from './paste-plan.ts';

export type MetricsModel = GridModel<MetricsRow, CellChange, number | null, NumberIssue, PasteIssue>;

const rowId = (row: MetricsRow) => row.postId;
const placeOf = (cell: CellChange) => ({ rowId: cell.postId, col: colOf(cell.metric) });

/**
 * The Numbers grid as the grid's hooks (common/grid/) drive it: the posts × the metrics, a number
 * read as the user types it, in their language, money in the client's currency's cents.
 */
export function metricsModel(
  rows: readonly MetricsRow[],
  hidden: HiddenMetrics,
  valuesOf: (row: MetricsRow) => MetricValues,
  language: Language,
): MetricsModel {
  return {
    rows,
    shape: gridShape(rows, hidden),
    rowId,
    valueAt: (row, col) => valuesOf(row)[metricAt(col)],
    read: (col, text) => parseNumber(text, { kind: kindOf(metricAt(col)), locale: language }),
    editText: (col, value) => formatForEditing(value, kindOf(metricAt(col)), language),
    cell: (postId, col, value) => ({ postId, metric: metricAt(col), value }),
    placeOf,
    planPaste: (text, at) => planPaste(text, rows, at, language, hidden),
  };
}
