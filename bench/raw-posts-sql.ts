/**
 * The SQL `listPosts` runs, written out by hand: the raw side the benchmarks measure the
 * repository against. Kept as plain text on purpose — a baseline built with the app's own
 * composition would hide that composition's cost.
 */
const LIVE = `FROM posts p
  JOIN channels h ON h.id = p.channel_id AND h.deleted_at IS NULL
  JOIN clients c ON c.id = p.client_id AND c.deleted_at IS NULL
  WHERE p.deleted_at IS NULL AND p.client_id = ? AND p.planned_at >= ? AND p.planned_at < ?`;

/** A week filtered by channels and statuses (JSON arrays), oldest first. */
export const RAW_FILTERED = `SELECT p.* ${LIVE} AND p.channel_id IN (SELECT value FROM json_each(?)) AND p.status IN (SELECT value FROM json_each(?))
  ORDER BY p.planned_at, p.id LIMIT ?`;

/** A full-text search: as the app does, newest first. */
export const RAW_SEARCH = `SELECT p.* ${LIVE} AND p.seq IN (SELECT rowid FROM posts_fts WHERE posts_fts MATCH ?)
  ORDER BY p.planned_at DESC, p.id DESC LIMIT ?`;
