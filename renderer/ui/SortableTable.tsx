import {
  columnVisibilityFeature,
  createColumnHelper,
  createSortedRowModel,
  type ReactTable,
  type Row,
  type RowData,
  rowSortingFeature,
  type TableOptions,
  tableFeatures,
  useTable,
} from '@tanstack/react-table';
import { useMemo, useState } from 'react';
import { SortHeader } from './SortHeader.tsx';
import { tableStyles as ts } from './table.ts';
import { type RowProps, type TableLead, TableRow, tracksOf, VirtualBody } from './table-rows.tsx';
import type { ColumnWidth } from './table-tracks.ts';

/** What a column may say of itself: its cells' class, and what it holds (shown by its header). */
export interface SortableColumnMeta {
  className?: string;
  /** What the column holds, shown on hover and focus of its header (a KPI's formula). */
  hint?: string;
  /** In a virtualised table, the column's width in rem: at least `min`, at most `max` (else a share of what is left). */
  width?: ColumnWidth;
}

const features = tableFeatures({
  rowSortingFeature,
  columnVisibilityFeature,
  sortedRowModel: createSortedRowModel(),
  columnMeta: {} as SortableColumnMeta,
});
type Features = typeof features;

export type SortableRow<TData extends RowData> = Row<Features, TData>;
export type SortableTableModel<TData extends RowData> = ReactTable<Features, TData>;

/** The helper that writes a sortable table's columns (`sortableColumns<Client>().accessor(…)`). */
export const sortableColumns = <TData extends RowData>() => createColumnHelper<Features, TData>();

export interface SortableTableOptions<TData extends RowData> {
  columns: TableOptions<Features, TData>['columns'];
  data: TData[];
  getRowId: (row: TData) => string;
  /** The column sorted at first, and which way. */
  sortedBy: { id: string; desc: boolean };
  /** The columns the user hid. */
  hidden?: readonly string[] | undefined;
  /** Whether every column's first press sorts descending (by default, as its values suggest). */
  sortDescFirst?: boolean;
}

/** A table sorted by one column at a time, always in some order (a header's press never unsorts). */
export function useSortableTable<TData extends RowData>({
  columns,
  data,
  getRowId,
  sortedBy,
  hidden,
  sortDescFirst,
}: SortableTableOptions<TData>): SortableTableModel<TData> {
  return useTable({
    features,
    columns,
    data,
    getRowId,
    initialState: { sorting: [sortedBy] },
    ...(hidden && { state: { columnVisibility: Object.fromEntries(hidden.map((id) => [id, false])) } }),
    enableMultiSort: false,
    enableSortingRemoval: false,
    ...(sortDescFirst !== undefined && { sortDescFirst }),
  });
}

export interface SortableTableProps<TData extends RowData> {
  table: SortableTableModel<TData>;
  /** The table's name for screen readers. */
  caption?: string;
  /** Added to the table's own class, and to its scrolling wrapper's. */
  className?: string;
  wrapClassName?: string;
  /** A first column that does not sort (a row's checkbox): its header, and its cell for a row. */
  lead?: TableLead<TData>;
  /** A row's attributes (its class, data-selected…). */
  rowProps?: RowProps<TData>;
  /**
   * Draws only the rows in view, each `rowHeight` pixels high, in the wrapper that scrolls (give
   * it a height): for lists of thousands. The columns then take their `meta.width`.
   */
  virtual?: { rowHeight: number };
}

/** The rows of a sortable table under headers that sort it and say how it is sorted (aria-sort). */
export function SortableTable<TData extends RowData>({
  table,
  caption,
  className,
  wrapClassName,
  lead,
  rowProps,
  virtual,
}: SortableTableProps<TData>) {
  // Kept in state: the rows below read the pane once it is in the DOM, which a ref set after their
  // own layout effects (a child's run first) would not tell them.
  const [scroller, setScroller] = useState<HTMLDivElement | null>(null);
  const scrollRef = useMemo(() => ({ current: scroller }), [scroller]);
  const rows = table.getRowModel().rows;
  const classes = [ts.table, virtual && ts.virtual, className].filter(Boolean).join(' ');
  const layout = virtual ? tracksOf(table, lead !== undefined, virtual.rowHeight) : undefined;
  return (
    <div ref={setScroller} className={wrapClassName ? `${ts.wrap} ${wrapClassName}` : ts.wrap}>
      <table
        className={classes}
        style={layout}
        // A virtualised table says how many rows it has, since most are not in the DOM.
        aria-rowcount={virtual ? rows.length + 1 : undefined}
      >
        {caption && <caption className="visually-hidden">{caption}</caption>}
        <thead>
          {table.getHeaderGroups().map((group) => (
            <tr key={group.id} aria-rowindex={virtual ? 1 : undefined}>
              {lead && <th scope="col">{lead.header}</th>}
              {group.headers.map((header) => (
                <SortHeader
                  key={header.id}
                  sorted={header.column.getIsSorted()}
                  onToggle={header.column.getToggleSortingHandler()}
                  className={header.column.columnDef.meta?.className}
                  hint={header.column.columnDef.meta?.hint}
                >
                  <table.FlexRender header={header} />
                </SortHeader>
              ))}
            </tr>
          ))}
        </thead>
        {virtual ? (
          <VirtualBody
            rows={rows}
            scrollRef={scrollRef}
            rowHeight={virtual.rowHeight}
            row={(row, at) => (
              <TableRow key={row.id} table={table} row={row} lead={lead} rowProps={rowProps} at={at} />
            )}
          />
        ) : (
          <tbody>
            {rows.map((row) => (
              <TableRow key={row.id} table={table} row={row} lead={lead} rowProps={rowProps} />
            ))}
          </tbody>
        )}
      </table>
    </div>
  );
}
