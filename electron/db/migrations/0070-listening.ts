import type { Migration } from './types.ts';

const SUBJECT = `
      subject_kind    TEXT NOT NULL CHECK (subject_kind IN ('brand', 'competitor', 'topic')),
      competitor_id   TEXT REFERENCES competitors(id) ON DELETE CASCADE,
      topic           TEXT NOT NULL DEFAULT ''`;
/** What a mention's place in the day counts depends on. */
const COUNTED_COLUMNS = 'client_id, said_on, subject_kind, competitor_id, network, sentiment, deleted_at';

/** Adds (or takes away) one mention, `row` being `new` or `old`, to its day's count when it is a voice. */
const countTrigger = (name: string, event: string, row: 'new' | 'old', sign: 1 | -1) => `
    CREATE TRIGGER ${name} ${event}
    WHEN ${row}.deleted_at IS NULL AND ${row}.subject_kind <> 'topic' BEGIN
      ${count('mention_days', `${row}.said_on`, row, sign)}
      ${count('mention_months', `substr(${row}.said_on, 1, 8) || '01'`, row, sign)}
    END;`;

/** One mention added to (or taken from) the count of its day, or of its month, as `said_on` says. */
const count = (table: string, day: string, row: 'new' | 'old', sign: 1 | -1) => `
      INSERT INTO ${table} (client_id, said_on, voice, network, positive, neutral, negative)
      VALUES (${row}.client_id, ${day}, coalesce(${row}.competitor_id, ''), ${row}.network,
        ${sign} * (${row}.sentiment = 'positive'), ${sign} * (${row}.sentiment = 'neutral'),
        ${sign} * (${row}.sentiment = 'negative'))
      ON CONFLICT (client_id, said_on, voice, network) DO UPDATE SET
        positive = positive + excluded.positive, neutral = neutral + excluded.neutral,
        negative = negative + excluded.negative;`;

/** A table of voice counts: by day, or by month (`said_on` its first day). */
const countTable = (name: string) => `
    CREATE TABLE ${name} (
      client_id TEXT NOT NULL,
      said_on   TEXT NOT NULL,
      voice     TEXT NOT NULL,
      network   TEXT NOT NULL,
      positive  INTEGER NOT NULL DEFAULT 0,
      neutral   INTEGER NOT NULL DEFAULT 0,
      negative  INTEGER NOT NULL DEFAULT 0,
      PRIMARY KEY (client_id, said_on, voice, network)
    ) STRICT, WITHOUT ROWID;`;

/** Table constraints come after the columns. */
const SUBJECT_CHECKS = `
      CHECK ((subject_kind = 'competitor') = (competitor_id IS NOT NULL)),
      CHECK ((subject_kind = 'topic') = (topic <> ''))`;

/**
 * Competitor watch and social listening (issue 15). A competitor's readings are kept per account
 * and day, clustered like the client's own readings. A mention keeps the day and time it was said
 * on the client's clock as the user read them (`said_on`, the day share of voice is counted on),
 * with the zone and the instant they meant then, as a post keeps its planned time. Its subject is
 * the client's brand, one of its competitors, or a watched topic; watched terms point at the same
 * subjects so a mention's subject can be suggested from its text. Mentions have an integer key
 * for the full-text index, as posts do (VACUUM may renumber implicit rowids).
 */
export const listening: Migration = {
  version: 70,
  name: 'listening',
  sql: `
    CREATE TABLE competitors (
      id          TEXT PRIMARY KEY,
      client_id   TEXT NOT NULL REFERENCES clients(id) ON DELETE CASCADE,
      name        TEXT NOT NULL,
      color       TEXT NOT NULL,
      notes       TEXT NOT NULL DEFAULT '',
      tags        TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(tags)),
      archived_at TEXT,
      created_at  TEXT NOT NULL,
      updated_at  TEXT NOT NULL,
      deleted_at  TEXT
    ) STRICT;
    CREATE INDEX competitors_by_client ON competitors (client_id);

    CREATE TABLE competitor_accounts (
      id            TEXT PRIMARY KEY,
      competitor_id TEXT NOT NULL REFERENCES competitors(id) ON DELETE CASCADE,
      network       TEXT NOT NULL,
      handle        TEXT NOT NULL,
      url           TEXT NOT NULL DEFAULT '',
      position      INTEGER NOT NULL,
      created_at    TEXT NOT NULL,
      updated_at    TEXT NOT NULL,
      deleted_at    TEXT
    ) STRICT;
    CREATE INDEX competitor_accounts_by_competitor ON competitor_accounts (competitor_id, position);

    CREATE TABLE competitor_readings (
      id                   TEXT NOT NULL UNIQUE,
      account_id           TEXT NOT NULL REFERENCES competitor_accounts(id) ON DELETE CASCADE,
      taken_on             TEXT NOT NULL,
      followers            INTEGER CHECK (followers >= 0),
      posts                INTEGER CHECK (posts >= 0),
      engagements_per_post REAL CHECK (engagements_per_post >= 0),
      standout_url         TEXT NOT NULL DEFAULT '',
      standout_note        TEXT NOT NULL DEFAULT '',
      created_at           TEXT NOT NULL,
      updated_at           TEXT NOT NULL,
      deleted_at           TEXT,
      PRIMARY KEY (account_id, taken_on)
    ) STRICT, WITHOUT ROWID;

    CREATE TABLE watched_terms (
      id          TEXT PRIMARY KEY,
      client_id   TEXT NOT NULL REFERENCES clients(id) ON DELETE CASCADE,
      term        TEXT NOT NULL,
      position    INTEGER NOT NULL,${SUBJECT},
      created_at  TEXT NOT NULL,
      updated_at  TEXT NOT NULL,
      deleted_at  TEXT,${SUBJECT_CHECKS}
    ) STRICT;
    CREATE INDEX watched_terms_by_client ON watched_terms (client_id, position);

    CREATE TABLE mentions (
      seq             INTEGER PRIMARY KEY,
      id              TEXT NOT NULL UNIQUE,
      client_id       TEXT NOT NULL REFERENCES clients(id) ON DELETE CASCADE,
      said_on         TEXT NOT NULL,
      said_time       TEXT NOT NULL,
      time_zone       TEXT NOT NULL,
      said_at         TEXT NOT NULL,
      network         TEXT NOT NULL,
      author          TEXT NOT NULL DEFAULT '',
      author_audience INTEGER CHECK (author_audience >= 0),
      text            TEXT NOT NULL DEFAULT '',
      url             TEXT NOT NULL DEFAULT '',${SUBJECT},
      sentiment       TEXT NOT NULL CHECK (sentiment IN ('positive', 'neutral', 'negative')),
      tags            TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(tags)),
      post_id         TEXT REFERENCES posts(id) ON DELETE SET NULL,
      created_at      TEXT NOT NULL,
      updated_at      TEXT NOT NULL,
      deleted_at      TEXT,${SUBJECT_CHECKS}
    ) STRICT;
    CREATE INDEX mentions_by_day ON mentions (client_id, said_on) WHERE deleted_at IS NULL;
    -- A client purged takes its mentions, trashed ones included: the cascade looks them up here.
    CREATE INDEX mentions_by_client ON mentions (client_id);
    CREATE INDEX mentions_by_time ON mentions (client_id, said_at) WHERE deleted_at IS NULL;
    CREATE INDEX mentions_by_competitor ON mentions (competitor_id) WHERE competitor_id IS NOT NULL;
    CREATE INDEX mentions_by_post ON mentions (post_id) WHERE post_id IS NOT NULL;
    CREATE INDEX mentions_trashed ON mentions (deleted_at) WHERE deleted_at IS NOT NULL;

    -- Share of voice and sentiment read these counts, kept by the triggers below, by day and by month:
    -- a year of a busy journal is a few hundred month rows rather than tens of thousands of mentions.
    -- \`voice\` is '' for the client's brand, else the competitor's id; topics are not voices.
    ${countTable('mention_days')}
    ${countTable('mention_months')}
    ${countTrigger('mention_counts_insert', 'AFTER INSERT ON mentions', 'new', 1)}
    ${countTrigger('mention_counts_delete', 'AFTER DELETE ON mentions', 'old', -1)}
    ${countTrigger('mention_counts_update_old', `AFTER UPDATE OF ${COUNTED_COLUMNS} ON mentions`, 'old', -1)}
    ${countTrigger('mention_counts_update_new', `AFTER UPDATE OF ${COUNTED_COLUMNS} ON mentions`, 'new', 1)}
    -- No foreign key: a client's mentions leave through their own trigger as the client is purged,
    -- which would write counts for a client already gone. Its zeros go once it is.
    CREATE TRIGGER mention_counts_client_purged AFTER DELETE ON clients BEGIN
      DELETE FROM mention_days WHERE client_id = old.id;
      DELETE FROM mention_months WHERE client_id = old.id;
    END;

    CREATE VIRTUAL TABLE mentions_fts USING fts5(
      text, author, content = 'mentions', content_rowid = 'seq',
      tokenize = 'unicode61 remove_diacritics 2'
    );
    CREATE TRIGGER mentions_fts_insert AFTER INSERT ON mentions BEGIN
      INSERT INTO mentions_fts (rowid, text, author) VALUES (new.seq, new.text, new.author);
    END;
    CREATE TRIGGER mentions_fts_delete AFTER DELETE ON mentions BEGIN
      INSERT INTO mentions_fts (mentions_fts, rowid, text, author) VALUES ('delete', old.seq, old.text, old.author);
    END;
    CREATE TRIGGER mentions_fts_update AFTER UPDATE OF text, author ON mentions BEGIN
      INSERT INTO mentions_fts (mentions_fts, rowid, text, author) VALUES ('delete', old.seq, old.text, old.author);
      INSERT INTO mentions_fts (rowid, text, author) VALUES (new.seq, new.text, new.author);
    END;
  `,
};
