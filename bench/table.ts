import { percentile, type Samples } from './measure.ts';

export interface Row {
  operation: string;
  ours: Samples;
  raw: Samples;
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
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((row) => (row[i] ?? '').length)));
  const line = (cells: string[]) =>
    `| ${cells.map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join(' | ')} |`;
  const rule = `|${widths.map((w, i) => (i === 0 ? `${'-'.repeat(w + 1)}-` : `${'-'.repeat(w + 1)}:`)).join('|')}|`;
  return [`### ${title}`, '', line(header), rule, ...body.map(line)].join('\n');
}
