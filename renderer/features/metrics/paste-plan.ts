import type { MetricsRow } from '../../../shared/domain/metrics.ts';
import type { Language } from '../../../shared/domain/prefs.ts';
import { type NumberIssue, parseNumber } from '../../../shared/metrics/number-parse.ts';
import type { CellPos } from '../../common/grid/grid-moves.ts';
import { layPaste, type PastePlan } from '../../common/grid/paste-plan.ts';
import {
  applies,
  type CellChange,
  type HiddenMetrics,
  kindOf,
  metricAt,
  NONE_HIDDEN,
  shownColumns,
} from './grid-model.ts';

/** Why a pasted value is refused: it is not a number, or its cell takes none. */
export type PasteIssue = NumberIssue | 'notApplicable';

/**
 * A block copied from a spreadsheet, laid over the columns shown (only hidden columns are
 * skipped, so what lands where is what the user sees). An unreadable number or a number on a cell
 * that does not apply refuses the whole paste; a blank over a cell that does not apply is simply
 * nothing to write.
 */
export function planPaste(
  text: string,
  rows: readonly MetricsRow[],
  anchor: CellPos,
  locale: Language,
  hidden: HiddenMetrics = NONE_HIDDEN,
): PastePlan<CellChange, PasteIssue> {
  const columns = shownColumns(hidden);
  return layPaste(text, anchor, { rows: rows.length, columns }, (pos, value) => {
    const post = rows[pos.row];
    if (post === undefined) return { ok: true, cell: null };
    const metric = metricAt(pos.col);
    if (!applies(rows, pos, hidden))
      return value.trim() === '' ? { ok: true, cell: null } : { ok: false, issue: 'notApplicable' };
    const number = parseNumber(value, { kind: kindOf(metric), locale });
    if (!number.ok) return { ok: false, issue: number.code };
    return { ok: true, cell: { postId: post.postId, metric, value: number.value } };
  });
}
