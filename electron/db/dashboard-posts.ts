import { ENGAGEMENT_PARTS } from '../../shared/kpi/formulas.ts';
import { POST_TERMS, type PostTerm } from '../../shared/kpi/totals.ts';
import { METRIC_COLUMN } from './post-metrics.ts';
import type { Db } from './types.ts';

/**
 * `dashboard_posts`: every live published post as the dashboard sums it, kept current by triggers
 * (issue 13). Finding each post's latest reading at read time cost two seeks per post, and a year of
 * a heavy client is 12,000 posts; here a channel's year is one range of a clustered key, read as
 * integers only (day numbers, instants, flags and the terms of its latest reading).
 *
 * A row holds the post's latest reading of all, not the latest on or before a given day: the grid
 * refuses readings dated after the post's today, so they are rare (a post planned in a zone ahead of
 * its client's), and `taken_on` lets the reader find them and look again (kpi-sums.ts).
 *
 * Triggers rather than the write paths: every way a post or a reading changes (the grid, the
 * composer, the trash, a zone change, a migration, an import) keeps the table right without knowing
 * of it. Deleted channels are left to the reader, which asks for live channels only.
 */

/** The SQL of each stored term from reading `m`; engagements as `engagements` in shared/kpi. */
const termSql = (m: string): Readonly<Record<Exclude<PostTerm, 'followers'>, string>> => ({
  impressions: `${m}.impressions`,
  reach: `${m}.reach`,
  engagements: `CASE WHEN coalesce(${ENGAGEMENT_PARTS.map((p) => `${m}.${METRIC_COLUMN[p]}`).join(', ')}) IS NULL
    THEN NULL ELSE ${ENGAGEMENT_PARTS.map((p) => `coalesce(${m}.${METRIC_COLUMN[p]}, 0)`).join(' + ')} END`,
  shares: `${m}.shares`,
  linkClicks: `${m}.link_clicks`,
  videoViews: `${m}.video_views`,
  spend: `${m}.spend_cents`,
  storyExits: `${m}.story_exits`,
});

/**
 * The stored terms, in `POST_TERMS` order. Followers are not stored: a count logged today changes
 * the followers of every post since the one before, and the reader has the period's counts at hand.
 */
export const STORED_TERMS = POST_TERMS.filter((t): t is Exclude<PostTerm, 'followers'> => t !== 'followers');
const termColumn = (term: PostTerm) => `t_${term.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`)}`;
export const TERM_COLUMNS = STORED_TERMS.map(termColumn);
/** The stored terms computed from reading `m`, in the same order. */
const termsOf = (m: string) => STORED_TERMS.map((t) => termSql(m)[t]);
export const TERMS_OF_READING = termsOf('m').join(',\n    ');

const CREATE = `
  CREATE TABLE dashboard_posts (
    channel_id TEXT NOT NULL,
    -- The post's local day as days since 1970-01-01, its instant in seconds (the calendar's order
    -- within a day), its local hour, and 1 when paid + 2 when a story.
    day        INTEGER NOT NULL,
    at         INTEGER NOT NULL,
    seq        INTEGER NOT NULL UNIQUE,
    hour       INTEGER NOT NULL,
    kind       INTEGER NOT NULL,
    -- The day of the latest reading the terms come from; NULL when none was logged.
    taken_on   TEXT,
    ${TERM_COLUMNS.map((c) => `${c} INTEGER`).join(',\n    ')},
    PRIMARY KEY (channel_id, day, at, seq)
  ) STRICT, WITHOUT ROWID;
  CREATE INDEX dashboard_posts_by_reading ON dashboard_posts (taken_on) WHERE taken_on IS NOT NULL;`;

/**
 * How a post's own row is read: by its rowid, whatever the statistics say. With statistics taken
 * while no post was published, SQLite sees the published posts' partial index as empty and scans
 * it rather than seek the rowid; each post then published by the trigger makes the next scan
 * longer (an import publishing 20,000 posts took 10 s instead of 3).
 */
const BY_ROWID = 'posts p NOT INDEXED';
/** As migration 50 shipped its triggers (see 0050-dashboard-posts.ts). */
export const AS_SHIPPED_IN_50 = 'posts p';

/** The row of each post `p` matching `where`, from its latest reading. */
const rowsOf = (where: string, posts = 'posts p') => `
  INSERT INTO dashboard_posts (channel_id, day, at, seq, hour, kind, taken_on, ${TERM_COLUMNS.join(', ')})
  SELECT p.channel_id, unixepoch(p.local_day) / 86400, unixepoch(p.planned_at), p.seq, p.local_hour,
    p.paid + 2 * (p.format = 'story'), m.taken_on, ${TERMS_OF_READING}
  FROM ${posts}
  LEFT JOIN post_metrics m ON m.post_id = p.id
    AND m.taken_on = (SELECT max(x.taken_on) FROM post_metrics x WHERE x.post_id = p.id)
  WHERE ${where} AND p.status = 'published' AND p.deleted_at IS NULL;`;

const seqOf = (postId: string) => `(SELECT seq FROM posts WHERE id = ${postId})`;

/** Only a reading that is its post's latest (or was) changes the row: a correction of an older day does not. */
const isLatest = (reading: string) =>
  `NOT EXISTS (SELECT 1 FROM post_metrics x WHERE x.post_id = ${reading}.post_id AND x.taken_on > ${reading}.taken_on)`;

/** The post's row takes the terms of `new`, its latest reading: in place, the row's key unchanged. */
const TAKE_NEW = `
    UPDATE dashboard_posts SET taken_on = new.taken_on,
      ${TERM_COLUMNS.map((c, i) => `${c} = ${termsOf('new')[i]}`).join(',\n      ')}
    WHERE seq = ${seqOf('new.post_id')};`;

/**
 * Its latest reading gone, the post's row takes the one before, if any. A seek backwards in the
 * readings costs several times one forwards here, so only a deletion pays it.
 */
const TAKE_PREVIOUS = `
    UPDATE dashboard_posts SET (taken_on, ${TERM_COLUMNS.join(', ')}) = (
      SELECT m.taken_on, ${TERMS_OF_READING}
      FROM post_metrics m WHERE m.post_id = old.post_id ORDER BY m.taken_on DESC LIMIT 1
    ) WHERE seq = ${seqOf('old.post_id')};`;

/** What a post's row is made of; a change to anything else (a caption) leaves it alone. */
const POST_FIELDS = 'status, deleted_at, channel_id, planned_at, local_day, local_hour, format, paid';

/** The triggers that keep a post's own row, reading the post from `posts`. */
const postTriggers = (posts: string) => `
  CREATE TRIGGER dashboard_posts_post_insert AFTER INSERT ON posts
    WHEN new.status = 'published' AND new.deleted_at IS NULL BEGIN ${rowsOf('p.seq = new.seq', posts)}
  END;
  CREATE TRIGGER dashboard_posts_post_update AFTER UPDATE OF ${POST_FIELDS} ON posts BEGIN
    DELETE FROM dashboard_posts WHERE seq = old.seq; ${rowsOf('p.seq = new.seq', posts)}
  END;`;

const TRIGGERS = `
  CREATE TRIGGER dashboard_posts_post_delete AFTER DELETE ON posts BEGIN
    DELETE FROM dashboard_posts WHERE seq = old.seq;
  END;
  CREATE TRIGGER dashboard_posts_reading_insert AFTER INSERT ON post_metrics
    WHEN ${isLatest('new')} BEGIN ${TAKE_NEW}
  END;
  CREATE TRIGGER dashboard_posts_reading_update AFTER UPDATE ON post_metrics
    WHEN ${isLatest('new')} BEGIN ${TAKE_NEW}
  END;
  CREATE TRIGGER dashboard_posts_reading_delete AFTER DELETE ON post_metrics
    WHEN ${isLatest('old')} BEGIN ${TAKE_PREVIOUS}
  END;`;

const namesIn = (sql: string) => [...sql.matchAll(/CREATE TRIGGER (\w+)/g)].map((m) => m[1] as string);
const TRIGGER_NAMES = namesIn(postTriggers(BY_ROWID) + TRIGGERS);

/**
 * Creates the table and its triggers, or recreates them, and fills the table from the posts and
 * readings: a later migration that changes a term (what an engagement is) calls it again.
 * `posts`: how the post triggers read a post, `AS_SHIPPED_IN_50` for migration 50 only.
 */
export function installDashboardPosts(db: Db, posts = BY_ROWID): void {
  for (const name of TRIGGER_NAMES) db.exec(`DROP TRIGGER IF EXISTS ${name}`);
  db.exec(
    `DROP TABLE IF EXISTS dashboard_posts; ${CREATE} ${postTriggers(posts)} ${TRIGGERS} ${rowsOf('1')}`,
  );
}

/** The post triggers again, reading each post by its rowid (migration 60). */
export function reinstallPostTriggers(db: Db): void {
  const sql = postTriggers(BY_ROWID);
  for (const name of namesIn(sql)) db.exec(`DROP TRIGGER IF EXISTS ${name}`);
  db.exec(sql);
}
