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
import type { HTMLAttributes, ReactNode } from 'react';
import { SortHeader } from './SortHeader.tsx';
import { tableStyles as ts } from './table.ts';

/** What a column may say of itself: its cells' class, and what it holds (shown by its header). */
export interface SortableColumnMeta {
  className?: string;
  /** What the column holds, shown on hover and focus of its header (a KPI's formula). */
  hint?: string;
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
  lead?: { header: ReactNode; cell: (row: SortableRow<TData>) => ReactNode };
  /** A row's attributes (its class, data-selected…). */
  rowProps?: (row: SortableRow<TData>) => HTMLAttributes<HTMLTableRowElement> & { 'data-selected'?: true };
}

/** The rows of a sortable table under headers that sort it and say how it is sorted (aria-sort). */
export function SortableTable<TData extends RowData>({
  table,
  caption,
  className,
  wrapClassName,
  lead,
  rowProps,
}: SortableTableProps<TData>) {
  return (
    <div className={wrapClassName ? `${ts.wrap} ${wrapClassName}` : ts.wrap}>
      <table className={className ? `${ts.table} ${className}` : ts.table}>
        {caption && <caption className="visually-hidden">{caption}</caption>}
        <thead>
          {table.getHeaderGroups().map((group) => (
            <tr key={group.id}>
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
        <tbody>
          {table.getRowModel().rows.map((row) => (
            <tr key={row.id} {...rowProps?.(row)}>
              {lead && <td>{lead.cell(row)}</td>}
              {row.getVisibleCells().map((cell) => (
                <td key={cell.id} className={cell.column.columnDef.meta?.className}>
                  <table.FlexRender cell={cell} />
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
