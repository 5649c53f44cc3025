import type uPlot from 'uplot';
import { vi } from 'vitest';

/** What the fake uPlot was given: jsdom has no canvas, so the tests check the options and data instead. */
export interface FakePlot {
  opts: uPlot.Options;
  data: uPlot.AlignedData;
  target: HTMLElement;
  setDataCalls: uPlot.AlignedData[];
  destroyed: boolean;
}

export const plots: FakePlot[] = [];

/** The module `vi.mock('uplot', …)` returns: a class recording each chart it is asked to draw. */
export function fakeUplotModule() {
  class FakeUPlot implements FakePlot {
    opts: uPlot.Options;
    data: uPlot.AlignedData;
    target: HTMLElement;
    setDataCalls: uPlot.AlignedData[] = [];
    destroyed = false;
    width = 600;
    constructor(opts: uPlot.Options, data: uPlot.AlignedData, target: HTMLElement) {
      this.opts = opts;
      this.data = data;
      this.target = target;
      plots.push(this);
    }
    setData(data: uPlot.AlignedData) {
      this.data = data;
      this.setDataCalls.push(data);
    }
    setSize = vi.fn();
    destroy() {
      this.destroyed = true;
    }
    static tzDate = (date: Date) => date;
    static rangeNum = (min: number, max: number) => [min, max];
  }
  return { default: FakeUPlot };
}

// jsdom lays nothing out, so it has no ResizeObserver; the chart only needs one to exist.
globalThis.ResizeObserver ??= class {
  observe() {}
  unobserve() {}
  disconnect() {}
};

/** The chart whose caption is `title` (the live one, not an earlier destroyed instance). */
export function plotTitled(title: string): FakePlot {
  const found = plots.filter(
    (p) => !p.destroyed && p.target.closest('figure')?.querySelector('figcaption')?.textContent === title,
  );
  const plot = found.at(-1);
  if (!plot) throw new Error(`no chart titled ${title}`);
  return plot;
}
