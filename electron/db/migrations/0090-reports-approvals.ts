import type { Migration } from './types.ts';

/**
 * Client reports and approval without an account (issue 17). A report keeps the figures it
 * showed as one JSON snapshot, so re-opening it shows what the client received; its sections are
 * the user's order. The freelancer's own name and logo (one row) go on every cover. A post keeps
 * its client's last answer on it, with the digest of the version the client saw: an answer about
 * another version is told apart without guessing.
 */
export const reportsApprovals: Migration = {
  version: 90,
  name: 'reports-approvals',
  sql: `
    CREATE TABLE profile (
      id          INTEGER PRIMARY KEY CHECK (id = 1),
      name        TEXT NOT NULL DEFAULT '',
      logo_sha256 TEXT,
      logo_name   TEXT,
      logo_mime   TEXT,
      updated_at  TEXT NOT NULL
    ) STRICT;

    CREATE TABLE reports (
      id              TEXT PRIMARY KEY,
      client_id       TEXT NOT NULL REFERENCES clients(id) ON DELETE CASCADE,
      title           TEXT NOT NULL DEFAULT '',
      kind            TEXT NOT NULL CHECK (kind IN ('week', 'month', 'quarter', 'custom')),
      period_from     TEXT NOT NULL,
      period_to       TEXT NOT NULL,
      language        TEXT NOT NULL CHECK (language IN ('fr', 'en')),
      paper           TEXT NOT NULL DEFAULT 'a4' CHECK (paper IN ('a4', 'letter')),
      sections        TEXT NOT NULL,
      summary         TEXT NOT NULL DEFAULT '',
      recommendations TEXT NOT NULL DEFAULT '',
      figures         TEXT NOT NULL,
      figures_at      TEXT NOT NULL,
      created_at      TEXT NOT NULL,
      updated_at      TEXT NOT NULL,
      deleted_at      TEXT,
      CHECK (period_from < period_to)
    ) STRICT;
    CREATE INDEX reports_by_client ON reports (client_id, period_to);

    ALTER TABLE posts ADD COLUMN approval TEXT CHECK (approval IN ('approved', 'changes'));
    ALTER TABLE posts ADD COLUMN approval_comment TEXT NOT NULL DEFAULT '';
    ALTER TABLE posts ADD COLUMN approval_at TEXT;
    ALTER TABLE posts ADD COLUMN approval_digest TEXT;
  `,
};
