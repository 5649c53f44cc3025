import { useCallback, useRef, useState } from 'react';

export interface Selection {
  selected: ReadonlySet<string>;
  /**
   * Ticks or unticks one post; with `range` (Shift-click) every post between the last one ticked
   * and this one, in the order given, is selected, as in a file manager.
   */
  toggle: (id: string, range: boolean, order: readonly string[]) => void;
  set: (ids: Iterable<string>) => void;
  clear: () => void;
}

/** Which posts are selected, and from which one a Shift-click range starts. */
export function useSelection(): Selection {
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const anchor = useRef<string | null>(null);
  const toggle = useCallback((id: string, range: boolean, order: readonly string[]) => {
    const from = anchor.current === null ? -1 : order.indexOf(anchor.current);
    const to = order.indexOf(id);
    anchor.current = id;
    setSelected((current) => {
      const next = new Set(current);
      if (range && from >= 0 && to >= 0) {
        for (const between of order.slice(Math.min(from, to), Math.max(from, to) + 1)) next.add(between);
      } else if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  }, []);
  const set = useCallback((ids: Iterable<string>) => setSelected(new Set(ids)), []);
  const clear = useCallback(() => {
    anchor.current = null;
    setSelected(new Set());
  }, []);
  return { selected, toggle, set, clear };
}
