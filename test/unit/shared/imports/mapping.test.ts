import { describe, expect, it } from 'vitest';
import { writeCsv } from '../../../../shared/export/csv.ts';
import { applyMapping, headerSignature } from '../../../../shared/imports/mapping.ts';
import { readExportFile } from '../../../../shared/imports/read.ts';
import type { UnknownExport } from '../../../../shared/imports/result.ts';
import { bytesOf, mustRead, REFERENCE, rowAt } from '../../../support/files/export-fixtures.ts';

/** A Pinterest-like export Calepin does not know, with a title line above its header. */
const FILE = writeCsv([
  ['Rapport des épingles'],
  ['Épingle', 'Publiée le', 'Lien', 'Impressions', 'Enregistrements', 'Clics sortants', 'Taux'],
  [
    'Tarte aux pommes, "maison"',
    '2026-10-03T09:15:00',
    'https://pin.example/1',
    '1 204',
    '37',
    '12',
    '3,1 %',
  ],
  ['Pain de seigle', '2026-10-05T10:00:00+02:00', 'https://pin.example/2', '-', '4', '-3', ''],
]);

function unknown(): UnknownExport {
  const read = readExportFile(bytesOf(FILE), REFERENCE);
  if (read.outcome !== 'unknown') throw new Error(`expected unknown, got ${read.outcome}`);
  return read;
}

describe('an export no rule recognises', () => {
  it('is not an error: it comes back with its header and rows for a column mapping', () => {
    const read = unknown();
    expect(read.problems).toEqual([{ code: 'unknownFormat' }]);
    expect(read.table.titles).toEqual(['Rapport des épingles']);
    expect(read.table.headerLine).toBe(2);
    expect(read.table.header[1]).toBe('Publiée le');
    expect(read.table.body.map((r) => r.line)).toEqual([3, 4]);
  });

  it('is read through the user’s mapping by the same row reader as the known formats', () => {
    const mapped = mustRead(
      applyMapping(
        unknown().table,
        {
          columns: {
            0: 'caption',
            1: 'published',
            2: 'permalink',
            3: 'impressions',
            4: 'saves',
            5: 'linkClicks',
          },
          network: 'pinterest',
        },
        REFERENCE,
      ),
    );
    expect(mapped).toMatchObject({ format: null, network: 'pinterest', kind: 'posts' });
    expect(mapped.columns[6]).toEqual({ index: 6, header: 'Taux', meaning: null });
    expect(rowAt(mapped, 3)).toEqual({
      line: 3,
      externalId: null,
      permalink: 'https://pin.example/1',
      caption: 'Tarte aux pommes, "maison"',
      published: { kind: 'local', date: '2026-10-03', time: '09:15' },
      date: null,
      metrics: { impressions: 1204, saves: 37, linkClicks: 12 },
      problems: [],
    });
    expect(rowAt(mapped, 4)).toMatchObject({
      published: { kind: 'instant', at: '2026-10-05T08:00:00.000Z' },
      metrics: { saves: 4 },
      problems: [{ code: 'negative', column: 5 }],
    });
  });

  it('finds an unknown header under notes and blank lines, where a table of its width starts', () => {
    const text =
      'Export du 5 novembre\n\nCompte : @boulangerie\nJour;Vues;Clics\n2026-10-01;12;3\n2026-10-02;15;4\n';
    const read = readExportFile(bytesOf(text), REFERENCE);
    expect(read).toMatchObject({
      outcome: 'unknown',
      table: {
        titles: ['Export du 5 novembre', 'Compte : @boulangerie'],
        headerLine: 4,
        header: ['Jour', 'Vues', 'Clics'],
      },
    });
  });

  it('refuses a mapping that names a column the file does not have', () => {
    expect(applyMapping(unknown().table, { columns: { 9: 'reach' } }, REFERENCE)).toEqual({
      outcome: 'refused',
      problems: [{ code: 'mappingColumnMissing', column: 9 }],
    });
  });

  it('finds a saved mapping again by a header differing only in case, accents and spaces', () => {
    const header = unknown().table.header;
    expect(headerSignature(header.map((h) => ` ${h.toUpperCase()} `))).toBe(headerSignature(header));
    expect(headerSignature(['Epingle', 'Publiee le'])).not.toBe(headerSignature(header));
  });

  it('reads slashed dates only in the style the mapping says', () => {
    const table = {
      titles: [],
      headerLine: 1,
      header: ['When', 'Views'],
      body: [{ line: 2, cells: ['03/04/2026', '5'] }],
    };
    const guess = mustRead(applyMapping(table, { columns: { 0: 'published', 1: 'impressions' } }, REFERENCE));
    expect(guess.rows[0]?.problems).toEqual([{ code: 'badDate', column: 0 }]);
    const said = mustRead(
      applyMapping(table, { columns: { 0: 'published', 1: 'impressions' }, dates: 'monthFirst' }, REFERENCE),
    );
    expect(said.rows[0]?.published).toEqual({ kind: 'local', date: '2026-03-04', time: null });
  });
});
