import { IMPORT_LIMITS } from '../../../shared/imports/limits.ts';
import type { FileProblem } from '../../../shared/imports/problems.ts';
import { readExportFile, readExportRecords } from '../../../shared/imports/read.ts';
import type { ImportRead, ReadOptions } from '../../../shared/imports/result.ts';
import { readWorkbook } from './workbook-records.ts';
import { isZip, listZip, readZipEntry } from './zip-archive.ts';

/** What a dropped file gave: the export read, and which sheet or zip entry it came from. */
export interface ExportFound {
  read: ImportRead;
  /** The sheet or the zip entry read; absent for a plain CSV. */
  part?: string;
}

/** An old `.xls` is an OLE compound file. */
const isCompoundFile = (b: Uint8Array) => b[0] === 0xd0 && b[1] === 0xcf && b[2] === 0x11 && b[3] === 0xe0;

const refused = (problem: FileProblem): ExportFound => ({
  read: { outcome: 'refused', problems: [problem] },
});

/** A workbook's parts that an export never has: refused before SheetJS sees them. */
const MACROS = /(^|\/)vbaProject\.bin$/i;
const EXTERNAL_LINKS = /^xl\/externalLinks\//i;

/**
 * The best of several candidates (a workbook's sheets, a zip's files): a post export first (it is
 * what the Numbers grid takes), then any recognised export, then one waiting for a mapping.
 */
function best(found: ExportFound[]): ExportFound {
  const rank = ({ read }: ExportFound) =>
    read.outcome === 'read' ? (read.kind === 'posts' ? 0 : 1) : read.outcome === 'unknown' ? 2 : 3;
  const sorted = [...found].sort((a, b) => rank(a) - rank(b));
  const first = sorted[0];
  return first && rank(first) < 3 ? first : refused({ code: 'noExportInside' });
}

async function fromZip(bytes: Uint8Array, options: ReadOptions): Promise<ExportFound> {
  const listing = listZip(bytes);
  if (!listing.ok) return refused(listing.problem);
  const names = listing.entries.map((e) => e.name);
  if (names.some((n) => MACROS.test(n))) return refused({ code: 'macros' });
  if (names.some((n) => EXTERNAL_LINKS.test(n))) return refused({ code: 'externalLinks' });
  // Every entry expanded within its declared size first: SheetJS inflates without a bound.
  const expanded = new Map<string, Uint8Array>();
  for (const entry of listing.entries) {
    if (entry.name.endsWith('/')) continue;
    const content = readZipEntry(bytes, entry);
    if (!content) return refused({ code: 'unreadableArchive' });
    expanded.set(entry.name, content);
  }
  if (names.includes('[Content_Types].xml')) return fromWorkbook(bytes, options);
  const found: ExportFound[] = [];
  for (const [name, content] of expanded)
    if (/\.(csv|txt)$/i.test(name) && !name.startsWith('__MACOSX/'))
      found.push({ read: readExportFile(content, options), part: name });
  return best(found);
}

async function fromWorkbook(bytes: Uint8Array, options: ReadOptions): Promise<ExportFound> {
  const book = await readWorkbook(bytes);
  if (!book.ok) return refused(book.problem);
  return best(book.sheets.map((s) => ({ read: readExportRecords(s.records, options), part: s.name })));
}

/**
 * A dropped file, recognised by its bytes, never by its name: a zip (TikTok's several CSVs, or an
 * `.xlsx` workbook), an `.xls` workbook, or a text file.
 */
export async function readExport(bytes: Uint8Array, options: ReadOptions): Promise<ExportFound> {
  if (bytes.length > IMPORT_LIMITS.bytes) return refused({ code: 'tooLarge', max: IMPORT_LIMITS.bytes });
  if (isZip(bytes)) return fromZip(bytes, options);
  if (isCompoundFile(bytes)) return fromWorkbook(bytes, options);
  return { read: readExportFile(bytes, options) };
}
