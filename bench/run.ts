import { cpus, loadavg } from 'node:os';
import * as calendar from './calendar.bench.ts';
import * as calendarRender from './calendar-render.bench.ts';
import * as clients from './clients.bench.ts';
import * as gridRender from './grid-render.bench.ts';
import * as kpi from './kpi.bench.ts';
import * as postsSql from './posts-sql.bench.ts';
import * as startup from './startup.bench.ts';
import * as workspaceFile from './workspace-file.bench.ts';

/**
 * `node bench/run.ts [--writes N] [--reads N]` — runs every benchmark and prints its table.
 * Figures, never assertions: budgets live in bench/README.md.
 */
interface Benchmark {
  /** Returns its own table(s), ready to print: pairs against raw SQL, or plain timings. */
  run(n: { writes: number; reads: number }): Promise<string>;
}
const BENCHMARKS: Benchmark[] = [
  clients,
  startup,
  calendar,
  postsSql,
  calendarRender,
  kpi,
  gridRender,
  workspaceFile,
];

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
// A busy machine slows everything down: the load says how far to trust the figures.
console.log(
  `load average: ${loadavg()
    .map((l) => l.toFixed(2))
    .join(', ')}`,
);
console.log(`writes: ${n.writes} per operation, reads: ${n.reads} per operation (after a warm-up)\n`);

for (const bench of BENCHMARKS) {
  console.log(await bench.run(n));
  console.log('');
}

// maxRSS is in kilobytes on every platform Node supports.
console.log(`peak RSS: ${(process.resourceUsage().maxRSS / 1024).toFixed(1)} MB`);
