import type { Channel } from '../domain/channel.ts';
import type { Pillar } from '../domain/pillar.ts';
import type { Post, PostStatus } from '../domain/post.ts';
import { NETWORKS } from '../networks.ts';
import { firstWords } from './excerpt.ts';
import { type IcsEvent, type IcsStatus, writeIcs } from './ics.ts';

/** A post has no duration; half an hour makes it a visible block in any calendar app. */
export const EVENT_MINUTES = 30;
/** Characters of the caption in an event title, after the network name. */
export const SUMMARY_WORDS = 40;

/**
 * Ideas and drafts are not settled yet: TENTATIVE, which calendar apps draw faded or hatched.
 * Ready and published posts are CONFIRMED; a cancelled post stays in the file as CANCELLED so a
 * calendar that imported an earlier export strikes it out instead of keeping it.
 */
const STATUS: Record<PostStatus, IcsStatus> = {
  idea: 'TENTATIVE',
  draft: 'TENTATIVE',
  ready: 'CONFIRMED',
  published: 'CONFIRMED',
  cancelled: 'CANCELLED',
};

export interface PostLookups {
  channels: ReadonlyMap<string, Channel>;
  pillars: ReadonlyMap<string, Pillar>;
}

/** `Instagram · Croissants au beurre ce…`: the time is already the event's own. */
export function postSummary(post: Post, channel: Channel | undefined): string {
  const network = channel ? NETWORKS[channel.network].name : '';
  const words = firstWords(post.caption, SUMMARY_WORDS) || (channel?.handle ?? '');
  return [network, words].filter((s) => s !== '').join(' · ');
}

export function postEvent(post: Post, lookups: PostLookups): IcsEvent {
  const pillar = post.pillarId ? lookups.pillars.get(post.pillarId) : undefined;
  const start = Date.parse(post.plannedAt);
  return {
    uid: `${post.id}@calepin`,
    start: post.plannedAt,
    end: new Date(start + EVENT_MINUTES * 60_000).toISOString(),
    summary: postSummary(post, lookups.channels.get(post.channelId)),
    description: [post.caption, post.linkUrl].filter((s) => s !== '').join('\n\n'),
    url: post.linkUrl,
    status: STATUS[post.status],
    categories: [pillar?.name ?? '', post.campaign],
    created: post.createdAt,
    lastModified: post.updatedAt,
  };
}

export function postsToIcs(
  posts: readonly Post[],
  lookups: PostLookups & { name: string; stamp: string },
): string {
  return writeIcs({
    name: lookups.name,
    stamp: lookups.stamp,
    events: posts.map((p) => postEvent(p, lookups)),
  });
}
