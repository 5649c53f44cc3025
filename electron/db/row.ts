import { v7 as uuidv7 } from 'uuid';

export const newId = (): string => uuidv7();

/** Columns every table shares. */
export interface MetaRow {
  id: string;
  created_at: string;
  updated_at: string;
  deleted_at: string | null;
}

export function meta(row: MetaRow) {
  return { id: row.id, createdAt: row.created_at, updatedAt: row.updated_at, deletedAt: row.deleted_at };
}

/** The shared columns of a row about to be written for the first time. */
export const newMeta = (now: string): MetaRow => ({
  id: newId(),
  created_at: now,
  updated_at: now,
  deleted_at: null,
});
