import type { Migration } from './types.ts';

/**
 * The content calendar: pillars, posts, their attachments and a full-text index.
 * Posts carry an INTEGER PRIMARY KEY besides their UUID because VACUUM may renumber implicit
 * rowids, and the FTS index points at posts by rowid.
 */
export const calendar: Migration = {
  version: 20,
  name: 'calendar',
  sql: `
    ALTER TABLE clients ADD COLUMN currency TEXT NOT NULL DEFAULT 'EUR';

    CREATE TABLE pillars (
      id          TEXT PRIMARY KEY,
      client_id   TEXT NOT NULL REFERENCES clients(id) ON DELETE CASCADE,
      name        TEXT NOT NULL,
      color       TEXT NOT NULL,
      created_at  TEXT NOT NULL,
      updated_at  TEXT NOT NULL,
      deleted_at  TEXT
    ) STRICT;
    CREATE INDEX pillars_by_client ON pillars (client_id);

    CREATE TABLE posts (
      seq          INTEGER PRIMARY KEY,
      id           TEXT NOT NULL UNIQUE,
      client_id    TEXT NOT NULL REFERENCES clients(id) ON DELETE CASCADE,
      channel_id   TEXT NOT NULL REFERENCES channels(id) ON DELETE CASCADE,
      planned_at   TEXT NOT NULL,
      time_zone    TEXT NOT NULL,
      status       TEXT NOT NULL CHECK (status IN ('idea', 'draft', 'ready', 'published', 'cancelled')),
      published_at TEXT,
      format       TEXT NOT NULL,
      caption      TEXT NOT NULL DEFAULT '',
      link_url     TEXT NOT NULL DEFAULT '',
      pillar_id    TEXT REFERENCES pillars(id) ON DELETE SET NULL,
      campaign     TEXT NOT NULL DEFAULT '',
      paid         INTEGER NOT NULL DEFAULT 0 CHECK (paid IN (0, 1)),
      budget_cents INTEGER CHECK (budget_cents >= 0),
      notes        TEXT NOT NULL DEFAULT '',
      created_at   TEXT NOT NULL,
      updated_at   TEXT NOT NULL,
      deleted_at   TEXT
    ) STRICT;
    CREATE INDEX posts_by_client_time ON posts (client_id, planned_at) WHERE deleted_at IS NULL;
    CREATE INDEX posts_by_channel ON posts (channel_id);
    CREATE INDEX posts_trashed ON posts (deleted_at) WHERE deleted_at IS NOT NULL;
    CREATE INDEX posts_campaigns ON posts (client_id, campaign) WHERE deleted_at IS NULL AND campaign <> '';
    CREATE INDEX posts_by_pillar ON posts (pillar_id) WHERE pillar_id IS NOT NULL;

    CREATE TABLE attachments (
      id          TEXT PRIMARY KEY,
      post_id     TEXT NOT NULL REFERENCES posts(id) ON DELETE CASCADE,
      sha256      TEXT NOT NULL,
      name        TEXT NOT NULL,
      mime        TEXT NOT NULL,
      size        INTEGER NOT NULL CHECK (size >= 0),
      width       INTEGER,
      height      INTEGER,
      thumb_sha256 TEXT,
      position    INTEGER NOT NULL,
      created_at  TEXT NOT NULL,
      updated_at  TEXT NOT NULL,
      deleted_at  TEXT
    ) STRICT;
    CREATE INDEX attachments_by_post ON attachments (post_id, position);
    CREATE INDEX attachments_by_file ON attachments (sha256);

    CREATE VIRTUAL TABLE posts_fts USING fts5(
      caption, notes, content = 'posts', content_rowid = 'seq',
      tokenize = 'unicode61 remove_diacritics 2'
    );
    CREATE TRIGGER posts_fts_insert AFTER INSERT ON posts BEGIN
      INSERT INTO posts_fts (rowid, caption, notes) VALUES (new.seq, new.caption, new.notes);
    END;
    CREATE TRIGGER posts_fts_delete AFTER DELETE ON posts BEGIN
      INSERT INTO posts_fts (posts_fts, rowid, caption, notes) VALUES ('delete', old.seq, old.caption, old.notes);
    END;
    CREATE TRIGGER posts_fts_update AFTER UPDATE OF caption, notes ON posts BEGIN
      INSERT INTO posts_fts (posts_fts, rowid, caption, notes) VALUES ('delete', old.seq, old.caption, old.notes);
      INSERT INTO posts_fts (rowid, caption, notes) VALUES (new.seq, new.caption, new.notes);
    END;
  `,
};
