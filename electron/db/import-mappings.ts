import type { ColumnMappingInput } from '../../shared/domain/number-import.ts';
import { ColumnMappingSchema } from '../../shared/domain/number-import.ts';
import { stmt } from './statements.ts';
import type { Db } from './types.ts';

/** The mapping saved for files with this header, if any (a stored one that no longer parses is none). */
export function savedMapping(db: Db, signature: string): ColumnMappingInput | null {
  const row = stmt<[string], { mapping: string }>(
    db,
    'SELECT mapping FROM import_mappings WHERE signature = ?',
  ).get(signature);
  if (!row) return null;
  const parsed = ColumnMappingSchema.safeParse(JSON.parse(row.mapping));
  return parsed.success ? parsed.data : null;
}

export function saveMapping(db: Db, signature: string, mapping: ColumnMappingInput, now: string): void {
  stmt(
    db,
    `INSERT INTO import_mappings (signature, mapping, updated_at) VALUES (?, ?, ?)
     ON CONFLICT (signature) DO UPDATE SET mapping = excluded.mapping, updated_at = excluded.updated_at`,
  ).run(signature, JSON.stringify(mapping), now);
}
