import { stmt } from './statements.ts';
import type { Db } from './types.ts';

/**
 * Look-ups by id stay on one table: in this SQLite build (ENABLE_STAT4) a statement that joins
 * tables, or sorts, and binds a value is planned again at every call — measured 20–35 µs here,
 * whatever the value — while a one-table look-up by primary key takes 4 µs. Whether a row's
 * parents are live is therefore asked of each parent in turn.
 */
const LIVE_BY_ID = {
  clients: 'SELECT 1 FROM clients WHERE id = ? AND deleted_at IS NULL',
  channels: 'SELECT 1 FROM channels WHERE id = ? AND deleted_at IS NULL',
} as const;

/** Whether the row exists and is not in the trash (its own mark only, not its parents'). */
export function isLive(db: Db, table: keyof typeof LIVE_BY_ID, id: string): boolean {
  return stmt<[string]>(db, LIVE_BY_ID[table]).get(id) !== undefined;
}
