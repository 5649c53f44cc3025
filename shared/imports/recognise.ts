/**
 * Which known export a header is, and what each of its columns means. A header is recognised when
 * it holds every column of one of the format's sets, in any order, with any other columns beside.
 */
import { EXPORT_FORMATS, type ExportFormat } from './catalogue.ts';
import { foldWord } from './fold.ts';
import type { ColumnMeaning } from './meanings.ts';
import type { ImportColumn } from './result.ts';

export function recogniseHeader(header: readonly string[]): ExportFormat | undefined {
  const words = new Set(header.map(foldWord));
  return EXPORT_FORMATS.find((f) => f.recognisedBy.some((set) => set.every((w) => words.has(foldWord(w)))));
}

/** Header cells in file order, and the order the row reader prefers them in. */
export interface ColumnBinding {
  columns: ImportColumn[];
  preference: number[];
}

/**
 * Each header cell with its meaning in this format. Where several columns say one thing (Meta's
 * `Views` and the older `Impressions`, `Description` and `Title`), the catalogue's order is their
 * preference: the row reader takes the first that has a value.
 */
export function formatColumns(format: ExportFormat, header: readonly string[]): ColumnBinding {
  const known = new Map<string, { meaning: ColumnMeaning; rank: number }>();
  for (const [meaning, words] of Object.entries(format.columns) as [ColumnMeaning, readonly string[]][])
    words.forEach((w, rank) => {
      known.set(foldWord(w), { meaning, rank });
    });
  const columns = header.map((h, index) => ({
    index,
    header: h,
    meaning: known.get(foldWord(h))?.meaning ?? null,
  }));
  const rank = (c: ImportColumn): number => known.get(foldWord(c.header))?.rank ?? 0;
  const preference = [...columns].sort((a, b) => rank(a) - rank(b) || a.index - b.index).map((c) => c.index);
  return { columns, preference };
}
