import type { Migration } from './types.ts';

/** Created, changed and trashed, as every table the user edits. */
const META = `
      created_at  TEXT NOT NULL,
      updated_at  TEXT NOT NULL,
      deleted_at  TEXT`;

/**
 * The presence audit and the ideas bank (issue 16). An audit looks back on a period of one
 * client: its six answers (a score and the user's notes; Calepin's own answers are computed from
 * the data each time, never stored) and its actions, each of which may have become an objective,
 * a pillar or a draft post. Ideas, experts, trend notes and the user's recurring dates belong to
 * one client, or to every client when `client_id` is NULL. A post made from an idea keeps its
 * link; the idea's picture is a file of the media store, as a post's attachments are.
 */
export const auditIdeas: Migration = {
  version: 80,
  name: 'audit-ideas',
  sql: `
    CREATE TABLE audits (
      id          TEXT PRIMARY KEY,
      client_id   TEXT NOT NULL REFERENCES clients(id) ON DELETE CASCADE,
      title       TEXT NOT NULL DEFAULT '',
      period_from TEXT NOT NULL,
      period_to   TEXT NOT NULL,
      basis       TEXT CHECK (basis IN ('reach', 'impressions', 'followers')),
      finished_at TEXT,${META},
      CHECK (period_from < period_to)
    ) STRICT;
    CREATE INDEX audits_by_client ON audits (client_id, period_to);

    CREATE TABLE audit_answers (
      audit_id   TEXT NOT NULL REFERENCES audits(id) ON DELETE CASCADE,
      question   INTEGER NOT NULL CHECK (question BETWEEN 1 AND 6),
      score      INTEGER CHECK (score BETWEEN 1 AND 5),
      notes      TEXT NOT NULL DEFAULT '',
      updated_at TEXT NOT NULL,
      PRIMARY KEY (audit_id, question)
    ) STRICT, WITHOUT ROWID;

    CREATE TABLE audit_actions (
      id           TEXT PRIMARY KEY,
      audit_id     TEXT NOT NULL REFERENCES audits(id) ON DELETE CASCADE,
      position     INTEGER NOT NULL,
      question     INTEGER CHECK (question BETWEEN 1 AND 6),
      text         TEXT NOT NULL,
      objective_id TEXT REFERENCES objectives(id) ON DELETE SET NULL,
      pillar_id    TEXT REFERENCES pillars(id) ON DELETE SET NULL,
      post_id      TEXT REFERENCES posts(id) ON DELETE SET NULL,
      created_at   TEXT NOT NULL,
      updated_at   TEXT NOT NULL,
      -- An action taken off the list is kept with what it became, for an undo that puts it back.
      deleted_at   TEXT,
      CHECK ((objective_id IS NOT NULL) + (pillar_id IS NOT NULL) + (post_id IS NOT NULL) <= 1)
    ) STRICT;
    CREATE INDEX audit_actions_by_audit ON audit_actions (audit_id, position);
    CREATE INDEX audit_actions_by_objective ON audit_actions (objective_id) WHERE objective_id IS NOT NULL;
    CREATE INDEX audit_actions_by_pillar ON audit_actions (pillar_id) WHERE pillar_id IS NOT NULL;
    CREATE INDEX audit_actions_by_post ON audit_actions (post_id) WHERE post_id IS NOT NULL;

    CREATE TABLE experts (
      id         TEXT PRIMARY KEY,
      name       TEXT NOT NULL,
      topic      TEXT NOT NULL DEFAULT '',
      network    TEXT,
      url        TEXT NOT NULL DEFAULT '',
      why        TEXT NOT NULL DEFAULT '',${META}
    ) STRICT;

    CREATE TABLE ideas (
      seq            INTEGER PRIMARY KEY,
      id             TEXT NOT NULL UNIQUE,
      client_id      TEXT REFERENCES clients(id) ON DELETE CASCADE,
      title          TEXT NOT NULL,
      notes          TEXT NOT NULL DEFAULT '',
      source_url     TEXT NOT NULL DEFAULT '',
      expert_id      TEXT REFERENCES experts(id) ON DELETE SET NULL,
      picture_sha256 TEXT,
      picture_name   TEXT NOT NULL DEFAULT '',
      picture_mime   TEXT NOT NULL DEFAULT '',
      tags           TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(tags)),
      pillar_id      TEXT REFERENCES pillars(id) ON DELETE SET NULL,
      network        TEXT,
      segment_id     TEXT REFERENCES segments(id) ON DELETE SET NULL,
      use_before     TEXT,
      status         TEXT NOT NULL DEFAULT 'new' CHECK (status IN ('new', 'planned', 'used', 'dropped')),${META},
      CHECK (client_id IS NOT NULL OR (pillar_id IS NULL AND segment_id IS NULL))
    ) STRICT;
    CREATE INDEX ideas_by_client ON ideas (client_id, status) WHERE deleted_at IS NULL;
    CREATE INDEX ideas_of_client ON ideas (client_id);
    CREATE INDEX ideas_by_expert ON ideas (expert_id) WHERE expert_id IS NOT NULL;
    CREATE INDEX ideas_by_pillar ON ideas (pillar_id) WHERE pillar_id IS NOT NULL;
    CREATE INDEX ideas_by_segment ON ideas (segment_id) WHERE segment_id IS NOT NULL;
    CREATE INDEX ideas_by_picture ON ideas (picture_sha256) WHERE picture_sha256 IS NOT NULL;

    CREATE VIRTUAL TABLE ideas_fts USING fts5(
      title, notes, tags, content = 'ideas', content_rowid = 'seq',
      tokenize = 'unicode61 remove_diacritics 2'
    );
    CREATE TRIGGER ideas_fts_insert AFTER INSERT ON ideas BEGIN
      INSERT INTO ideas_fts (rowid, title, notes, tags) VALUES (new.seq, new.title, new.notes, new.tags);
    END;
    CREATE TRIGGER ideas_fts_delete AFTER DELETE ON ideas BEGIN
      INSERT INTO ideas_fts (ideas_fts, rowid, title, notes, tags)
      VALUES ('delete', old.seq, old.title, old.notes, old.tags);
    END;
    CREATE TRIGGER ideas_fts_update AFTER UPDATE OF title, notes, tags ON ideas BEGIN
      INSERT INTO ideas_fts (ideas_fts, rowid, title, notes, tags)
      VALUES ('delete', old.seq, old.title, old.notes, old.tags);
      INSERT INTO ideas_fts (rowid, title, notes, tags) VALUES (new.seq, new.title, new.notes, new.tags);
    END;

    ALTER TABLE posts ADD COLUMN idea_id TEXT REFERENCES ideas(id) ON DELETE SET NULL;
    CREATE INDEX posts_by_idea ON posts (idea_id) WHERE idea_id IS NOT NULL;

    CREATE TABLE trend_notes (
      id         TEXT PRIMARY KEY,
      client_id  TEXT REFERENCES clients(id) ON DELETE CASCADE,
      text       TEXT NOT NULL,
      url        TEXT NOT NULL DEFAULT '',
      network    TEXT,
      noted_on   TEXT NOT NULL,
      expires_on TEXT NOT NULL,${META},
      CHECK (noted_on < expires_on)
    ) STRICT;
    CREATE INDEX trend_notes_by_client ON trend_notes (client_id, expires_on);

    CREATE TABLE recurring_dates (
      id         TEXT PRIMARY KEY,
      client_id  TEXT REFERENCES clients(id) ON DELETE CASCADE,
      name       TEXT NOT NULL,
      rule       TEXT NOT NULL CHECK (json_valid(rule)),
      days       INTEGER NOT NULL DEFAULT 1 CHECK (days BETWEEN 1 AND 62),
      notes      TEXT NOT NULL DEFAULT '',${META}
    ) STRICT;
    CREATE INDEX recurring_dates_by_client ON recurring_dates (client_id);

    -- Which built-in sets of dates the calendar shows for a client (France's holidays, the soldes…).
    CREATE TABLE shown_date_sets (
      client_id TEXT NOT NULL REFERENCES clients(id) ON DELETE CASCADE,
      set_id    TEXT NOT NULL,
      PRIMARY KEY (client_id, set_id)
    ) STRICT, WITHOUT ROWID;
  `,
};
