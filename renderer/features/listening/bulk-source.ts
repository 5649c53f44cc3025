import { MENTIONS_AT_ONCE_MAX } from '../../../shared/domain/mention.ts';
import { parseCsv } from '../../../shared/export/csv.ts';
import { IMPORT_LIMITS } from '../../../shared/imports/limits.ts';
import { headerSignature } from '../../../shared/imports/mapping.ts';
import { readTextSource } from '../../../shared/imports/text-table.ts';
import type { MentionMapping } from '../../../shared/listening/mention-meanings.ts';
import { guessMapping, pastedRecords, positionalMapping } from '../../../shared/listening/mention-rows.ts';

/** Rows to become mentions, their header if they have one, and how their columns are read. */
export interface BulkSource {
  records: { line: number; cells: string[] }[];
  /** The header's cells, shown above the columns to map; null for a list without one. */
  header: string[] | null;
  /** The header as a saved mapping is found again by; only a file's is remembered. */
  signature: string | null;
  mapping: MentionMapping;
}

const widthOf = (records: readonly { cells: string[] }[]) =>
  Math.max(1, ...records.map((r) => r.cells.length));

/** What was pasted: a header is recognised by its words; without one, the journal's own order. */
export function sourceFromPaste(text: string): BulkSource {
  const records = pastedRecords(text);
  const first = records[0];
  const guessed = first && first.cells.length > 1 ? guessMapping(first.cells) : null;
  if (first && guessed)
    return { records: records.slice(1), header: first.cells, signature: null, mapping: guessed };
  return { records, header: null, signature: null, mapping: positionalMapping(widthOf(records)) };
}

/** Why a file gave no rows: an i18n key under `listening.bulk.file.`, with its figure. */
export type FileProblem = 'tooLarge' | 'encoding' | 'quote' | 'empty' | 'tooMany';
export type FileSource =
  | { ok: true; source: BulkSource }
  | { ok: false; problem: FileProblem; figure?: number };

/**
 * A listening tool's CSV export, read as the numbers' imports read theirs (UTF-8 or UTF-16, Excel's
 * `sep=` line, the delimiter guessed): its first row is its header; a mapping saved for that header
 * is applied by the caller.
 */
export function sourceFromFile(bytes: Uint8Array): FileSource {
  const text = readTextSource(bytes);
  if (!text.ok)
    return text.problem.code === 'tooLarge'
      ? { ok: false, problem: 'tooLarge', figure: IMPORT_LIMITS.bytes / 1024 / 1024 }
      : { ok: false, problem: 'encoding' };
  const parsed = parseCsv(text.text, text.delimiter);
  if (!parsed.ok) return { ok: false, problem: 'quote', figure: parsed.unterminatedQuoteAt };
  const rows = parsed.records
    .map((cells, i) => ({ line: i + 1, cells }))
    .filter((r) => r.cells.some((c) => c.trim() !== ''));
  const [header, ...records] = rows;
  if (!header || records.length === 0) return { ok: false, problem: 'empty' };
  if (records.length > MENTIONS_AT_ONCE_MAX)
    return { ok: false, problem: 'tooMany', figure: MENTIONS_AT_ONCE_MAX };
  return {
    ok: true,
    source: {
      records,
      header: header.cells,
      signature: headerSignature(header.cells),
      mapping: guessMapping(header.cells) ?? {},
    },
  };
}
