import { describe, expect, it } from 'vitest';
import { readDateCell } from '../../../../shared/imports/dates.ts';
import { firstFromIdTime, idTime, latestNotAfter } from '../../../../shared/imports/id-clocks.ts';
import { readExportFile } from '../../../../shared/imports/read.ts';
import { bytesOf, mustRead, REFERENCE } from '../../../support/files/export-fixtures.ts';

describe('dates as each export writes them', () => {
  it('Meta: month first with the page’s time, no zone', () => {
    expect(readDateCell('10/06/2026 14:05', 'monthFirstTime')).toEqual({
      kind: 'local',
      date: '2026-10-06',
      time: '14:05',
    });
    expect(readDateCell('13/06/2026 14:05', 'monthFirstTime')).toBeNull();
    expect(readDateCell('10/06/2026', 'monthFirstTime')).toBeNull();
  });

  it('LinkedIn: month first, a day only', () => {
    expect(readDateCell('02/29/2028', 'monthFirst')).toEqual({
      kind: 'local',
      date: '2028-02-29',
      time: null,
    });
    expect(readDateCell('02/29/2026', 'monthFirst')).toBeNull();
  });

  it('X legacy: an instant with its offset', () => {
    expect(readDateCell('2026-10-06 06:12 +0000', 'isoOffset')).toEqual({
      kind: 'instant',
      at: '2026-10-06T06:12:00.000Z',
    });
    expect(readDateCell('2026-10-06 06:12 +0530', 'isoOffset')).toEqual({
      kind: 'instant',
      at: '2026-10-06T00:42:00.000Z',
    });
  });

  it('Meta daily series: the day of a midnight', () => {
    expect(readDateCell('2026-10-01T00:00:00', 'isoLocal')).toEqual({
      kind: 'local',
      date: '2026-10-01',
      time: null,
    });
  });

  it.each([
    ['Mon, Oct 5, 2026', '2026-10-05'],
    ['Oct 2, 2026', '2026-10-02'],
    ['2 oct. 2026', '2026-10-02'],
    ['mar. 5 oct. 2026', '2026-10-05'],
    ['5. Oktober 2026', '2026-10-05'],
    ['5 de octubre de 2026', '2026-10-05'],
  ])('words with a year: %j', (text, date) => {
    expect(readDateCell(text, 'words')).toEqual({ kind: 'local', date, time: null });
  });

  it.each([
    ['12 octobre', 10, 12],
    ['September 25', 9, 25],
    ['Sept. 25', 9, 25],
    ['25 de septiembre', 9, 25],
    ['12. Oktober', 10, 12],
    ['3 MÄRZ', 3, 3],
    ['12 ottobre', 10, 12],
    ['12 de outubro', 10, 12],
    ['12 okt', 10, 12],
    ['1er mai', 5, 1],
    ['29 février', 2, 29],
  ])('a day and a month name without a year, in several languages: %j', (text, month, day) => {
    expect(readDateCell(text, 'words')).toEqual({ kind: 'noYear', month, day });
  });

  it.each(['31 février', '12', 'octobre', '12 13 octobre', 'le 12 octobre', 'Oct 2, 26', 'yesterday'])(
    'refuses %j rather than guess',
    (text) => {
      expect(readDateCell(text, 'words')).toBeNull();
    },
  );
});

describe('a year for a day without one', () => {
  it('is the latest such day not after the reference day', () => {
    expect(latestNotAfter(10, 12, '2026-11-05')).toBe('2026-10-12');
    expect(latestNotAfter(12, 28, '2027-01-03')).toBe('2026-12-28');
    expect(latestNotAfter(11, 5, '2026-11-05')).toBe('2026-11-05');
    expect(latestNotAfter(2, 29, '2027-03-01')).toBe('2024-02-29');
  });

  it('comes from a TikTok id’s time: the first such day from the day before it was made', () => {
    const made = Date.UTC(2025, 11, 31, 22, 0);
    const id = String((BigInt(made / 1000) << 32n) | 12345n);
    expect(idTime(id, 'tiktok')).toBe(made);
    // Scheduled for 2 January: the year after the id's.
    expect(firstFromIdTime(1, 2, made)).toBe('2026-01-02');
    expect(firstFromIdTime(12, 31, made)).toBe('2025-12-31');
  });

  it('TikTok rows made in December and posted in January get their years from their ids', () => {
    const id = (ms: number) => String((BigInt(ms / 1000) << 32n) | 7n);
    const text = [
      '"Time","Video title","Video link","Post time","Total likes","Total comments","Total shares","Total views"',
      `"","a","https://www.tiktok.com/@b/video/${id(Date.UTC(2025, 11, 30, 12))}","30 December","1","1","1","1"`,
      `"","b","https://www.tiktok.com/@b/video/${id(Date.UTC(2026, 0, 2, 12))}","2 janvier","1","1","1","1"`,
      `"","c","https://www.tiktok.com/@b/video/not-an-id","5 novembre","1","1","1","1"`,
    ].join('\n');
    const rows = mustRead(readExportFile(bytesOf(text), REFERENCE)).rows;
    expect(rows.map((r) => r.published)).toEqual([
      { kind: 'local', date: '2025-12-30', time: null },
      { kind: 'local', date: '2026-01-02', time: null },
      // No id to go by: the reference day's year (5 November 2026 is not after it).
      { kind: 'local', date: '2026-11-05', time: null },
    ]);
  });
});

describe('X snowflake ids', () => {
  it('give the instant: (id >> 22) + 1288834974657 ms', () => {
    expect(idTime('1577426913000570880', 'snowflake')).toBe(
      Number((1577426913000570880n >> 22n) + 1288834974657n),
    );
    expect(new Date(idTime('2106025408066494875', 'snowflake') ?? 0).toISOString()).toBe(
      '2026-10-02T14:16:00.000Z',
    );
  });

  it('carry no time when they are older counters or not numbers', () => {
    expect(idTime('20', 'snowflake')).toBeNull();
    expect(idTime('-5', 'snowflake')).toBeNull();
    expect(idTime('abc', 'tiktok')).toBeNull();
    expect(idTime('99999999999999999999', 'snowflake')).toBeNull();
    expect(idTime('12345', 'tiktok')).toBeNull();
  });

  it('are not trusted over the file’s day when the two disagree', () => {
    const text = [
      'Post id,Date,Post text,Post Link,Impressions',
      '2106025408066494875,"Mon, Oct 19, 2026",x,,1',
    ].join('\n');
    expect(mustRead(readExportFile(bytesOf(text), REFERENCE)).rows[0]?.published).toEqual({
      kind: 'local',
      date: '2026-10-19',
      time: null,
    });
  });
});
