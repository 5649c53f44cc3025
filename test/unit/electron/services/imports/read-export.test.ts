import * as XLSX from '@e965/xlsx';
import { describe, expect, it } from 'vitest';
import { readExport } from '../../../../../electron/services/imports/read-export.ts';
import { IMPORT_LIMITS } from '../../../../../shared/imports/limits.ts';
import type { ReadExport } from '../../../../../shared/imports/result.ts';
import { fixtureBytes, fixtureText, REFERENCE, total } from '../../../../support/files/export-fixtures.ts';
import { writeZip } from '../../../../support/files/zip-writer.ts';

const LINKEDIN: string[][] = JSON.parse(fixtureText('linkedin-all-posts.rows.json'));

/** LinkedIn's workbook: a metrics sheet first, the posts (a note on row 1, the header on row 2), new followers. */
function linkedInBook(bookType: 'xlsx' | 'biff8'): Uint8Array {
  const book = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(
    book,
    XLSX.utils.aoa_to_sheet([
      ['Date', 'Impressions (total)'],
      ['10/01/2026', 1200],
    ]),
    'Metrics',
  );
  XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet(LINKEDIN), 'All posts');
  return XLSX.write(book, { type: 'buffer', bookType });
}

const readOf = async (bytes: Uint8Array) => (await readExport(bytes, REFERENCE)).read;
const problemOf = async (bytes: Uint8Array) => (await readOf(bytes)).problems[0]?.code;

function mustRead(found: Awaited<ReturnType<typeof readExport>>): ReadExport {
  if (found.read.outcome !== 'read') throw new Error(`not read: ${JSON.stringify(found.read.problems)}`);
  return found.read;
}

describe('a dropped file, recognised by its bytes', () => {
  it.each(['xlsx', 'biff8'] as const)(
    'reads LinkedIn’s posts from a %s workbook, the same as from its rows',
    async (type) => {
      const found = await readExport(linkedInBook(type), REFERENCE);
      expect(found.part).toBe('All posts');
      const read = mustRead(found);
      expect(read).toMatchObject({ format: 'linkedinAllPosts', network: 'linkedin', headerLine: 2 });
      expect(read.rows).toHaveLength(LINKEDIN.length - 2);
      expect(total(read.rows, 'impressions')).toBe(19563);
      expect(read.rows[0]?.externalId).toBe('7380000000000000000');
    },
  );

  it('reads a date typed as a date in the workbook (not text) on its own day, whatever the time zone', async () => {
    const rows = LINKEDIN.map((r) => [...r]);
    const dateColumn = rows[1]?.indexOf('Created date') ?? -1;
    const book = XLSX.utils.book_new();
    const sheet = XLSX.utils.aoa_to_sheet(rows);
    // 46297 is 2 October 2026 in Excel's serial days.
    sheet[XLSX.utils.encode_cell({ r: 2, c: dateColumn })] = { t: 'n', v: 46297, z: 'm/d/yy' };
    XLSX.utils.book_append_sheet(book, sheet, 'All posts');
    const read = mustRead(
      await readExport(XLSX.write(book, { type: 'buffer', bookType: 'xlsx' }), REFERENCE),
    );
    expect(read.rows[0]?.published).toEqual({ kind: 'local', date: '2026-10-02', time: null });
  });

  it('takes TikTok’s Content.csv out of its zip of several files', async () => {
    const zip = writeZip([
      { name: 'Overview.csv', data: Buffer.from('"Date","Video views"\n"1 octobre","12"\n') },
      { name: 'Content.csv', data: fixtureBytes('tiktok-content-en.csv') },
      { name: '__MACOSX/._Content.csv', data: Buffer.from('junk') },
    ]);
    const found = await readExport(zip, REFERENCE);
    expect(found.part).toBe('Content.csv');
    expect(mustRead(found)).toMatchObject({ network: 'tiktok', kind: 'posts' });
  });

  it('reads a plain CSV as it is', async () => {
    const read = mustRead(await readExport(fixtureBytes('x-tweet-activity.csv'), REFERENCE));
    expect(read.network).toBe('x');
  });
});

describe('a file that must not be opened is refused before it is expanded', () => {
  it('refuses a zip of more than 100 files', async () => {
    const files = Array.from({ length: IMPORT_LIMITS.zipEntries + 1 }, (_, i) => ({
      name: `part-${i}.csv`,
      data: Buffer.from('a,b\n1,2\n'),
    }));
    expect(await readOf(writeZip(files))).toMatchObject({
      outcome: 'refused',
      problems: [{ code: 'zipTooManyEntries', max: 100 }],
    });
  });

  it('refuses a zip whose files would expand past 200 MB', async () => {
    const big = { data: Buffer.from('x'), declaredSize: 120 * 1024 * 1024 };
    expect(
      await problemOf(
        writeZip([
          { name: 'a.csv', ...big },
          { name: 'b.csv', ...big },
        ]),
      ),
    ).toBe('zipTooLarge');
  });

  it('refuses a zip that expands past the size it declares (a zip bomb in disguise)', async () => {
    const bomb = writeZip([{ name: 'Content.csv', data: Buffer.alloc(5_000_000, 0x41), declaredSize: 1000 }]);
    expect(bomb.length).toBeLessThan(10_000);
    expect(await problemOf(bomb)).toBe('unreadableArchive');
  });

  it('refuses an encrypted zip', async () => {
    expect(
      await problemOf(writeZip([{ name: 'Content.csv', data: Buffer.from('a'), encrypted: true }])),
    ).toBe('encrypted');
  });

  it('refuses a workbook with macros, or with cells computed from another file', async () => {
    const part = (name: string) => ({ name, data: Buffer.from('<x/>') });
    const workbook = [part('[Content_Types].xml'), part('xl/workbook.xml')];
    expect(await problemOf(writeZip([...workbook, part('xl/vbaProject.bin')]))).toBe('macros');
    expect(await problemOf(writeZip([...workbook, part('xl/externalLinks/externalLink1.xml')]))).toBe(
      'externalLinks',
    );
    // A formula that reads another file, without the link part Excel would add.
    const book = XLSX.utils.book_new();
    const sheet = XLSX.utils.aoa_to_sheet(LINKEDIN);
    sheet.A3 = { t: 'n', v: 3, f: "'[prices.xlsx]Sheet1'!A1" };
    XLSX.utils.book_append_sheet(book, sheet, 'All posts');
    expect(await problemOf(XLSX.write(book, { type: 'buffer', bookType: 'xlsx' }))).toBe('externalLinks');
    // A table's own column reference is not another file.
    sheet.A3 = { t: 'n', v: 3, f: 'SUM(Posts[Likes])' };
    expect((await readOf(XLSX.write(book, { type: 'buffer', bookType: 'xlsx' }))).outcome).toBe('read');
  });

  it('refuses a file over 50 MB unread, and says when nothing inside is an export', async () => {
    expect(await problemOf(new Uint8Array(IMPORT_LIMITS.bytes + 1))).toBe('tooLarge');
    expect(await problemOf(writeZip([{ name: 'photo.jpg', data: Buffer.from([0xff, 0xd8]) }]))).toBe(
      'noExportInside',
    );
    expect(await problemOf(Buffer.from('PK\u0003\u0004 not really a zip'))).toBe('unreadableArchive');
  });
});
