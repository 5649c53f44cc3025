import type { z } from 'zod';
import { MentionColumns } from '../../shared/domain/mention.ts';
import type { ColumnMappingInput } from '../../shared/domain/number-import.ts';
import { ColumnMappingSchema } from '../../shared/domain/number-import.ts';
import type { MentionMapping } from '../../shared/listening/mention-meanings.ts';
import { stmt } from './statements.ts';
import type { Db } from './types.ts';

/**
 * Mappings are found again by the folded header of the file they were made for. A listening tool's
 * header is kept apart from an analytics export's: the same words would not mean the same columns.
 */
const MENTIONS = 'mentions\u001f';

/** The stored mapping for a signature, read by its schema; one that no longer parses is none. */
function stored<S extends z.ZodType>(db: Db, signature: string, schema: S): z.output<S> | null {
  const row = stmt<[string], { mapping: string }>(
    db,
    'SELECT mapping FROM import_mappings WHERE signature = ?',
  ).get(signature);
  if (!row) return null;
  const parsed = schema.safeParse(JSON.parse(row.mapping));
  return parsed.success ? parsed.data : null;
}

function store(db: Db, signature: string, mapping: unknown, now: string): void {
  stmt(
    db,
    `INSERT INTO import_mappings (signature, mapping, updated_at) VALUES (?, ?, ?)
     ON CONFLICT (signature) DO UPDATE SET mapping = excluded.mapping, updated_at = excluded.updated_at`,
  ).run(signature, JSON.stringify(mapping), now);
}

/** The mapping saved for analytics exports with this header, if any. */
export const savedMapping = (db: Db, signature: string): ColumnMappingInput | null =>
  stored(db, signature, ColumnMappingSchema);

export const saveMapping = (db: Db, signature: string, mapping: ColumnMappingInput, now: string): void =>
  store(db, signature, mapping, now);

/** The columns saved for a listening tool's files with this header, if any. */
export const savedMentionMapping = (db: Db, signature: string): MentionMapping | null =>
  stored(db, MENTIONS + signature, MentionColumns);

export const saveMentionMapping = (db: Db, signature: string, columns: MentionMapping, now: string): void =>
  store(db, MENTIONS + signature, columns, now);
