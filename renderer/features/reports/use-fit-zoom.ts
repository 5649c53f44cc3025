import { type RefObject, useLayoutEffect, useState } from 'react';
import type { Paper } from '../../../shared/domain/report.ts';

/** A sheet's width in CSS pixels (96 to the inch), with the document's margin around it on screen. */
const SHEET_PX: Record<Paper, number> = { a4: (210 / 25.4) * 96, letter: 8.5 * 96 };
const AROUND_PX = 2 * 24;

/** The zoom at which a whole sheet fits the pane's width: never larger than life. */
export const fitZoom = (available: number, paper: Paper): number =>
  available <= 0 ? 1 : Math.min(1, available / (SHEET_PX[paper] + AROUND_PX));

/**
 * The preview's zoom, following the pane's width: the sheets are drawn at their paper's size, so
 * a laptop's narrow pane would otherwise show half a page and a scroll bar.
 */
export function useFitZoom(pane: RefObject<HTMLElement | null>, paper: Paper): number {
  const [zoom, setZoom] = useState(1);
  useLayoutEffect(() => {
    const element = pane.current;
    if (!element) return;
    const measure = () => setZoom(fitZoom(element.clientWidth, paper));
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, [pane, paper]);
  return zoom;
}
