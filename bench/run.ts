import { cpus } from 'node:os';
import * as clients from './clients.bench.ts';
import * as startup from './startup.bench.ts';
import { formatTable, type Row } from './table.ts';

/**
 * `node bench/run.ts [--writes N] [--reads N]` — runs every benchmark and prints its table.
 * Figures, never assertions: budgets live in bench/README.md.
 */
interface Benchmark {
  name: string;
  run(n: { writes: number; reads: number }): Promise<Row[]>;
}
const BENCHMARKS: Benchmark[] = [clients, startup];

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(name);
  const value = i >= 0 ? Number(process.argv[i + 1]) : fallback;
  if (!Number.isInteger(value) || value <= 0) throw new Error(`${name} must be a positive whole number`);
  return value;
}

const n = { writes: arg('--writes', 1000), reads: arg('--reads', 5000) };
const cpu = cpus()[0]?.model ?? 'unknown CPU';
console.log(
  `Calepin benchmarks — Node ${process.version}, ${process.platform}/${process.arch}, ${cpus().length}× ${cpu}`,
);
console.log(`writes: ${n.writes} per operation, reads: ${n.reads} per operation (after a warm-up)\n`);

for (const bench of BENCHMARKS) {
  const rows = await bench.run(n);
  console.log(formatTable(bench.name, rows));
  console.log('');
}

// maxRSS is in kilobytes on every platform Node supports.
console.log(`peak RSS: ${(process.resourceUsage().maxRSS / 1024).toFixed(1)} MB`);
