import * as XLSX from '@e965/xlsx';
import { listZip, readZipEntry } from '../../../electron/services/imports/zip-archive.ts';
import { writeZip, type ZipFile } from './zip-writer.ts';

/**
 * An `.xlsx` workbook of one sheet whose cells are the given text, as a network's export writes it
 * (LinkedIn's "All posts"): every cell a string, a short first row above the header.
 */
export function writeWorkbook(rows: readonly (readonly string[])[], sheetName = 'All posts'): Buffer {
  const book = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet(rows.map((r) => [...r])), sheetName);
  return XLSX.write(book, { type: 'buffer', bookType: 'xlsx' }) as Buffer;
}

/** A zip (a workbook) rebuilt with one more part: a `xl/vbaProject.bin` makes it a workbook with macros. */
export function withZipPart(zip: Uint8Array, part: ZipFile): Buffer {
  const listing = listZip(zip);
  if (!listing.ok) throw new Error(`not a zip: ${listing.problem.code}`);
  const files: ZipFile[] = listing.entries.map((entry) => {
    const data = readZipEntry(zip, entry);
    if (!data) throw new Error(`unreadable entry ${entry.name}`);
    return { name: entry.name, data };
  });
  return writeZip([...files, part]);
}
