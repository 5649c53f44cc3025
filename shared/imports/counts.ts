/**
 * Numbers as exports write them: plain integers, floats with a zero fraction (`"57.0"` in X's
 * files), and `-` or nothing for none. Read with the grid's own number reader, so an export and a
 * paste agree on what a number is; exports use the point as their decimal mark whatever the language.
 */
import type { Metric } from '../domain/metrics.ts';
import { parseNumber } from '../metrics/number-parse.ts';
import type { RowProblemCode } from './problems.ts';

export type CountCell = { ok: true; value: number | null } | { ok: false; code: RowProblemCode };

const NONE = new Set(['', '-', '--', '\u2013', '\u2014']);

/** A count (or, for `spend`, money in cents); null when the export says none. */
export function readCountCell(text: string, metric?: Metric): CountCell {
  const trimmed = text.trim();
  if (NONE.has(trimmed)) return { ok: true, value: null };
  return parseNumber(trimmed, { kind: metric === 'spend' ? 'money' : 'count', locale: 'en' });
}
