import { defaultRangeExtractor, type Range, useVirtualizer } from '@tanstack/react-virtual';
import { type RefObject, useCallback } from 'react';

export interface VirtualRowsOptions {
  count: number;
  /** The pane that scrolls the rows. */
  scrollRef: RefObject<HTMLElement | null>;
  /** Every row's height in pixels: the same for all, so nothing is ever measured (2,000 rows stay cheap). */
  rowHeight: number;
  /** A row that stays in the DOM when scrolled away (the focused one), or -1. */
  keep: number;
  overscan?: number;
}

/**
 * The rows of a long table that are in view, plus a few around them: what reaches the DOM stays
 * the same size whatever the number of rows. The row holding the focus stays mounted, so the
 * keyboard never falls out of the table when it scrolls. Shared by the Numbers grid and the
 * calendar's list (TanStack Virtual).
 */
export function useVirtualRows({ count, scrollRef, rowHeight, keep, overscan = 6 }: VirtualRowsOptions) {
  const rangeExtractor = useCallback(
    (range: Range) => {
      const indexes = defaultRangeExtractor(range);
      if (keep >= 0 && keep < range.count && !indexes.includes(keep))
        return [...indexes, keep].sort((a, b) => a - b);
      return indexes;
    },
    [keep],
  );
  return useVirtualizer({
    count,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => rowHeight,
    overscan,
    rangeExtractor,
    // Until the pane is measured, a window's height of rows: the first commit already draws the rows
    // in view instead of an empty table (the pane comes into the DOM in that same commit).
    initialRect: { width: 0, height: typeof window === 'undefined' ? 0 : window.innerHeight },
  });
}
