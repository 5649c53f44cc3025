import { utcToZoned } from '../../../shared/calendar/zoned.ts';
import type { PostFace } from '../../../shared/domain/approval.ts';
import type { Channel } from '../../../shared/domain/channel.ts';
import type { Post } from '../../../shared/domain/post.ts';

/** A post as the client meets it, on their wall clock: the page shows it so, and a reply is checked against it so. */
export function postFace(post: Post, channel: Channel | undefined, timeZone: string): PostFace {
  const wall = utcToZoned(post.plannedAt, timeZone);
  return {
    date: wall.date,
    time: wall.time,
    network: channel?.network ?? 'other',
    handle: channel?.handle ?? '',
    format: post.format,
    caption: post.caption,
  };
}
