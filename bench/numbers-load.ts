import { writeFollowerCount } from '../electron/db/follower-counts.ts';
import { writeReading } from '../electron/db/post-metrics.ts';
import type { Db } from '../electron/db/types.ts';
import type { Channel } from '../shared/domain/channel.ts';
import type { PostFormat } from '../shared/domain/post.ts';
import { dailyFollowers, readingsOf } from './metrics-gen.ts';
import { DATASET_NOW } from './posts-gen.ts';
import { createRng } from './rng.ts';

export interface LoadedNumbers {
  readings: number;
  followerCounts: number;
  loadMs: number;
}

/**
 * The hand-logged side of the heavy freelancer: daily follower counts for every channel and a few
 * dated readings of every published post, written by the repositories' own upserts in one transaction.
 */
export function loadNumbers(db: Db, channels: readonly Channel[], seed: number): LoadedNumbers {
  const started = performance.now();
  const rng = createRng(seed);
  let readings = 0;
  let followerCounts = 0;
  db.transaction(() => {
    const byChannel = new Map<string, Map<string, number>>();
    for (const channel of channels) {
      const days = new Map<string, number>();
      for (const { on, followers } of dailyFollowers(rng)) {
        writeFollowerCount(db, { channelId: channel.id, followers, profileVisits: null }, on, DATASET_NOW);
        days.set(on, followers);
        followerCounts++;
      }
      byChannel.set(channel.id, days);
    }
    const published = db
      .prepare(
        `SELECT id, channel_id, substr(planned_at, 1, 10) AS date, format, paid FROM posts
         WHERE status = 'published' ORDER BY seq`,
      )
      .all() as { id: string; channel_id: string; date: string; format: PostFormat; paid: number }[];
    for (const p of published) {
      const followers = byChannel.get(p.channel_id)?.get(p.date) ?? 1000;
      const post = { id: p.id, date: p.date, format: p.format, paid: p.paid === 1, followers };
      for (const s of readingsOf(rng, post)) {
        writeReading(db, s.postId, s.on, s.values, DATASET_NOW);
        readings++;
      }
    }
  })();
  return { readings, followerCounts, loadMs: performance.now() - started };
}
