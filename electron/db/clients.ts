import type { Client } from '../../shared/domain/client.ts';
import { AppError } from '../../shared/errors.ts';
import type { EngagementBasis } from '../../shared/kpi/formulas.ts';
import { isLive } from './live.ts';
import { refreshLocalTimes } from './post-local-time.ts';
import { type MetaRow, meta, newMeta } from './row.ts';
import { sql } from './sql.ts';
import { stmt } from './statements.ts';
import type { Db } from './types.ts';
import { type UpdatableTable, updateById } from './update.ts';

interface ClientRow extends MetaRow {
  name: string;
  color: string;
  time_zone: string;
  currency: string;
  engagement_basis: EngagementBasis;
  notes: string;
  archived_at: string | null;
  channel_count: number;
}

const SELECT = `
  SELECT c.*, (SELECT count(*) FROM channels h
               WHERE h.client_id = c.id AND h.deleted_at IS NULL AND h.archived_at IS NULL) AS channel_count
  FROM clients c`;

const toClient = (r: ClientRow): Client => ({
  ...meta(r),
  name: r.name,
  color: r.color,
  timeZone: r.time_zone,
  currency: r.currency,
  engagementBasis: r.engagement_basis,
  notes: r.notes,
  archived: r.archived_at !== null,
  channelCount: r.channel_count,
});

/** Exported for the query-plan test: each row's channel count must come from the channels_by_client index. */
export const LIST_CLIENTS_SQL = `${SELECT} WHERE c.deleted_at IS NULL AND (? OR c.archived_at IS NULL)
  ORDER BY c.name COLLATE NOCASE, c.id`;

export function listClients(db: Db, includeArchived: boolean): Client[] {
  const rows = stmt<[number], ClientRow>(db, LIST_CLIENTS_SQL).all(includeArchived ? 1 : 0);
  return rows.map(toClient);
}

/** A live client (not in the trash), or a not_found error naming what was asked for. */
export function getClient(db: Db, id: string): Client {
  const row = stmt<[string], ClientRow>(db, `${SELECT} WHERE c.id = ? AND c.deleted_at IS NULL`).get(id);
  if (!row) throw notFound(id);
  return toClient(row);
}

/** `getClient` for a caller that only needs the client to be live: its channels are not counted. */
export function requireClient(db: Db, id: string): void {
  if (!isLive(db, 'clients', id)) throw notFound(id);
}

const notFound = (id: string) => new AppError('not_found', `No client with id ${id}`);

/** A client that may get new work (a report's figures, a plan to approve): not archived; `field` names it in the refusal. */
export function activeClient(db: Db, id: string, field: string): Client {
  const client = getClient(db, id);
  if (client.archived)
    throw new AppError('invalid_input', `Client ${id} is archived`, [
      { path: [field], code: 'clientArchived' },
    ]);
  return client;
}

export function createClient(
  db: Db,
  input: {
    name: string;
    color: string;
    timeZone: string;
    currency: string;
    engagementBasis: EngagementBasis;
    notes: string;
  },
  now: string,
): Client {
  const row: ClientRow = {
    ...newMeta(now),
    name: input.name,
    color: input.color,
    time_zone: input.timeZone,
    currency: input.currency,
    engagement_basis: input.engagementBasis,
    notes: input.notes,
    archived_at: null,
    channel_count: 0,
  };
  stmt(
    db,
    `INSERT INTO clients (id, name, color, time_zone, currency, engagement_basis, notes, created_at, updated_at)
     VALUES (@id, @name, @color, @time_zone, @currency, @engagement_basis, @notes, @created_at, @updated_at)`,
  ).run(row);
  // The answer is the row as written (a new client has no channel yet): no read-back.
  return toClient(row);
}

/** What `updateClient` and `archiveClient` may change, and where it lives. */
const CLIENTS: UpdatableTable<{
  name: string;
  color: string;
  timeZone: string;
  currency: string;
  engagementBasis: EngagementBasis;
  notes: string;
  archivedAt: string | null;
  updatedAt: string;
}> = {
  name: sql`clients`,
  columns: {
    name: sql`name`,
    color: sql`color`,
    timeZone: sql`time_zone`,
    currency: sql`currency`,
    engagementBasis: sql`engagement_basis`,
    notes: sql`notes`,
    archivedAt: sql`archived_at`,
    updatedAt: sql`updated_at`,
  },
};

export function updateClient(
  db: Db,
  input: {
    id: string;
    name?: string;
    color?: string;
    timeZone?: string;
    currency?: string;
    engagementBasis?: EngagementBasis;
    notes?: string;
  },
  now: string,
): Client {
  const current = getClient(db, input.id);
  const { name, color, timeZone, currency, engagementBasis, notes } = input;
  updateById(db, CLIENTS, input.id, {
    name,
    color,
    timeZone,
    currency,
    engagementBasis,
    notes,
    updatedAt: now,
  });
  // The posts stay at their instants; their day and hour on the client's clock move with the zone.
  if (timeZone !== undefined && timeZone !== current.timeZone) refreshLocalTimes(db, input.id, timeZone);
  return getClient(db, input.id);
}

export function archiveClient(db: Db, id: string, archived: boolean, now: string): Client {
  getClient(db, id);
  updateById(db, CLIENTS, id, { archivedAt: archived ? now : null, updatedAt: now });
  return getClient(db, id);
}
