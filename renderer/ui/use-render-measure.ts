import { useLayoutEffect, useRef } from 'react';

/**
 * Measures, with performance marks, how long React takes from rendering a view with new data to
 * the DOM being updated: the figure the benchmarks read in Chromium (`performance.getEntriesByName`).
 * Costs two marks per change of `data`; nothing when it stays the same.
 */
export function useRenderMeasure(name: string, data: unknown): void {
  const last = useRef<unknown>(undefined);
  const started = useRef(false);
  if (last.current !== data) {
    last.current = data;
    started.current = true;
    performance.mark(`${name}:start`);
  }
  useLayoutEffect(() => {
    if (!started.current) return;
    started.current = false;
    performance.measure(name, `${name}:start`);
  });
}
