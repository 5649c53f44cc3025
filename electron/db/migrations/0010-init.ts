import type { Migration } from './types.ts';

/** Clients (the brands a freelancer works for) and their channels (accounts on a network). */
export const init: Migration = {
  version: 10,
  name: 'init',
  sql: `
    CREATE TABLE clients (
      id          TEXT PRIMARY KEY,
      name        TEXT NOT NULL,
      color       TEXT NOT NULL,
      time_zone   TEXT NOT NULL,
      notes       TEXT NOT NULL DEFAULT '',
      archived_at TEXT,
      created_at  TEXT NOT NULL,
      updated_at  TEXT NOT NULL,
      deleted_at  TEXT
    ) STRICT;

    CREATE TABLE channels (
      id          TEXT PRIMARY KEY,
      client_id   TEXT NOT NULL REFERENCES clients(id) ON DELETE CASCADE,
      network     TEXT NOT NULL,
      kind        TEXT NOT NULL,
      handle      TEXT NOT NULL,
      url         TEXT NOT NULL DEFAULT '',
      archived_at TEXT,
      created_at  TEXT NOT NULL,
      updated_at  TEXT NOT NULL,
      deleted_at  TEXT
    ) STRICT;

    CREATE INDEX channels_by_client ON channels (client_id, deleted_at);
    CREATE INDEX clients_deleted ON clients (deleted_at);
  `,
};
