import { writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import * as audit from './audit.bench.ts';
import * as bundle from './bundle.bench.ts';
import * as calendar from './calendar.bench.ts';
import * as calendarRender from './calendar-render.bench.ts';
import * as clients from './clients.bench.ts';
import * as gridRender from './grid-render.bench.ts';
import * as imports from './imports.bench.ts';
import * as kpi from './kpi.bench.ts';
import * as listening from './listening.bench.ts';
import * as postsSql from './posts-sql.bench.ts';
import * as reports from './reports.bench.ts';
import { recordedRows, startBenchmark } from './results.ts';
import * as startup from './startup.bench.ts';
import * as workspaceFile from './workspace-file.bench.ts';

/**
 * `node bench/run.ts [--writes N] [--reads N] [--only NAME[,NAME…]] [--json FILE]` — runs every
 * benchmark (or the named ones: the file's name without `.bench.ts`) and prints its table; with
 * `--json`, also writes every row to FILE for a script to compare runs.
 * Figures, never assertions: budgets live in bench/README.md and in each row.
 */
interface Benchmark {
  /** Returns its own table(s), ready to print: pairs against raw SQL, or plain timings. */
  run(n: { writes: number; reads: number }): Promise<string>;
}
const BENCHMARKS: Record<string, Benchmark> = {
  clients,
  startup,
  calendar,
  'posts-sql': postsSql,
  'calendar-render': calendarRender,
  bundle,
  kpi,
  'grid-render': gridRender,
  'workspace-file': workspaceFile,
  imports,
  listening,
  audit,
  reports,
};

function option(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  if (i < 0) return undefined;
  const value = process.argv[i + 1];
  if (value === undefined || value.startsWith('--')) throw new Error(`${name} needs a value`);
  return value;
}

function arg(name: string, fallback: number): number {
  const text = option(name);
  const value = text === undefined ? fallback : Number(text);
  if (!Number.isInteger(value) || value <= 0) throw new Error(`${name} must be a positive whole number`);
  return value;
}

function chosen(): [string, Benchmark][] {
  const only = option('--only');
  if (only === undefined) return Object.entries(BENCHMARKS);
  return only.split(',').map((name) => {
    const bench = BENCHMARKS[name];
    if (!bench) throw new Error(`no benchmark "${name}": choose among ${Object.keys(BENCHMARKS).join(', ')}`);
    return [name, bench];
  });
}

let json: string | undefined;
let selected: [string, Benchmark][];
let n: { writes: number; reads: number };
try {
  json = option('--json');
  selected = chosen();
  n = { writes: arg('--writes', 1000), reads: arg('--reads', 5000) };
} catch (error) {
  // A mistyped option is the user's, not a crash: say it in one line.
  console.error((error as Error).message);
  process.exit(2);
}
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

for (const [name, bench] of selected) {
  startBenchmark(name);
  console.log(await bench.run(n));
  console.log('');
}

// maxRSS is in kilobytes on every platform Node supports.
console.log(`peak RSS: ${(process.resourceUsage().maxRSS / 1024).toFixed(1)} MB`);
if (json !== undefined) {
  const load = loadavg().map((l) => Number(l.toFixed(2)));
  writeFileSync(
    json,
    `${JSON.stringify({ node: process.version, cpu, load, n, rows: recordedRows() }, null, 2)}\n`,
  );
  console.log(`${recordedRows().length} rows written to ${json}`);
}
