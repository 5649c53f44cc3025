import { describe, expect, it } from 'vitest';
import {
  detectDelimiter,
  neutraliseFormula,
  parseCsv,
  type ReadDelimiter,
  restoreFormula,
  writeCsv,
} from '../../../../shared/export/csv.ts';
import { decodeText } from '../../../../shared/export/text-decoding.ts';

const records = (text: string, delimiter?: ReadDelimiter) => {
  const parsed = parseCsv(text, delimiter);
  if (!parsed.ok) throw new Error(`unterminated quote at ${parsed.unterminatedQuoteAt}`);
  return parsed.records;
};

const TRICKY = [
  ['plain', 'with, comma', 'with; semicolon', 'say "cheese"'],
  ['two\nlines', 'crlf\r\ninside', '', '  spaces kept  '],
  ['"', '""', 'émoji 🥐 et accents', '=SUM(A1:A2)'],
];

describe('CSV writer', () => {
  it('quotes only the cells that need it, doubles quotes and ends every record with CRLF', () => {
    expect(writeCsv([['a', 'b c', 'd,e', 'f"g', 'h\ni']])).toBe('a,b c,"d,e","f""g","h\ni"\r\n');
    expect(writeCsv([['x'], ['y']])).toBe('x\r\ny\r\n');
  });

  it('with a semicolon, quotes semicolons and leaves commas alone', () => {
    expect(writeCsv([['1,50', 'a;b']], ';')).toBe('1,50;"a;b"\r\n');
  });

  it.each([',', ';'] as const)('reads back exactly what it wrote with %j', (delimiter) => {
    expect(records(writeCsv(TRICKY, delimiter), delimiter)).toEqual(TRICKY);
  });
});

describe('CSV parser', () => {
  it('reads LF, CRLF and lone CR line breaks alike', () => {
    const expected = [
      ['a', 'b'],
      ['1', '2'],
      ['3', '4'],
    ];
    expect(records('a,b\n1,2\n3,4\n')).toEqual(expected);
    expect(records('a,b\r\n1,2\r\n3,4')).toEqual(expected);
    expect(records('a,b\r1,2\r3,4\r')).toEqual(expected);
  });

  it('keeps empty cells, including a last empty one, and makes no record of a final line break', () => {
    expect(records('a,,c,\n,,,\n')).toEqual([
      ['a', '', 'c', ''],
      ['', '', '', ''],
    ]);
    expect(records('')).toEqual([]);
  });

  it('keeps delimiters, line breaks and doubled quotes inside quoted cells', () => {
    expect(records('"a,b";"c;d";"e\r\nf";"g""h"\n', ';')).toEqual([['a,b', 'c;d', 'e\r\nf', 'g"h']]);
  });

  it('keeps stray quotes the way spreadsheets do', () => {
    expect(records('5" pizza,"quoted"after\n')).toEqual([['5" pizza', 'quotedafter']]);
  });

  it('reports the record where a quote never closes', () => {
    expect(parseCsv('a,b\n1,2\n3,"never\nclosed\n')).toEqual({ ok: false, unterminatedQuoteAt: 3 });
  });

  it('detects the delimiter from the header line only, outside quotes', () => {
    expect(detectDelimiter('date;time;channel\n"a,b,c,d",x,y\n')).toBe(';');
    expect(detectDelimiter('date,time,channel\n1;2;3;4;5\n')).toBe(',');
    expect(detectDelimiter('"a;b;c",d,e\n')).toBe(',');
    expect(detectDelimiter('"x,y,z";d;e\n')).toBe(';');
    expect(detectDelimiter('date\ttime\tchannel\n')).toBe(',');
    expect(parseCsv('date;caption\n2026-11-23;"Bon, très bon"\n')).toEqual({
      ok: true,
      delimiter: ';',
      records: [
        ['date', 'caption'],
        ['2026-11-23', 'Bon, très bon'],
      ],
    });
  });
});

describe('reading exports: tabs and title lines', () => {
  it('detects a tab among the candidates an import allows, never for the calendar file', () => {
    expect(detectDelimiter('Post id\tDate\tPost text\n', [',', ';', '\t'])).toBe('\t');
    expect(detectDelimiter('Post id\tDate\tPost text\n')).toBe(',');
  });

  it('passes over a title line holding no delimiter to find the header', () => {
    expect(detectDelimiter('"Instagram follows"\n"Date";"Primary"\n')).toBe(';');
  });

  it('reads tab-separated records, quotes and line breaks included', () => {
    expect(records('a\t"b\tc"\n"x\ny"\tz\n', '\t')).toEqual([
      ['a', 'b\tc'],
      ['x\ny', 'z'],
    ]);
  });
});

describe('text decoding', () => {
  const text = 'date;caption\n2026-11-23;Pâte feuilletée 🥐\n';

  it('reads UTF-8 with or without the byte-order mark, dropping the mark', () => {
    const bytes = new TextEncoder().encode(text);
    expect(decodeText(bytes)).toEqual({ ok: true, text });
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, ...bytes]))).toEqual({ ok: true, text });
  });

  it('reads UTF-16 little- and big-endian with their byte-order mark', () => {
    const units = [...text].flatMap((c) => {
      const s = c.length === 2 ? [c.charCodeAt(0), c.charCodeAt(1)] : [c.charCodeAt(0)];
      return s;
    });
    const le = new Uint8Array([0xff, 0xfe, ...units.flatMap((u) => [u & 0xff, u >> 8])]);
    const be = new Uint8Array([0xfe, 0xff, ...units.flatMap((u) => [u >> 8, u & 0xff])]);
    expect(decodeText(le)).toEqual({ ok: true, text });
    expect(decodeText(be)).toEqual({ ok: true, text });
  });

  it('refuses Windows-1252 bytes and UTF-16 without a byte-order mark', () => {
    // "Pâte feuilletée" as an older Excel saves it: â = 0xE2, é = 0xE9.
    const cp1252 = new Uint8Array([
      0x50, 0xe2, 0x74, 0x65, 0x20, 0x66, 0x65, 0x75, 0x69, 0x6c, 0x6c, 0x65, 0x74, 0xe9, 0x65,
    ]);
    expect(decodeText(cp1252)).toEqual({ ok: false });
    const bareUtf16 = new Uint8Array([0x64, 0x00, 0x61, 0x00, 0x74, 0x00, 0x65, 0x00]);
    expect(decodeText(bareUtf16)).toEqual({ ok: false });
  });
});

describe('formula cells (OWASP CSV injection)', () => {
  it.each([
    ['=HYPERLINK("http://evil.example","clic")', `'=HYPERLINK("http://evil.example","clic")`],
    ['+33 6 12 34 56 78', "'+33 6 12 34 56 78"],
    ['-20 % ce week-end', "'-20 % ce week-end"],
    ['@boulangerie.martin vous attend', "'@boulangerie.martin vous attend"],
    ['\tindenté', "'\tindenté"],
    ['\rretour', "'\rretour"],
    ["'=déjà protégé", "''=déjà protégé"],
  ])('writes %j with a leading apostrophe, and reads it back byte for byte', (caption, written) => {
    expect(neutraliseFormula(caption)).toBe(written);
    expect(restoreFormula(written)).toBe(caption);
  });

  it.each(["Pain d'épices", "'tout' court", 'Croissants = bonheur', '', "'"])(
    'leaves %j alone both ways',
    (text) => {
      expect(neutraliseFormula(text)).toBe(text);
      expect(restoreFormula(text)).toBe(text);
    },
  );
});
