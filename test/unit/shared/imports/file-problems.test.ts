import { describe, expect, it } from 'vitest';
import { IMPORT_LIMITS } from '../../../../shared/imports/limits.ts';
import { readExportFile, readExportRecords } from '../../../../shared/imports/read.ts';
import {
  bytesOf,
  fixtureBytes,
  fixtureText,
  mustRead,
  REFERENCE,
  readFixture,
} from '../../../support/files/export-fixtures.ts';

const utf16le = (text: string, mark: boolean): Uint8Array => {
  const units = [...(mark ? '\uFEFF' : ''), ...text].flatMap((c) =>
    Array.from({ length: c.length }, (_, i) => c.charCodeAt(i)),
  );
  return new Uint8Array(units.flatMap((u) => [u & 0xff, u >> 8]));
};

describe('files refused before any row is read', () => {
  it('refuses a file over the size limit without decoding it', () => {
    const big = new Uint8Array(IMPORT_LIMITS.bytes + 1);
    expect(readExportFile(big, REFERENCE)).toEqual({
      outcome: 'refused',
      problems: [{ code: 'tooLarge', max: IMPORT_LIMITS.bytes }],
    });
  });

  it('refuses more data rows than the limit, blank rows not counted', () => {
    const row = ['1', 'x'];
    const records = [
      ['Content', 'Views'],
      ...Array.from({ length: IMPORT_LIMITS.rows }, () => row),
      ['', ''],
    ];
    expect(readExportRecords(records, REFERENCE).outcome).toBe('unknown');
    expect(readExportRecords([...records, row], REFERENCE)).toEqual({
      outcome: 'refused',
      problems: [{ code: 'tooManyRows', max: IMPORT_LIMITS.rows }],
    });
  });

  it('refuses Windows-1252 text rather than garble its accents', () => {
    // "Vues;Couverture\nRéactions" as an old Excel saves it: é = 0xE9.
    const cp1252 = new Uint8Array([...bytesOf('Vues;Couverture\nR'), 0xe9, ...bytesOf('actions;1\n')]);
    expect(readExportFile(cp1252, REFERENCE)).toEqual({
      outcome: 'refused',
      problems: [{ code: 'badEncoding' }],
    });
  });

  it('says on which line a quote never closes', () => {
    const text = 'Content,Video title,Video publish time,Views\nabc,"Croissants, encore\n';
    expect(readExportFile(bytesOf(text), REFERENCE)).toEqual({
      outcome: 'refused',
      problems: [{ code: 'unterminatedQuote', line: 2 }],
    });
  });

  it('refuses an empty file, and a known header with nothing under it but totals', () => {
    expect(readExportFile(new Uint8Array(), REFERENCE).problems).toEqual([{ code: 'noRows' }]);
    expect(readExportFile(bytesOf('\uFEFF\n\n'), REFERENCE).problems).toEqual([{ code: 'noRows' }]);
    const totals = 'Content,Video title,Video publish time,Views\nTotal,,,120\n';
    expect(readExportFile(bytesOf(totals), REFERENCE).problems).toEqual([{ code: 'noRows' }]);
  });
});

describe('encodings and delimiters', () => {
  const daily = fixtureBytes('meta-instagram-follows-daily.csv');

  it('the daily series fixture is really UTF-16LE with its mark and CRLF', () => {
    expect([...daily.slice(0, 4)]).toEqual([0xff, 0xfe, 0x73, 0x00]);
    expect(new TextDecoder('utf-16le').decode(daily)).toContain('"Date","Primary"\r\n');
  });

  it('reads the same series without its mark, in UTF-8, or tab-separated', () => {
    const expected = mustRead(readFixture('meta-instagram-follows-daily.csv')).rows;
    const text = new TextDecoder('utf-16le').decode(daily);
    const variants = [
      utf16le(text, false),
      bytesOf(text),
      bytesOf(text.replace('sep=,', 'sep=\t').replaceAll('","', '"\t"')),
      bytesOf(text.replace('sep=,', 'sep=\\t').replaceAll('","', '"\t"')),
      bytesOf(text.replace('sep=,\r\n', '').replaceAll('","', '";"')),
    ];
    for (const bytes of variants) expect(mustRead(readExportFile(bytes, REFERENCE)).rows).toEqual(expected);
  });

  it('reads UTF-16 big-endian with its mark', () => {
    const le = utf16le(fixtureText('youtube-table-data.csv'), true);
    const be = le.map((_, i) => le[i ^ 1] ?? 0);
    expect(readExportFile(be, REFERENCE)).toEqual(readFixture('youtube-table-data.csv'));
  });
});
