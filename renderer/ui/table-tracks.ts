/** A column's width in a virtualised table, in rem: at least `min`; at most `max`, or else a share of the room left. */
export interface ColumnWidth {
  min: number;
  max?: number;
}

/** Columns that say nothing of their width share the room left with the one that fills. */
const ANY: ColumnWidth = { min: 6 };

/**
 * The CSS grid tracks every row of a virtualised table shares (its rows are laid out one by one,
 * so the columns line up only through the same tracks), and the width below which it scrolls sideways.
 * Fixed columns grow to their `max` before a column without one takes what is left.
 */
export function gridTracks(widths: readonly (ColumnWidth | undefined)[]): {
  columns: string;
  minWidth: string;
} {
  const all = widths.map((w) => w ?? ANY);
  const columns = all
    .map(({ min, max }) =>
      max === undefined
        ? `minmax(${min}rem, 1fr)`
        : max === min
          ? `${min}rem`
          : `minmax(${min}rem, ${max}rem)`,
    )
    .join(' ');
  return { columns, minWidth: `${all.reduce((sum, w) => sum + w.min, 0)}rem` };
}
