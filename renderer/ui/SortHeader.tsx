import type { ReactNode } from 'react';
import { tableStyles as ts } from './table.ts';

const ARROWS = { asc: '▲', desc: '▼', none: '↕' } as const;
const ARIA_SORT = { asc: 'ascending', desc: 'descending' } as const;

/** A column header that sorts its table when pressed, and says how it is sorted. */
export function SortHeader({
  sorted,
  onToggle,
  className,
  children,
}: {
  sorted: false | 'asc' | 'desc';
  onToggle: ((event: unknown) => void) | undefined;
  className?: string | undefined;
  children: ReactNode;
}) {
  return (
    <th scope="col" className={className} aria-sort={sorted ? ARIA_SORT[sorted] : undefined}>
      <button type="button" className={ts.sortButton} onClick={onToggle}>
        {children}
        <span aria-hidden="true" className={ts.sortArrow} data-active={sorted !== false}>
          {ARROWS[sorted || 'none']}
        </span>
      </button>
    </th>
  );
}
