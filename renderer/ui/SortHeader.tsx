import type { ReactNode } from 'react';
import { Hint } from './Hint.tsx';
import { tableStyles as ts } from './table.ts';

const ARROWS = { asc: '▲', desc: '▼', none: '↕' } as const;
const ARIA_SORT = { asc: 'ascending', desc: 'descending' } as const;

/** A column header that sorts its table when pressed, and says how it is sorted. */
export function SortHeader({
  sorted,
  onToggle,
  className,
  hint,
  children,
}: {
  sorted: false | 'asc' | 'desc';
  onToggle: ((event: unknown) => void) | undefined;
  className?: string | undefined;
  /** What the column holds, shown on hover and focus (a KPI's formula). */
  hint?: string | undefined;
  children: ReactNode;
}) {
  const button = (
    <button type="button" className={ts.sortButton} onClick={onToggle}>
      {children}
      <span aria-hidden="true" className={ts.sortArrow} data-active={sorted !== false}>
        {ARROWS[sorted || 'none']}
      </span>
    </button>
  );
  return (
    <th scope="col" className={className} aria-sort={sorted ? ARIA_SORT[sorted] : undefined}>
      {hint ? <Hint text={hint}>{button}</Hint> : button}
    </th>
  );
}
