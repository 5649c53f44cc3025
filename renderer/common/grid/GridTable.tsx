import type { ReactNode, RefObject } from 'react';
import type { useGridEvents } from './use-grid-events.ts';

export interface GridTableProps {
  tableRef: RefObject<HTMLTableElement | null>;
  className: string | undefined;
  label: string;
  /** The keys' hint under the grid. */
  hintId: string;
  /** Rows and columns in all, headers included (only some rows may be in the DOM). */
  rowCount: number;
  colCount: number;
  events: ReturnType<typeof useGridEvents>;
  children: ReactNode;
}

/**
 * A table that is an ARIA grid: its cells are gridcells (a td's role inside a grid), the focused
 * one tabbable (APG grid pattern), its keys, clipboard and clicks the grid's (use-grid-events.ts).
 */
export function GridTable({
  tableRef,
  className,
  label,
  hintId,
  rowCount,
  colCount,
  events,
  children,
}: GridTableProps) {
  return (
    <table
      ref={tableRef}
      // biome-ignore lint/a11y/noNoninteractiveElementToInteractiveRole: an ARIA grid (APG pattern) keeps the table's rows and headers for assistive tech
      role="grid"
      className={className}
      aria-label={label}
      aria-describedby={hintId}
      aria-rowcount={rowCount}
      aria-colcount={colCount}
      {...events}
    >
      {children}
    </table>
  );
}
