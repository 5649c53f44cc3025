import { startOfZonedDay, type ZonedParts, zonedClock } from '../../../shared/calendar/zoned.ts';
import type { Client } from '../../../shared/domain/client.ts';
import type { PostFacts } from '../../../shared/kpi/totals.ts';
import type { NetworkId } from '../../../shared/networks.ts';
import {
  type PublishedPostRow,
  type PublishedQuery,
  publishedWithDetail,
  publishedWithMetrics,
  valuesOf,
} from '../../db/post-metrics.ts';
import type { Db } from '../../db/types.ts';
import type { FollowerTimeline } from './follower-timeline.ts';

/** A published post placed on its client's wall clock, with what it brings to the KPIs. */
export interface DatedFacts extends PostFacts {
  postId: string;
  channelId: string;
  date: string;
  time: string;
  /** 0 = Monday … 6 = Sunday. */
  weekday: number;
  hour: number;
  takenOn: string | null;
}

export interface DetailedFacts extends DatedFacts {
  network: NetworkId;
  handle: string;
  caption: string;
}

export interface FactsRange {
  /** Wall-calendar days, `to` exclusive. */
  from: string;
  to: string;
  /** The latest reading on or before this day counts. */
  on: string;
  channelIds?: readonly string[] | undefined;
}

const query = (client: Client, range: FactsRange): PublishedQuery => ({
  clientId: client.id,
  fromUtc: startOfZonedDay(range.from, client.timeZone),
  toUtc: startOfZonedDay(range.to, client.timeZone),
  on: range.on,
  channelIds: range.channelIds,
});

function facts(row: PublishedPostRow, wall: ZonedParts, followers: FollowerTimeline): DatedFacts {
  const utcDay = new Date(`${wall.date}T00:00:00Z`).getUTCDay();
  return {
    postId: row.id,
    channelId: row.channel_id,
    date: wall.date,
    time: wall.time,
    weekday: (utcDay + 6) % 7,
    hour: Math.floor(wall.minutes / 60),
    format: row.format,
    paid: row.paid === 1,
    values: valuesOf(row),
    takenOn: row.taken_on,
    followers: followers.at(row.channel_id, wall.date),
  };
}

/** The published posts of a range with their latest numbers and their channel's followers on their day. */
export function postFacts(
  db: Db,
  client: Client,
  range: FactsRange,
  followers: FollowerTimeline,
): DatedFacts[] {
  const clock = zonedClock(client.timeZone);
  return publishedWithMetrics(db, query(client, range)).map((r) =>
    facts(r, clock(Date.parse(r.planned_at)), followers),
  );
}

/** The same, with what the grid shows of each post: its channel and first words. */
export function detailedFacts(
  db: Db,
  client: Client,
  range: FactsRange,
  followers: FollowerTimeline,
): DetailedFacts[] {
  const clock = zonedClock(client.timeZone);
  return publishedWithDetail(db, query(client, range)).map((r) => ({
    ...facts(r, clock(Date.parse(r.planned_at)), followers),
    network: r.network as NetworkId,
    handle: r.handle,
    caption: r.caption,
  }));
}
