import type { MetricsRow } from '../../../shared/domain/metrics.ts';
import type { Language } from '../../../shared/domain/prefs.ts';
import { type NumberIssue, parseNumber } from '../../../shared/metrics/number-parse.ts';
import { parseClipboardGrid } from '../../../shared/metrics/paste.ts';
import {
  applies,
  type CellChange,
  type CellPos,
  type HiddenMetrics,
  kindOf,
  metricAt,
  NONE_HIDDEN,
  shownColumns,
} from './grid-model.ts';

/** Why a pasted block changes nothing; `row` and `col` are the grid's, `value` the text as pasted. */
export type PasteRefusal =
  | { code: 'tooManyCells' }
  | { code: 'empty' }
  | { code: 'tooWide'; columns: number; fit: number }
  | { code: 'tooTall'; rows: number; fit: number }
  | { code: 'cell'; row: number; col: number; value: string; issue: NumberIssue | 'notApplicable' };

export type PastePlan = { ok: true; cells: CellChange[] } | { ok: false; refusal: PasteRefusal };

const refuse = (refusal: PasteRefusal): PastePlan => ({ ok: false, refusal });

/**
 * A block copied from a spreadsheet, laid from the focused cell rightwards and downwards, column
 * for shown column (only hidden columns are skipped, so what lands where is what the user sees). It is all or
 * nothing: a block that does not fit, an unreadable number or a number on a cell that does not
 * apply refuses the whole paste. A blank over a cell that does not apply is simply nothing to write.
 */
export function planPaste(
  text: string,
  rows: readonly MetricsRow[],
  anchor: CellPos,
  locale: Language,
  hidden: HiddenMetrics = NONE_HIDDEN,
): PastePlan {
  const parsed = parseClipboardGrid(text);
  if (!parsed.ok) return refuse({ code: 'tooManyCells' });
  const block = parsed.rows;
  const width = Math.max(0, ...block.map((r) => r.length));
  if (width === 0) return refuse({ code: 'empty' });
  const shown = shownColumns(hidden);
  const from = Math.max(0, shown.indexOf(anchor.col));
  const fitColumns = shown.length - from;
  if (width > fitColumns) return refuse({ code: 'tooWide', columns: width, fit: fitColumns });
  const fitRows = rows.length - anchor.row;
  if (block.length > fitRows) return refuse({ code: 'tooTall', rows: block.length, fit: fitRows });

  const cells: CellChange[] = [];
  for (const [r, line] of block.entries()) {
    for (const [c, value] of line.entries()) {
      const pos = { row: anchor.row + r, col: shown[from + c] ?? -1 };
      const post = rows[pos.row];
      if (post === undefined) continue;
      const metric = metricAt(pos.col);
      if (!applies(rows, pos, hidden)) {
        if (value.trim() === '') continue;
        return refuse({ code: 'cell', ...pos, value, issue: 'notApplicable' });
      }
      const number = parseNumber(value, { kind: kindOf(metric), locale });
      if (!number.ok) return refuse({ code: 'cell', ...pos, value, issue: number.code });
      cells.push({ postId: post.postId, metric, value: number.value });
    }
  }
  return cells.length === 0 ? refuse({ code: 'empty' }) : { ok: true, cells };
}
