import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../../../shared/export/csv.ts';
import { IMPORT_LIMITS } from '../../../../shared/imports/limits.ts';
import { readExportFile, readExportRecords } from '../../../../shared/imports/read.ts';
import { readTextSource } from '../../../../shared/imports/text-table.ts';
import { bytesOf, fixtureBytes, REFERENCE } from '../../../support/files/export-fixtures.ts';

const FILES = [
  'meta-facebook-posts-en.csv',
  'meta-facebook-posts-fr.csv',
  'meta-instagram-follows-daily.csv',
  'meta-instagram-posts.csv',
  'tiktok-content-en.csv',
  'tiktok-content-es.csv',
  'x-content.csv',
  'x-tweet-activity.csv',
  'youtube-table-data.csv',
];

/** The same file read the other way: every record held at once, as a workbook's sheet is. */
function readWhole(bytes: Uint8Array) {
  const source = readTextSource(bytes);
  if (!source.ok) throw new Error(source.problem.code);
  const parsed = parseCsv(source.text, source.delimiter);
  if (!parsed.ok) throw new Error('unterminated quote');
  return readExportRecords(parsed.records, REFERENCE);
}

describe('a CSV export read record by record', () => {
  it.each(FILES)('gives exactly what reading all its records at once gives (%s)', (name) => {
    const bytes = fixtureBytes(name);
    const read = readExportFile(bytes, REFERENCE);
    expect(read.outcome).toBe('read');
    expect(read).toEqual(readWhole(bytes));
  });

  it('still refuses a quote left open far below the header, and one row too many', () => {
    const rows = Array.from({ length: 50 }, (_, i) => `${i},Post ${i},2026-10-06 06:12 +0000,${i}`);
    const header = 'Tweet id,Tweet text,time,impressions';
    expect(readExportFile(bytesOf(`${header}\n${rows.join('\n')}\n7,"open\n`), REFERENCE)).toEqual({
      outcome: 'refused',
      problems: [{ code: 'unterminatedQuote', line: 52 }],
    });
    const many = Array.from({ length: IMPORT_LIMITS.rows + 1 }, (_, i) => `${i},P,2026-10-06 06:12 +0000,1`);
    expect(readExportFile(bytesOf(`${header}\n${many.join('\n')}\n`), REFERENCE)).toEqual({
      outcome: 'refused',
      problems: [{ code: 'tooManyRows', max: IMPORT_LIMITS.rows }],
    });
  });
});
