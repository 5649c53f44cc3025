import { describe, expect, it } from 'vitest';
import { parseNumber } from '../../../../shared/metrics/number-parse.ts';
import { PASTE_CELLS_MAX, parseClipboardGrid } from '../../../../shared/metrics/paste.ts';

const rows = (text: string) => {
  const grid = parseClipboardGrid(text);
  if (!grid.ok) throw new Error(grid.code);
  return grid.rows;
};

describe('parseClipboardGrid', () => {
  it('reads a single value as a one-cell block', () => {
    expect(rows('1 234')).toEqual([['1 234']]);
    expect(rows('12,5 %')).toEqual([['12,5 %']]);
  });

  it('reads what Excel copies: CRLF after every row, the last one included', () => {
    expect(rows('1 234\t56\r\n789\t0\r\n')).toEqual([
      ['1 234', '56'],
      ['789', '0'],
    ]);
  });

  it('reads what Google Sheets copies: LF between rows, none at the end', () => {
    expect(rows('1\t2\n3\t4')).toEqual([
      ['1', '2'],
      ['3', '4'],
    ]);
  });

  it('reads lone CR line breaks', () => {
    expect(rows('1\t2\r3\t4\r')).toEqual([
      ['1', '2'],
      ['3', '4'],
    ]);
  });

  it('ignores one trailing line break only: a second one is an empty row', () => {
    expect(rows('a\n')).toEqual([['a']]);
    expect(rows('a\n\n')).toEqual([['a'], ['']]);
    expect(rows('a\r\n\r\n')).toEqual([['a'], ['']]);
  });

  it('keeps empty cells where they are', () => {
    expect(rows('a\t\tb')).toEqual([['a', '', 'b']]);
    expect(rows('\t5\t')).toEqual([['', '5', '']]);
    expect(rows('\r\n')).toEqual([['']]);
    expect(rows('a\n\nb')).toEqual([['a'], [''], ['b']]);
  });

  it('gives no rows for an empty clipboard', () => {
    expect(rows('')).toEqual([]);
  });

  it('keeps rows of different lengths as they are', () => {
    expect(rows('a\tb\r\nc\r\n\td\te\r\n')).toEqual([['a', 'b'], ['c'], ['', 'd', 'e']]);
  });

  it('keeps spaces inside cells, for the number parser to judge', () => {
    expect(rows(' 1 234 \t\u00A012\r\n')).toEqual([[' 1 234 ', '\u00A012']]);
  });

  it('reads quoted cells holding line breaks, tabs and doubled quotes as one cell', () => {
    expect(rows('"line1\nline2"\t5\r\n6\t7\r\n')).toEqual([
      ['line1\nline2', '5'],
      ['6', '7'],
    ]);
    expect(rows('"a\r\nb"\r\n2\r\n')).toEqual([['a\r\nb'], ['2']]);
    expect(rows('"x\ty"\t1')).toEqual([['x\ty', '1']]);
    expect(rows('"a""b"')).toEqual([['a"b']]);
    expect(rows('"say ""hi"""\t""\r\n')).toEqual([['say "hi"', '']]);
  });

  it('keeps quotes as typed when they do not wrap the whole cell', () => {
    expect(rows('12" screen\t3')).toEqual([['12" screen', '3']]);
    expect(rows('"a" b\tc')).toEqual([['"a" b', 'c']]);
    expect(rows('"abc\tdef\r\n')).toEqual([['"abc', 'def']]);
    expect(rows('"abc')).toEqual([['"abc']]);
  });

  it(`accepts ${PASTE_CELLS_MAX} cells and refuses one more`, () => {
    const line = Array.from({ length: 100 }, (_, i) => String(i)).join('\t');
    const full = `${Array.from({ length: PASTE_CELLS_MAX / 100 }, () => line).join('\r\n')}\r\n`;
    const grid = rows(full);
    expect(grid).toHaveLength(PASTE_CELLS_MAX / 100);
    expect(grid.every((row) => row.length === 100)).toBe(true);
    expect(parseClipboardGrid(`${full}1`)).toEqual({ ok: false, code: 'tooManyCells' });
    expect(parseClipboardGrid(`${full.slice(0, -2)}\t1`)).toEqual({ ok: false, code: 'tooManyCells' });
  });

  it('refuses a whole sheet copied by mistake', () => {
    const sheet = `${'1\t'.repeat(999)}1\n`.repeat(2000);
    expect(parseClipboardGrid(sheet)).toEqual({ ok: false, code: 'tooManyCells' });
  });

  it('hands the number parser each cell of a French block as Excel copies it', () => {
    const grid = rows('1\u202F234\t12,5\r\n"1 234,00"\t12,5 %\r\n\t-3\r\n');
    const read = grid.map((row) => row.map((cell) => parseNumber(cell, { kind: 'count', locale: 'fr' })));
    expect(read).toEqual([
      [
        { ok: true, value: 1234 },
        { ok: false, code: 'notInteger' },
      ],
      [
        { ok: true, value: 1234 },
        { ok: false, code: 'percent' },
      ],
      [
        { ok: true, value: null },
        { ok: false, code: 'negative' },
      ],
    ]);
  });

  it('hands the number parser each cell of an English money block', () => {
    const grid = rows('$1,234.50\t12.5\n1,234\t€0.99\n');
    const read = grid.map((row) => row.map((cell) => parseNumber(cell, { kind: 'money', locale: 'en' })));
    expect(read).toEqual([
      [
        { ok: true, value: 123_450 },
        { ok: true, value: 1250 },
      ],
      [
        { ok: true, value: 123_400 },
        { ok: true, value: 99 },
      ],
    ]);
  });
});
