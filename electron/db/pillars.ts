import type { Pillar } from '../../shared/domain/pillar.ts';
import { AppError } from '../../shared/errors.ts';
import { getClient, requireClient } from './clients.ts';
import { isLive } from './live.ts';
import { type MetaRow, meta, newMeta } from './row.ts';
import { sql } from './sql.ts';
import { stmt } from './statements.ts';
import type { Db } from './types.ts';
import { type UpdatableTable, updateById } from './update.ts';

interface PillarRow extends MetaRow {
  client_id: string;
  name: string;
  color: string;
}

/** What `updatePillar` may change, and where it lives. */
const PILLARS: UpdatableTable<{ name: string; color: string; updatedAt: string }> = {
  name: sql`pillars`,
  columns: { name: sql`name`, color: sql`color`, updatedAt: sql`updated_at` },
};

const toPillar = (r: PillarRow): Pillar => ({
  ...meta(r),
  clientId: r.client_id,
  name: r.name,
  color: r.color,
});

export function listPillars(db: Db, clientId: string): Pillar[] {
  getClient(db, clientId);
  return stmt<[string], PillarRow>(
    db,
    'SELECT * FROM pillars WHERE client_id = ? AND deleted_at IS NULL ORDER BY name COLLATE NOCASE, id',
  )
    .all(clientId)
    .map(toPillar);
}

/** A live pillar of a live client, or undefined. */
export function findPillar(db: Db, id: string): Pillar | undefined {
  const row = stmt<[string], PillarRow>(db, 'SELECT * FROM pillars WHERE id = ? AND deleted_at IS NULL').get(
    id,
  );
  return row && isLive(db, 'clients', row.client_id) ? toPillar(row) : undefined;
}

export function getPillar(db: Db, id: string): Pillar {
  const pillar = findPillar(db, id);
  if (!pillar) throw new AppError('not_found', `No pillar with id ${id}`);
  return pillar;
}

export function createPillar(
  db: Db,
  input: { clientId: string; name: string; color: string },
  now: string,
): Pillar {
  requireClient(db, input.clientId);
  const row: PillarRow = {
    ...newMeta(now),
    client_id: input.clientId,
    name: input.name,
    color: input.color,
  };
  stmt(
    db,
    `INSERT INTO pillars (id, client_id, name, color, created_at, updated_at)
     VALUES (@id, @client_id, @name, @color, @created_at, @updated_at)`,
  ).run(row);
  // The answer is the row as written: no read-back.
  return toPillar(row);
}

export function updatePillar(
  db: Db,
  input: { id: string; name?: string; color?: string },
  now: string,
): Pillar {
  getPillar(db, input.id);
  updateById(db, PILLARS, input.id, { name: input.name, color: input.color, updatedAt: now });
  return getPillar(db, input.id);
}
