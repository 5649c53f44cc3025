import { randomUUID } from 'node:crypto';
import type { IsoDate } from '../../../shared/calendar/dates.ts';
import type { ColumnMappingInput, ImportMatch, RowNote } from '../../../shared/domain/number-import.ts';
import { AppError } from '../../../shared/errors.ts';
import type { FormatId } from '../../../shared/imports/catalogue.ts';
import type { ImportRow } from '../../../shared/imports/result.ts';
import type { Db } from '../../db/types.ts';

/** A previewed row as the commit writes it. */
export interface PendingRow {
  row: ImportRow;
  match: ImportMatch;
  takenOn: IsoDate;
  /** When the post went out (UTC), when the file says. */
  publishedAt: string | null;
  notes: RowNote[];
}

/** What a preview found, kept until the user commits it (or previews another file). */
export interface PendingImport {
  id: string;
  /** The connection it was read from: a restore or an import of a workspace puts another in place. */
  db: Db;
  dataDir: string;
  clientId: string;
  channelId: string;
  fileName: string;
  format: FormatId | null;
  kind: 'posts' | 'daily';
  follows: boolean;
  rows: PendingRow[];
  /** A mapping the user made for this header: saved with the commit. */
  mapping: { signature: string; mapping: ColumnMappingInput } | null;
  /** The data as previewed: a commit after other writes to these posts previews again. */
  madeAt: number;
}

/**
 * Previews wait in memory: a few at a time (one per file dropped), for an hour. A restart forgets
 * them, and the commit then asks for the file again.
 */
const KEPT = 4;
const TTL_MS = 60 * 60 * 1000;
const pending = new Map<string, PendingImport>();

export function keepPending(entry: Omit<PendingImport, 'id' | 'madeAt'>): PendingImport {
  // A new choice (a channel, a day) previews the same file again: the previous preview goes.
  for (const [id, was] of pending)
    if (was.db === entry.db && was.clientId === entry.clientId && was.fileName === entry.fileName)
      pending.delete(id);
  const kept: PendingImport = { ...entry, id: randomUUID(), madeAt: Date.now() };
  pending.set(kept.id, kept);
  for (const id of [...pending.keys()].slice(0, Math.max(0, pending.size - KEPT))) pending.delete(id);
  return kept;
}

/** The preview to commit; `dropPending` once it is written, so one preview is committed once. */
export function pendingImport(id: string, db: Db): PendingImport {
  const found = pending.get(id);
  if (!found || found.db !== db || Date.now() - found.madeAt > TTL_MS)
    throw new AppError('not_found', 'This preview is no longer available: drop the file again.');
  return found;
}

export function dropPending(id: string): void {
  pending.delete(id);
}
