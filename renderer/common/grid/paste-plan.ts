import { parseClipboardGrid } from '../../../shared/metrics/paste.ts';
import type { CellPos } from './grid-moves.ts';

/** Why a pasted block changes nothing; `row` and `col` are the grid's, `value` the text as pasted. */
export type PasteRefusal<I> =
  | { code: 'tooManyCells' }
  | { code: 'empty' }
  | { code: 'tooWide'; columns: number; fit: number }
  | { code: 'tooTall'; rows: number; fit: number }
  | { code: 'cell'; row: number; col: number; value: string; issue: I };

export type PastePlan<C, I> = { ok: true; cells: C[] } | { ok: false; refusal: PasteRefusal<I> };

/** One pasted text read for its cell: what to write there (null: nothing), or why it cannot be. */
export type PastedCell<C, I> = { ok: true; cell: C | null } | { ok: false; issue: I };

const refuse = <I>(refusal: PasteRefusal<I>) => ({ ok: false, refusal }) as const;

/**
 * A block copied from a spreadsheet, laid from the focused cell rightwards and downwards, column
 * for column shown (`columns`: what lands where is what the user sees). All or nothing: a block
 * that does not fit, or a value `read` refuses, changes no cell.
 */
export function layPaste<C, I>(
  text: string,
  anchor: CellPos,
  grid: { rows: number; columns: readonly number[] },
  read: (pos: CellPos, text: string) => PastedCell<C, I>,
): PastePlan<C, I> {
  const parsed = parseClipboardGrid(text);
  if (!parsed.ok) return refuse({ code: 'tooManyCells' });
  const block = parsed.rows;
  const width = Math.max(0, ...block.map((r) => r.length));
  if (width === 0) return refuse({ code: 'empty' });
  const from = Math.max(0, grid.columns.indexOf(anchor.col));
  const fitColumns = grid.columns.length - from;
  if (width > fitColumns) return refuse({ code: 'tooWide', columns: width, fit: fitColumns });
  const fitRows = grid.rows - anchor.row;
  if (block.length > fitRows) return refuse({ code: 'tooTall', rows: block.length, fit: fitRows });

  const cells: C[] = [];
  for (const [r, line] of block.entries()) {
    for (const [c, value] of line.entries()) {
      const pos = { row: anchor.row + r, col: grid.columns[from + c] ?? -1 };
      const cell = read(pos, value);
      if (!cell.ok) return refuse({ code: 'cell', ...pos, value, issue: cell.issue });
      if (cell.cell !== null) cells.push(cell.cell);
    }
  }
  return cells.length === 0 ? refuse({ code: 'empty' }) : { ok: true, cells };
}
