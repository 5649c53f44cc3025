import type { Channel } from '../../shared/domain/channel.ts';
import { AppError } from '../../shared/errors.ts';
import type { MediumKind, NetworkId } from '../../shared/networks.ts';
import { getClient, requireClient } from './clients.ts';
import { isLive } from './live.ts';
import { type MetaRow, meta, newMeta } from './row.ts';
import { sql } from './sql.ts';
import { stmt } from './statements.ts';
import type { Db } from './types.ts';
import { type UpdatableTable, updateById } from './update.ts';

interface ChannelRow extends MetaRow {
  client_id: string;
  network: NetworkId;
  kind: MediumKind;
  handle: string;
  url: string;
  archived_at: string | null;
}

/** What `updateChannel` and `archiveChannel` may change, and where it lives. */
const CHANNELS: UpdatableTable<{
  network: NetworkId;
  kind: MediumKind;
  handle: string;
  url: string;
  archivedAt: string | null;
  updatedAt: string;
}> = {
  name: sql`channels`,
  columns: {
    network: sql`network`,
    kind: sql`kind`,
    handle: sql`handle`,
    url: sql`url`,
    archivedAt: sql`archived_at`,
    updatedAt: sql`updated_at`,
  },
};

const toChannel = (r: ChannelRow): Channel => ({
  ...meta(r),
  clientId: r.client_id,
  network: r.network,
  kind: r.kind,
  handle: r.handle,
  url: r.url,
  archived: r.archived_at !== null,
});

/** Exported for the query-plan test: the channel list must stay on the channels_by_client index. */
export const LIST_CHANNELS_SQL = `SELECT * FROM channels WHERE client_id = ? AND deleted_at IS NULL AND (? OR archived_at IS NULL)
  ORDER BY network, handle COLLATE NOCASE, id`;

export function listChannels(db: Db, clientId: string, includeArchived: boolean): Channel[] {
  getClient(db, clientId);
  return stmt<[string, number], ChannelRow>(db, LIST_CHANNELS_SQL)
    .all(clientId, includeArchived ? 1 : 0)
    .map(toChannel);
}

/** A live channel of a live client, or undefined. */
export function findChannel(db: Db, id: string): Channel | undefined {
  const row = stmt<[string], ChannelRow>(
    db,
    'SELECT * FROM channels WHERE id = ? AND deleted_at IS NULL',
  ).get(id);
  return row && isLive(db, 'clients', row.client_id) ? toChannel(row) : undefined;
}

export function getChannel(db: Db, id: string): Channel {
  const channel = findChannel(db, id);
  if (!channel) throw new AppError('not_found', `No channel with id ${id}`);
  return channel;
}

export function createChannel(
  db: Db,
  input: { clientId: string; network: NetworkId; kind: MediumKind; handle: string; url: string },
  now: string,
): Channel {
  requireClient(db, input.clientId);
  const row: ChannelRow = {
    ...newMeta(now),
    client_id: input.clientId,
    network: input.network,
    kind: input.kind,
    handle: input.handle,
    url: input.url,
    archived_at: null,
  };
  stmt(
    db,
    `INSERT INTO channels (id, client_id, network, kind, handle, url, created_at, updated_at)
     VALUES (@id, @client_id, @network, @kind, @handle, @url, @created_at, @updated_at)`,
  ).run(row);
  // The answer is the row as written: reading it back would cost a statement for nothing new.
  return toChannel(row);
}

export function updateChannel(
  db: Db,
  input: { id: string; network?: NetworkId; kind?: MediumKind; handle?: string; url?: string },
  now: string,
): Channel {
  getChannel(db, input.id);
  const { network, kind, handle, url } = input;
  updateById(db, CHANNELS, input.id, { network, kind, handle, url, updatedAt: now });
  return getChannel(db, input.id);
}

export function archiveChannel(db: Db, id: string, archived: boolean, now: string): Channel {
  getChannel(db, id);
  updateById(db, CHANNELS, id, { archivedAt: archived ? now : null, updatedAt: now });
  return getChannel(db, id);
}

/** The ids of a client's live channels, archived ones included. */
export function liveChannelIds(db: Db, clientId: string): string[] {
  return stmt<[string], string>(db, 'SELECT id FROM channels WHERE client_id = ? AND deleted_at IS NULL')
    .pluck(true)
    .all(clientId);
}
