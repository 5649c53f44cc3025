import { percentile, type Samples } from './measure.ts';

export interface Row {
  operation: string;
  ours: Samples;
  raw: Samples;
}

/** A Markdown table: the first column left-aligned, the figures right-aligned. */
function aligned(title: string, header: string[], body: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((row) => (row[i] ?? '').length)));
  const line = (cells: string[]) =>
    `| ${cells.map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join(' | ')} |`;
  const rule = `|${widths.map((w, i) => (i === 0 ? `${'-'.repeat(w + 1)}-` : `${'-'.repeat(w + 1)}:`)).join('|')}|`;
  return [`### ${title}`, '', line(header), rule, ...body.map(line)].join('\n');
}

const us = (v: number) => (v >= 100 ? v.toFixed(0) : v.toFixed(1));

/** operation | n | p50 µs | p95 µs | raw p50 µs | raw p95 µs | ratio (p50/raw p50) */
export function formatTable(title: string, rows: readonly Row[]): string {
  const header = ['operation', 'n', 'p50 µs', 'p95 µs', 'raw p50 µs', 'raw p95 µs', 'ratio'];
  const body = rows.map((r) => {
    const p50 = percentile(r.ours, 50);
    const raw50 = percentile(r.raw, 50);
    return [
      r.operation,
      String(r.ours.n),
      us(p50),
      us(percentile(r.ours, 95)),
      us(raw50),
      us(percentile(r.raw, 95)),
      `${(p50 / raw50).toFixed(1)}×`,
    ];
  });
  return aligned(title, header, body);
}

export interface TimingRow {
  operation: string;
  /** Milliseconds, in `Samples`' shape. */
  ms: Samples;
  budget: string;
}

const ms = (v: number) => (Number.isNaN(v) ? '—' : v >= 100 ? v.toFixed(0) : v.toFixed(1));

/** operation | n | p50 ms | p95 ms | max ms | budget: figures with no raw counterpart (the renderer). */
export function formatTimings(title: string, rows: readonly TimingRow[]): string {
  const header = ['operation', 'n', 'p50 ms', 'p95 ms', 'max ms', 'budget'];
  const body = rows.map((r) => [
    r.operation,
    String(r.ms.n),
    ms(percentile(r.ms, 50)),
    ms(percentile(r.ms, 95)),
    ms(r.ms.sorted.at(-1) ?? Number.NaN),
    r.budget,
  ]);
  return aligned(title, header, body);
}
