import { addDays, daysBetween, type IsoDate } from '../shared/calendar/dates.ts';
import type { MetricValues } from '../shared/domain/metrics.ts';
import { EMPTY_METRICS } from '../shared/domain/metrics.ts';
import type { PostFormat } from '../shared/domain/post.ts';
import { DATASET_NOW, POSTS_FROM } from './posts-gen.ts';
import type { Rng } from './rng.ts';

const TODAY = DATASET_NOW.slice(0, 10);

/**
 * When a CM reads a post's insights again, in days after it went out, and how much of its final
 * audience it had reached by then: most posts are read three to five times, a few up to seven.
 */
const READINGS = [
  { after: 1, share: 0.45 },
  { after: 2, share: 0.62 },
  { after: 3, share: 0.72 },
  { after: 7, share: 0.86 },
  { after: 14, share: 0.94 },
  { after: 28, share: 0.98 },
  { after: 60, share: 1 },
];

export interface PublishedPost {
  id: string;
  date: IsoDate;
  format: PostFormat;
  paid: boolean;
  /** The channel's followers that day: a bigger audience sees more. */
  followers: number;
}

export interface Reading {
  postId: string;
  on: IsoDate;
  values: Partial<MetricValues>;
}

const scaled = (v: number, share: number) => Math.round(v * share);

/** Every reading of one published post, each a little higher than the last, never after today. */
export function* readingsOf(rng: Rng, post: PublishedPost): Generator<Reading> {
  const impressions = Math.round(post.followers * (0.3 + rng.next() * 1.6) * (post.paid ? 4 : 1));
  const reach = Math.round(impressions * (0.55 + rng.next() * 0.35));
  const engaged = reach * (0.01 + rng.next() * 0.08);
  const final = {
    impressions,
    reach,
    reactions: Math.round(engaged * 0.75),
    comments: Math.round(engaged * 0.1),
    shares: Math.round(engaged * 0.08),
    saves: Math.round(engaged * 0.07),
    linkClicks: Math.round(reach * rng.next() * 0.02),
    profileVisits: Math.round(reach * rng.next() * 0.01),
    videoViews: post.format === 'video' || post.format === 'reel' ? Math.round(impressions * 0.6) : null,
  };
  const count = rng.int(3, 7);
  for (const reading of READINGS.slice(0, count)) {
    const on = addDays(post.date, reading.after);
    if (on > TODAY) return;
    const values: Partial<MetricValues> = { ...EMPTY_METRICS };
    for (const [metric, v] of Object.entries(final))
      values[metric as keyof MetricValues] = v === null ? null : scaled(v, reading.share);
    if (post.format === 'story') {
      values.storyExits = scaled(impressions * 0.18, reading.share);
      values.storyReplies = scaled(engaged * 0.05, reading.share);
      values.storyForwardTaps = scaled(impressions * 0.4, reading.share);
    }
    if (post.paid) values.spend = rng.int(20, 500) * 100;
    yield { postId: post.id, on, values };
  }
}

/** A channel's audience every day of the five years: a slow climb with noisy days and the odd dip. */
export function* dailyFollowers(rng: Rng): Generator<{ on: IsoDate; followers: number }> {
  let followers = rng.int(200, 20_000);
  const trend = 0.0002 + rng.next() * 0.0015;
  const days = daysBetween(POSTS_FROM, TODAY);
  for (let d = 0; d <= days; d++) {
    followers = Math.max(0, Math.round(followers * (1 + trend + (rng.next() - 0.5) * 0.004)));
    yield { on: addDays(POSTS_FROM, d), followers };
  }
}
