import { readFileSync } from 'node:fs';
import type { ResultRow } from './results.ts';

/**
 * `node bench/compare.ts BEFORE.json AFTER.json` — two `--json` runs side by side, row by row
 * (matched on benchmark and operation): the ratio to raw before and after when both have one
 * (ratios travel between runs on a noisy machine; absolute times do not), else p95, and whether
 * each budget is met now.
 */
interface Run {
  load: number[];
  rows: ResultRow[];
}

function read(path: string): Run {
  const run = JSON.parse(readFileSync(path, 'utf8')) as Partial<Run>;
  if (!Array.isArray(run.rows) || !Array.isArray(run.load))
    throw new Error(`${path} is not a bench --json file`);
  return run as Run;
}

const [beforePath, afterPath] = process.argv.slice(2);
if (!beforePath || !afterPath) {
  console.error('usage: node bench/compare.ts BEFORE.json AFTER.json');
  process.exit(2);
}
const before = read(beforePath);
const after = read(afterPath);
const key = (r: ResultRow) => `${r.benchmark} › ${r.operation}`;
const earlier = new Map(before.rows.map((r) => [key(r), r]));

const figure = (r: ResultRow | undefined) => {
  if (!r) return '—';
  if (r.ratio !== null) return `${r.ratio.toFixed(1)}×`;
  return `p95 ${r.p95.toFixed(1)} ${r.unit}`;
};

console.log(`load before ${before.load.join(', ')} · after ${after.load.join(', ')}\n`);
console.log('| row | before | after | budget | met |');
console.log('|---|--:|--:|---|---|');
for (const row of after.rows) {
  const met = row.met === null ? '' : row.met ? 'met' : 'MISSED';
  console.log(
    `| ${key(row)} | ${figure(earlier.get(key(row)))} | ${figure(row)} | ${row.budget ?? '—'} | ${met} |`,
  );
}
const gone = before.rows.filter((r) => !after.rows.some((a) => key(a) === key(r)));
for (const row of gone) console.log(`| ${key(row)} | ${figure(row)} | (not run) | | |`);
