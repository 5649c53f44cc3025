/**
 * Every row the tables print, kept for `--json FILE` so a script can compare two runs: the tables
 * are for people, this is for diffs. `run.ts` names the benchmark before each one runs.
 */
export interface ResultRow {
  benchmark: string;
  operation: string;
  n: number;
  /** µs for pairs against raw SQL, ms for timings, KB or MB for amounts (bytes fetched, memory, disk space). */
  unit: 'µs' | 'ms' | 'KB' | 'MB';
  p50: number;
  p95: number;
  rawP50: number | null;
  rawP95: number | null;
  ratio: number | null;
  /** The budget as written in the table ("p95 < 2000 µs, ≤ 1.5×"), or null when the row has none. */
  budget: string | null;
  /** Whether every part of the budget was met; null when there is no budget. */
  met: boolean | null;
}

let current = 'unnamed';
const rows: ResultRow[] = [];

export function startBenchmark(name: string): void {
  current = name;
}

export function recordRow(row: Omit<ResultRow, 'benchmark'>): void {
  rows.push({ benchmark: current, ...row });
}

export const recordedRows = (): readonly ResultRow[] => rows;
