import { reinstallPostTriggers } from '../dashboard-posts.ts';
import type { Db } from '../types.ts';
import type { Migration } from './types.ts';

/**
 * Numbers in by file (issue 14). A post keeps the network's own id and link once an export has
 * named them, so the next export of that post finds it by id rather than by time and caption, and
 * a re-import lands on the same post. Saved column mappings are found again by the folded header
 * of the file they were made for (`headerSignature`). The dashboard's post triggers read each post
 * by its rowid: an import publishes thousands of posts at once (see dashboard-posts.ts).
 */
export const networkPosts: Migration = {
  version: 60,
  name: 'network-posts',
  up(db: Db) {
    db.exec(`
    ALTER TABLE posts ADD COLUMN network_post_id TEXT;
    ALTER TABLE posts ADD COLUMN permalink TEXT;
    CREATE INDEX posts_by_network_post ON posts (channel_id, network_post_id)
      WHERE network_post_id IS NOT NULL;

    CREATE TABLE import_mappings (
      signature  TEXT PRIMARY KEY,
      mapping    TEXT NOT NULL CHECK (json_valid(mapping)),
      updated_at TEXT NOT NULL
    ) STRICT;
  `);
    reinstallPostTriggers(db);
  },
};
