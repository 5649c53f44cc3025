import type { Trashable, TrashItem } from '../../shared/domain/trash.ts';
import { AppError } from '../../shared/errors.ts';
import { stmt } from './statements.ts';
import type { Db } from './types.ts';

interface TrashRow {
  type: Trashable;
  id: string;
  label: string;
  network: string | null;
  client_name: string | null;
  deleted_at: string | null;
}

/**
 * One view over every soft-deletable table. A channel of a client that is itself in the trash
 * is not listed: it comes back with its client.
 */
const ITEMS = `
  SELECT 'client' AS type, id, name AS label, NULL AS network, NULL AS client_name, deleted_at
  FROM clients
  UNION ALL
  SELECT 'channel', h.id, h.handle, h.network, c.name, h.deleted_at
  FROM channels h JOIN clients c ON c.id = h.client_id
  WHERE c.deleted_at IS NULL`;

const TABLE: Record<Trashable, string> = { client: 'clients', channel: 'channels' };

function find(db: Db, type: Trashable, id: string): TrashRow | undefined {
  return stmt<[string, string], TrashRow>(db, `SELECT * FROM (${ITEMS}) WHERE type = ? AND id = ?`).get(
    type,
    id,
  );
}

const toItem = (r: TrashRow): TrashItem => ({
  type: r.type,
  id: r.id,
  label: r.label,
  network: r.network,
  clientName: r.client_name,
  deletedAt: r.deleted_at ?? '',
});

export function listTrash(db: Db): TrashItem[] {
  return stmt<[], TrashRow>(
    db,
    `SELECT * FROM (${ITEMS}) WHERE deleted_at IS NOT NULL ORDER BY deleted_at DESC`,
  )
    .all()
    .map(toItem);
}

/** Moves a live row to the trash. */
export function moveToTrash(db: Db, type: Trashable, id: string, now: string): TrashItem {
  const row = find(db, type, id);
  if (!row || row.deleted_at !== null) throw new AppError('not_found', `No ${type} with id ${id}`);
  stmt(db, `UPDATE ${TABLE[type]} SET deleted_at = ?, updated_at = ? WHERE id = ?`).run(now, now, id);
  return toItem({ ...row, deleted_at: now });
}

function trashed(db: Db, type: Trashable, id: string): TrashRow {
  const row = find(db, type, id);
  if (!row || row.deleted_at === null)
    throw new AppError('not_found', `No ${type} with id ${id} in the trash`);
  return row;
}

export function restoreFromTrash(db: Db, type: Trashable, id: string, now: string): TrashItem {
  const row = trashed(db, type, id);
  stmt(db, `UPDATE ${TABLE[type]} SET deleted_at = NULL, updated_at = ? WHERE id = ?`).run(now, id);
  return toItem({ ...row, deleted_at: null });
}

/** Deletes for good; a client takes its channels with it (ON DELETE CASCADE). */
export function purgeFromTrash(db: Db, type: Trashable, id: string): TrashItem {
  const row = trashed(db, type, id);
  stmt(db, `DELETE FROM ${TABLE[type]} WHERE id = ?`).run(id);
  return toItem(row);
}
