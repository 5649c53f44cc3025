import type { Db } from '../types.ts';

interface Numbered {
  /** Becomes PRAGMA user_version once applied; numbered in tens to leave room. */
  version: number;
  name: string;
}

/**
 * One step of the schema: SQL text for a change of tables, or a function for a change of data
 * (rows rewritten in JavaScript). Either runs inside the one transaction of `migrate`, so a
 * function must be synchronous and must not open or commit a transaction of its own.
 */
export type Migration = Numbered & ({ sql: string; up?: never } | { up: (db: Db) => void; sql?: never });
