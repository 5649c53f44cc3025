import { describe, expect, it } from 'vitest';
import { writeCsv } from '../../../../shared/export/csv.ts';
import { readExportFile } from '../../../../shared/imports/read.ts';
import { bytesOf, fixtureText, mustRead, REFERENCE, rowAt } from '../../../support/files/export-fixtures.ts';

const X_HEADER = 'Tweet id,Tweet permalink,Tweet text,time,impressions,retweets,replies,likes,url clicks';
const xFile = (...rows: string[]) => bytesOf([X_HEADER, ...rows].join('\n'));

describe('per-row problems', () => {
  it('says which line and which column could not be read, and still reads the rest of the row', () => {
    const read = mustRead(
      readExportFile(
        xFile(
          '2105732226216906261,,ok,2026-10-01 18:51 +0000,"582.0","2.0",-,"31.0",5',
          '2105732226216906262,,negative,2026-10-01 19:00 +0000,-12,1,1,1,1',
          '2105732226216906263,,fraction,2026-10-01 19:00 +0000,57.5,1,1,1,1',
          '2105732226216906264,,too big,2026-10-01 19:00 +0000,1000000000001,1,1,1,1',
          '2105732226216906265,,words,yesterday,abc,1,1,1,"4,5 %"',
        ),
        REFERENCE,
      ),
    );
    expect(rowAt(read, 2)).toMatchObject({
      metrics: { impressions: 582, shares: 2, reactions: 31, linkClicks: 5 },
    });
    expect(rowAt(read, 2).metrics).not.toHaveProperty('comments');
    expect(rowAt(read, 3).problems).toEqual([{ code: 'negative', column: 4 }]);
    expect(rowAt(read, 3).metrics).toEqual({ shares: 1, comments: 1, reactions: 1, linkClicks: 1 });
    expect(rowAt(read, 4).problems).toEqual([{ code: 'notInteger', column: 4 }]);
    expect(rowAt(read, 5).problems).toEqual([{ code: 'tooBig', column: 4 }]);
    expect(rowAt(read, 6).problems).toEqual([
      { code: 'badDate', column: 3 },
      { code: 'notANumber', column: 4 },
      { code: 'percent', column: 8 },
    ]);
    expect(rowAt(read, 6).published).toBeNull();
  });

  it('numbers lines as a spreadsheet shows them, a multi-line caption being one line', () => {
    const text = fixtureText('meta-facebook-posts-en.csv').replace('10/31/2026 11:34', '31/10/2026 11:34');
    const read = mustRead(readExportFile(bytesOf(text), REFERENCE));
    const bad = read.rows.filter((r) => r.problems.length > 0);
    expect(bad.map((r) => [r.line, r.problems])).toEqual([[24, [{ code: 'badDate', column: 6 }]]]);
  });

  it('reports an empty publish time as missing, never guessed', () => {
    const read = mustRead(readExportFile(xFile('2105732226216906261,,no time,,1,1,1,1,1'), REFERENCE));
    expect(rowAt(read, 2)).toMatchObject({ published: null, problems: [{ code: 'missingDate', column: 3 }] });
  });
});

describe('columns moved, added or shuffled', () => {
  const header = [
    'Post id',
    'Date',
    'Post text',
    'Post Link',
    'Impressions',
    'Likes',
    'Reposts',
    'URL Clicks',
  ];
  const row = [
    '2106025408066494875',
    'Fri, Oct 2, 2026',
    'Bonjour, "tout le monde"',
    'https://x.com/b/status/1',
    '4719',
    '21',
    '5',
    '19',
  ];
  const expected = {
    externalId: '2106025408066494875',
    caption: 'Bonjour, "tout le monde"',
    published: { kind: 'instant', at: '2026-10-02T14:16:00.000Z' },
    metrics: { impressions: 4719, reactions: 21, shares: 5, linkClicks: 19 },
    problems: [],
  };

  it.each([
    ['in the usual order', [0, 1, 2, 3, 4, 5, 6, 7]],
    ['shuffled', [7, 2, 5, 0, 4, 1, 6, 3]],
    ['reversed', [7, 6, 5, 4, 3, 2, 1, 0]],
  ])('reads a known export %s, with an extra column ignored', (_, order) => {
    const pick = (cells: string[], extra: string) => [...order.map((i) => cells[i] ?? ''), extra];
    const text = writeCsv([pick(header, 'Video views'), pick(row, '77')]);
    const read = mustRead(readExportFile(bytesOf(text), REFERENCE));
    expect(read.format).toBe('xContent');
    expect(read.columns.at(-1)).toEqual({ index: 8, header: 'Video views', meaning: null });
    expect(rowAt(read, 2)).toMatchObject(expected);
  });
});

describe('daily series', () => {
  const series = (title: string, ...rows: string[]) =>
    mustRead(readExportFile(bytesOf(['sep=,', title, '"Date","Primary"', ...rows].join('\r\n')), REFERENCE));

  it('says what a known title counts, and keeps an unknown one as a plain value', () => {
    const reach = series('"Facebook reach"', '"2026-10-01T00:00:00","120"');
    expect(reach).toMatchObject({ network: 'facebook', series: { measure: 'reach' } });
    expect(reach.rows[0]).toMatchObject({ date: '2026-10-01', metrics: { reach: 120 } });
    const other = series('"Instagram interactions"', '"2026-10-01T00:00:00","7"');
    expect(other).toMatchObject({
      network: 'instagram',
      series: { title: 'Instagram interactions', measure: null },
    });
    expect(other.rows[0]).toMatchObject({ date: '2026-10-01', value: 7, metrics: {} });
  });

  it('reports a day that is missing or cannot be read, since the day is what the row is', () => {
    const read = series('"Instagram follows"', '"","3"', '"01/10/2026","4"', '"2026-10-03T00:00:00","-"');
    expect(read.rows.map((r) => [r.line, r.date, r.follows, r.problems])).toEqual([
      [3, null, 3, [{ code: 'missingDate', column: 0 }]],
      [4, null, 4, [{ code: 'badDate', column: 0 }]],
      [5, '2026-10-03', undefined, []],
    ]);
  });
});
