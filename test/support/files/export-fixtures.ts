import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Metric } from '../../../shared/domain/metrics.ts';
import { readExportFile, readExportRecords } from '../../../shared/imports/read.ts';
import type { ImportRead, ImportRow, ReadExport } from '../../../shared/imports/result.ts';

const FOLDER = join(import.meta.dirname, '../../fixtures/imports');

/** The day the fixtures are read against: a week after the month they cover. */
export const REFERENCE = { reference: '2026-11-05' };

export const fixtureBytes = (name: string): Uint8Array => new Uint8Array(readFileSync(join(FOLDER, name)));
export const fixtureText = (name: string): string => new TextDecoder().decode(fixtureBytes(name));
export const bytesOf = (text: string): Uint8Array => new TextEncoder().encode(text);

export function readFixture(name: string): ImportRead {
  if (name.endsWith('.json'))
    return readExportRecords(JSON.parse(fixtureText(name)) as string[][], REFERENCE);
  return readExportFile(fixtureBytes(name), REFERENCE);
}

/** The result, which must have been read (the test fails with what it was otherwise). */
export function mustRead(result: ImportRead): ReadExport {
  if (result.outcome !== 'read') throw new Error(`not read: ${JSON.stringify(result.problems)}`);
  return result;
}

export const rowAt = (read: ReadExport, line: number): ImportRow => {
  const row = read.rows.find((r) => r.line === line);
  if (!row) throw new Error(`no row on line ${line}`);
  return row;
};

export const total = (rows: readonly ImportRow[], metric: Metric): number =>
  rows.reduce((sum, r) => sum + (r.metrics[metric] ?? 0), 0);
