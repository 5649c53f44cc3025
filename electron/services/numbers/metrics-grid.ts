import { zonedToday } from '../../../shared/calendar/zoned.ts';
import type { ParsedInput } from '../../../shared/contract.ts';
import type { MetricsRow } from '../../../shared/domain/metrics.ts';
import { getClient } from '../../db/clients.ts';
import type { Db } from '../../db/types.ts';
import { followerTimeline } from './follower-timeline.ts';
import { detailedFacts } from './post-facts.ts';

/** The logging grid: a period's published posts with their numbers as of a day (today by default). */
export function metricsGrid(db: Db, input: ParsedInput<'metrics.grid'>, now: Date): MetricsRow[] {
  const client = getClient(db, input.clientId);
  const on = input.on ?? zonedToday(now, client.timeZone);
  const followers = followerTimeline(db, client.id, input.from, input.to);
  return detailedFacts(db, client, { ...input, on }, followers).map((f) => ({
    postId: f.postId,
    channelId: f.channelId,
    network: f.network,
    channelHandle: f.handle,
    date: f.date,
    time: f.time,
    format: f.format,
    paid: f.paid,
    caption: f.caption,
    values: f.values,
    takenOn: f.takenOn,
    followers: f.followers,
  }));
}
