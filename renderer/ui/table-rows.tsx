import type { RowData } from '@tanstack/react-table';
import {
  type CSSProperties,
  type FocusEvent,
  type HTMLAttributes,
  type ReactNode,
  type RefObject,
  useState,
} from 'react';
import type { SortableRow, SortableTableModel } from './SortableTable.tsx';
import { gridTracks } from './table-tracks.ts';
import { useVirtualRows } from './use-virtual-rows.ts';

/** The body of SortableTable: every row, or, for a long list, only the rows in view. */

export type TableLead<TData extends RowData> = {
  header: ReactNode;
  cell: (row: SortableRow<TData>) => ReactNode;
};
export type RowProps<TData extends RowData> = (
  row: SortableRow<TData>,
) => HTMLAttributes<HTMLTableRowElement> & { 'data-selected'?: true };

/** The grid tracks of a virtualised table's shown columns, as CSS variables its rows share. */
export function tracksOf<TData extends RowData>(
  table: SortableTableModel<TData>,
  withLead: boolean,
  rowHeight: number,
): CSSProperties {
  const widths = table.getVisibleLeafColumns().map((column) => column.columnDef.meta?.width);
  const { columns, minWidth } = gridTracks(withLead ? [LEAD_WIDTH, ...widths] : widths);
  return {
    '--table-columns': columns,
    '--table-min-width': minWidth,
    '--table-row-height': `${rowHeight}px`,
  } as CSSProperties;
}

/** A checkbox's column. */
const LEAD_WIDTH = { min: 2.75, max: 2.75 };

/** Where a virtualised row sits: its place among all rows (1 is the header's) and its offset. */
export interface RowPlace {
  index: number;
  top: number;
}

export function TableRow<TData extends RowData>({
  table,
  row,
  lead,
  rowProps,
  at,
}: {
  table: SortableTableModel<TData>;
  row: SortableRow<TData>;
  lead: TableLead<TData> | undefined;
  rowProps: RowProps<TData> | undefined;
  at?: RowPlace;
}) {
  return (
    <tr
      {...rowProps?.(row)}
      {...(at && {
        'aria-rowindex': at.index + 2,
        'data-index': at.index,
        style: { transform: `translateY(${at.top}px)` },
      })}
    >
      {lead && <td>{lead.cell(row)}</td>}
      {row.getVisibleCells().map((cell) => (
        <td key={cell.id} className={cell.column.columnDef.meta?.className}>
          <table.FlexRender cell={cell} />
        </td>
      ))}
    </tr>
  );
}

/**
 * Only the rows in view reach the DOM (TanStack Virtual, as the Numbers grid): the body is as tall
 * as all the rows, each drawn one at its place. The row holding the focus stays drawn.
 */
export function VirtualBody<TData extends RowData>({
  rows,
  scrollRef,
  rowHeight,
  row,
}: {
  rows: readonly SortableRow<TData>[];
  scrollRef: RefObject<HTMLDivElement | null>;
  rowHeight: number;
  row: (row: SortableRow<TData>, at: RowPlace) => ReactNode;
}) {
  const [focused, setFocused] = useState(-1);
  const virtualizer = useVirtualRows({ count: rows.length, scrollRef, rowHeight, keep: focused });
  const onFocus = (event: FocusEvent) => {
    const row = event.target instanceof Element ? event.target.closest('tr') : null;
    const index = Number(row?.dataset.index ?? -1);
    if (index !== focused) setFocused(index);
  };
  return (
    <tbody style={{ height: virtualizer.getTotalSize() }} onFocus={onFocus}>
      {virtualizer.getVirtualItems().map((item) => {
        const at = rows[item.index];
        return at ? row(at, { index: item.index, top: item.start }) : null;
      })}
    </tbody>
  );
}
