import { percentile, type Samples } from './measure.ts';
import { recordRow } from './results.ts';

/** What a row must stay under: its p50 or p95 (in the table's unit) and/or its ratio to raw. */
export interface Budget {
  /** For a few slow runs (a whole file each), where p95 is just the slowest. */
  p50?: number;
  p95?: number;
  ratio?: number;
}

export interface Row {
  operation: string;
  ours: Samples;
  raw: Samples;
  budget?: Budget;
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
const ms = (v: number) => (Number.isNaN(v) ? '—' : v >= 100 ? v.toFixed(0) : v.toFixed(1));

function budgetText(budget: Budget | undefined, unit: string, digits: (v: number) => string): string | null {
  if (!budget) return null;
  const parts = [];
  if (budget.p50 !== undefined) parts.push(`p50 < ${digits(budget.p50)} ${unit}`);
  if (budget.p95 !== undefined) parts.push(`p95 < ${digits(budget.p95)} ${unit}`);
  if (budget.ratio !== undefined) parts.push(`≤ ${budget.ratio}×`);
  return parts.join(', ');
}

function isMet(budget: Budget | undefined, p50: number, p95: number, ratio: number | null): boolean | null {
  if (!budget) return null;
  return (
    (budget.p50 === undefined || p50 < budget.p50) &&
    (budget.p95 === undefined || p95 < budget.p95) &&
    (budget.ratio === undefined || (ratio !== null && ratio <= budget.ratio))
  );
}

const verdict = (met: boolean | null) => (met === null ? '' : met ? 'met' : 'MISSED');

/**
 * operation | n | p50 µs | p95 µs | raw p50 µs | raw p95 µs | ratio (p50/raw p50) | budget | met.
 * `unit`: what the samples count, microseconds unless said (disk space in MB).
 */
export function formatTable(title: string, rows: readonly Row[], unit: 'µs' | 'MB' = 'µs'): string {
  const withBudget = rows.some((r) => r.budget);
  const header = [
    'operation',
    'n',
    `p50 ${unit}`,
    `p95 ${unit}`,
    `raw p50 ${unit}`,
    `raw p95 ${unit}`,
    'ratio',
  ];
  if (withBudget) header.push('budget', 'met');
  const body = rows.map((r) => {
    const p50 = percentile(r.ours, 50);
    const p95 = percentile(r.ours, 95);
    const raw50 = percentile(r.raw, 50);
    const raw95 = percentile(r.raw, 95);
    const ratio = Number((p50 / raw50).toFixed(1));
    const budget = budgetText(r.budget, unit, us);
    const met = isMet(r.budget, p50, p95, ratio);
    recordRow({
      operation: r.operation,
      n: r.ours.n,
      unit,
      p50,
      p95,
      rawP50: raw50,
      rawP95: raw95,
      ratio,
      budget,
      met,
    });
    const cells = [
      r.operation,
      String(r.ours.n),
      us(p50),
      us(p95),
      us(raw50),
      us(raw95),
      `${ratio.toFixed(1)}×`,
    ];
    if (withBudget) cells.push(budget ?? '—', verdict(met));
    return cells;
  });
  return aligned(title, header, body);
}

export interface TimingRow {
  operation: string;
  /** Milliseconds, in `Samples`' shape. */
  ms: Samples;
  /** p95 budget in ms when a number, else a p50 or p95 budget; when the row has one. */
  budget?: number | Budget;
}

/** operation | n | p50 ms | p95 ms | max ms | budget | met: figures with no raw counterpart (the renderer). */
export function formatTimings(title: string, rows: readonly TimingRow[]): string {
  const header = ['operation', 'n', 'p50 ms', 'p95 ms', 'max ms', 'budget', 'met'];
  const body = rows.map((r) => {
    const p50 = percentile(r.ms, 50);
    const p95 = percentile(r.ms, 95);
    const budget = typeof r.budget === 'number' ? { p95: r.budget } : r.budget;
    const met = isMet(budget, p50, p95, null);
    const text = budgetText(budget, 'ms', ms);
    recordRow({
      operation: r.operation,
      n: r.ms.n,
      unit: 'ms',
      p50,
      p95,
      rawP50: null,
      rawP95: null,
      ratio: null,
      budget: text,
      met,
    });
    return [
      r.operation,
      String(r.ms.n),
      ms(p50),
      ms(p95),
      ms(r.ms.sorted.at(-1) ?? Number.NaN),
      text ?? '—',
      verdict(met),
    ];
  });
  return aligned(title, header, body);
}

export interface AmountRow {
  operation: string;
  /** How many things the amount adds up (files), or 1. */
  n: number;
  /** In the table's unit. */
  value: number;
  /** What it must stay under, in the same unit, when it has a budget. */
  budget?: number;
}

/** operation | n | KB or MB | budget | met: one amount per row (JS fetched, memory), not a distribution. */
export function formatAmounts(title: string, unit: 'KB' | 'MB', rows: readonly AmountRow[]): string {
  const header = ['operation', 'n', unit, 'budget', 'met'];
  const body = rows.map((r) => {
    const met = r.budget === undefined ? null : r.value < r.budget;
    const text = r.budget === undefined ? null : `< ${r.budget} ${unit}`;
    recordRow({
      operation: r.operation,
      n: r.n,
      unit,
      p50: r.value,
      p95: r.value,
      rawP50: null,
      rawP95: null,
      ratio: null,
      budget: text,
      met,
    });
    return [r.operation, String(r.n), r.value.toFixed(1), text ?? '—', verdict(met)];
  });
  return aligned(title, header, body);
}
