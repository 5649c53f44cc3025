import { refreshLocalTimes } from '../post-local-time.ts';
import type { Db } from '../types.ts';
import type { Migration } from './types.ts';

/**
 * Each post's day and hour on its client's wall clock (issue 13): the dashboard sums a year of
 * numbers in SQL by period, day, weekday and hour instead of reading every post into JavaScript.
 * SQLite knows no time zones, so the columns are filled here, post by post, with the same
 * conversion as the write path (`post-local-time.ts`), and kept right by every write of
 * `planned_at` and every change of a client's zone. The index holds what the dashboard's sums
 * read of a published post, so a year of them never touches the posts' captions.
 */
export const postLocalTime: Migration = {
  version: 40,
  name: 'post-local-time',
  up(db: Db) {
    db.exec(`
      ALTER TABLE posts ADD COLUMN local_day TEXT NOT NULL DEFAULT '';
      ALTER TABLE posts ADD COLUMN local_hour INTEGER NOT NULL DEFAULT 0 CHECK (local_hour BETWEEN 0 AND 23);
    `);
    const clients = db.prepare('SELECT id, time_zone FROM clients').all() as {
      id: string;
      time_zone: string;
    }[];
    for (const client of clients) refreshLocalTimes(db, client.id, client.time_zone);
    db.exec(`
      CREATE INDEX posts_published_by_day ON posts (client_id, local_day, channel_id, local_hour, format, paid)
        WHERE deleted_at IS NULL AND status = 'published';
    `);
  },
};
