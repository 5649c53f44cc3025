import type { Trashable, TrashItem, TrashRef } from '../../shared/domain/trash.ts';
import { AppError } from '../../shared/errors.ts';
import { all, get, run, type Sql, sql } from './sql.ts';
import type { Db } from './types.ts';

interface TrashRow {
  type: Trashable;
  id: string;
  label: string;
  network: string | null;
  client_name: string | null;
  deleted_at: string | null;
}

/** Rows of a table whose `client_id` may be NULL (every client's): listed unless their client is trashed. */
const shared = (type: Trashable, table: Sql, label: Sql, network: Sql) => sql`
  SELECT ${type}, i.id, ${label}, ${network}, c.name, i.deleted_at
  FROM ${table} i LEFT JOIN clients c ON c.id = i.client_id
  WHERE i.client_id IS NULL OR c.deleted_at IS NULL`;

/**
 * One view over every soft-deletable table. A channel of a client that is itself in the trash
 * is not listed: it comes back with its client.
 */
const ITEMS = sql`
  SELECT 'client' AS type, id, name AS label, NULL AS network, NULL AS client_name, deleted_at
  FROM clients
  UNION ALL
  SELECT 'channel', h.id, h.handle, h.network, c.name, h.deleted_at
  FROM channels h JOIN clients c ON c.id = h.client_id
  WHERE c.deleted_at IS NULL
  UNION ALL
  SELECT 'pillar', l.id, l.name, NULL, c.name, l.deleted_at
  FROM pillars l JOIN clients c ON c.id = l.client_id
  WHERE c.deleted_at IS NULL
  UNION ALL
  SELECT 'segment', s.id, s.name, NULL, c.name, s.deleted_at
  FROM segments s JOIN clients c ON c.id = s.client_id
  WHERE c.deleted_at IS NULL
  UNION ALL
  SELECT 'objective', o.id, o.title, NULL, c.name, o.deleted_at
  FROM objectives o JOIN clients c ON c.id = o.client_id LEFT JOIN channels h ON h.id = o.channel_id
  WHERE c.deleted_at IS NULL AND (o.channel_id IS NULL OR h.deleted_at IS NULL)
  UNION ALL
  SELECT 'post', p.id, substr(p.caption, 1, 80), h.network, c.name, p.deleted_at
  FROM posts p JOIN channels h ON h.id = p.channel_id JOIN clients c ON c.id = p.client_id
  WHERE c.deleted_at IS NULL AND h.deleted_at IS NULL
  UNION ALL
  SELECT 'competitor', k.id, k.name, NULL, c.name, k.deleted_at
  FROM competitors k JOIN clients c ON c.id = k.client_id
  WHERE c.deleted_at IS NULL
  UNION ALL
  SELECT 'mention', m.id, substr(coalesce(nullif(m.text, ''), m.url), 1, 80), m.network, c.name, m.deleted_at
  FROM mentions m JOIN clients c ON c.id = m.client_id LEFT JOIN competitors k ON k.id = m.competitor_id
  WHERE c.deleted_at IS NULL AND (m.competitor_id IS NULL OR k.deleted_at IS NULL)
  UNION ALL
  SELECT 'audit', a.id, coalesce(nullif(a.title, ''), a.period_from || ' → ' || date(a.period_to, '-1 day')), NULL, c.name, a.deleted_at
  FROM audits a JOIN clients c ON c.id = a.client_id
  WHERE c.deleted_at IS NULL
  UNION ALL
  SELECT 'report', r.id, coalesce(nullif(r.title, ''), r.period_from || ' → ' || date(r.period_to, '-1 day')), NULL, c.name, r.deleted_at
  FROM reports r JOIN clients c ON c.id = r.client_id
  WHERE c.deleted_at IS NULL
  UNION ALL
  SELECT 'expert', e.id, e.name, e.network, NULL, e.deleted_at
  FROM experts e
  UNION ALL
  ${shared('idea', sql`ideas`, sql`i.title`, sql`i.network`)}
  UNION ALL
  ${shared('trendNote', sql`trend_notes`, sql`substr(i.text, 1, 80)`, sql`i.network`)}
  UNION ALL
  ${shared('recurringDate', sql`recurring_dates`, sql`i.name`, sql`NULL`)}`;

const TABLE: Record<Trashable, Sql> = {
  client: sql`clients`,
  channel: sql`channels`,
  pillar: sql`pillars`,
  post: sql`posts`,
  segment: sql`segments`,
  objective: sql`objectives`,
  competitor: sql`competitors`,
  mention: sql`mentions`,
  audit: sql`audits`,
  idea: sql`ideas`,
  expert: sql`experts`,
  trendNote: sql`trend_notes`,
  recurringDate: sql`recurring_dates`,
  report: sql`reports`,
};

function find(db: Db, type: Trashable, id: string): TrashRow | undefined {
  return get<TrashRow>(db, sql`SELECT * FROM (${ITEMS}) WHERE type = ${type} AND id = ${id}`);
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
  return all<TrashRow>(
    db,
    sql`SELECT * FROM (${ITEMS}) WHERE deleted_at IS NOT NULL ORDER BY deleted_at DESC`,
  ).map(toItem);
}

/** Moves a live row to the trash. */
export function moveToTrash(db: Db, type: Trashable, id: string, now: string): TrashItem {
  const row = find(db, type, id);
  if (!row || row.deleted_at !== null) throw new AppError('not_found', `No ${type} with id ${id}`);
  run(db, sql`UPDATE ${TABLE[type]} SET deleted_at = ${now}, updated_at = ${now} WHERE id = ${id}`);
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
  run(db, sql`UPDATE ${TABLE[type]} SET deleted_at = NULL, updated_at = ${now} WHERE id = ${id}`);
  return toItem({ ...row, deleted_at: null });
}

/** Deletes for good; a client takes its channels and posts with it, a channel its posts (ON DELETE CASCADE). */
export function purgeFromTrash(db: Db, type: Trashable, id: string): TrashItem {
  const row = trashed(db, type, id);
  run(db, sql`DELETE FROM ${TABLE[type]} WHERE id = ${id}`);
  return toItem(row);
}

export function restoreManyFromTrash(db: Db, refs: readonly TrashRef[], now: string): TrashItem[] {
  return refs.map((ref) => restoreFromTrash(db, ref.type, ref.id, now));
}
