import type { Migration } from './types.ts';

const metric = (name: string) => `${name} INTEGER CHECK (${name} >= 0)`;

/**
 * Audience segments, hand-logged numbers and objectives. Every dated reading is kept
 * (history); the latest one of a post or a channel is the one that counts. Readings are stored
 * clustered by (post or channel, day) — WITHOUT ROWID — so a post's latest reading is one seek
 * into pages that hold its other readings: a year of dashboard reads 12,000 of them at once.
 * A reading's `logged` bits say which metrics were typed for that day; the others were carried
 * forward from the reading before, and follow it when it is corrected.
 * Readings are corrected, never deleted; `deleted_at` is kept as on every row, for sync.
 */
export const audienceKpi: Migration = {
  version: 30,
  name: 'audience-kpi',
  sql: `
    ALTER TABLE clients ADD COLUMN engagement_basis TEXT NOT NULL DEFAULT 'reach'
      CHECK (engagement_basis IN ('reach', 'impressions', 'followers'));

    CREATE TABLE segments (
      id            TEXT PRIMARY KEY,
      client_id     TEXT NOT NULL REFERENCES clients(id) ON DELETE CASCADE,
      name          TEXT NOT NULL,
      description   TEXT NOT NULL DEFAULT '',
      places        TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(places)),
      ages          TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(ages)),
      genders       TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(genders)),
      sectors       TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(sectors)),
      interests     TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(interests)),
      networks      TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(networks)),
      active        TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(active)),
      size_estimate INTEGER CHECK (size_estimate >= 0),
      notes         TEXT NOT NULL DEFAULT '',
      created_at    TEXT NOT NULL,
      updated_at    TEXT NOT NULL,
      deleted_at    TEXT
    ) STRICT;
    CREATE INDEX segments_by_client ON segments (client_id);

    CREATE TABLE post_segments (
      post_id    TEXT NOT NULL REFERENCES posts(id) ON DELETE CASCADE,
      segment_id TEXT NOT NULL REFERENCES segments(id) ON DELETE CASCADE,
      PRIMARY KEY (post_id, segment_id)
    ) STRICT, WITHOUT ROWID;
    CREATE INDEX post_segments_by_segment ON post_segments (segment_id);

    CREATE TABLE post_metrics (
      id         TEXT NOT NULL UNIQUE,
      post_id    TEXT NOT NULL REFERENCES posts(id) ON DELETE CASCADE,
      taken_on   TEXT NOT NULL,
      logged     INTEGER NOT NULL DEFAULT 0,
      ${['impressions', 'reach', 'reactions', 'comments', 'shares', 'saves', 'link_clicks', 'profile_visits', 'video_views', 'story_exits', 'story_replies', 'story_forward_taps', 'spend_cents'].map(metric).join(',\n      ')},
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      deleted_at TEXT,
      PRIMARY KEY (post_id, taken_on)
    ) STRICT, WITHOUT ROWID;

    CREATE TABLE follower_counts (
      id             TEXT NOT NULL UNIQUE,
      channel_id     TEXT NOT NULL REFERENCES channels(id) ON DELETE CASCADE,
      taken_on       TEXT NOT NULL,
      followers      INTEGER NOT NULL CHECK (followers >= 0),
      profile_visits INTEGER CHECK (profile_visits >= 0),
      created_at     TEXT NOT NULL,
      updated_at     TEXT NOT NULL,
      deleted_at     TEXT,
      PRIMARY KEY (channel_id, taken_on)
    ) STRICT, WITHOUT ROWID;

    CREATE TABLE objectives (
      id         TEXT PRIMARY KEY,
      client_id  TEXT NOT NULL REFERENCES clients(id) ON DELETE CASCADE,
      channel_id TEXT REFERENCES channels(id) ON DELETE CASCADE,
      title      TEXT NOT NULL,
      kpi        TEXT NOT NULL,
      baseline   REAL NOT NULL,
      target     REAL NOT NULL,
      goal       TEXT NOT NULL,
      why        TEXT NOT NULL DEFAULT '',
      start_on   TEXT NOT NULL,
      deadline   TEXT NOT NULL CHECK (deadline > start_on),
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      deleted_at TEXT
    ) STRICT;
    CREATE INDEX objectives_by_client ON objectives (client_id);
  `,
};
