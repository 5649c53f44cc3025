import { addDays, daysBetween, type IsoDate, weekday } from '../shared/calendar/dates.ts';
import type { ClientCreate } from '../shared/domain/client.ts';
import type { PostCreate, PostFormat, PostStatus } from '../shared/domain/post.ts';
import type { NetworkId } from '../shared/networks.ts';
import { caption, notes, pickSkewed, skewed } from './captions.ts';
import type { Rng } from './rng.ts';

/**
 * Five years of posts (2022-01-01 up to 2027-01-01, exclusive), day by day, with the rhythm of a
 * real calendar: fewer posts at weekends and in August, more before Christmas, most of them at
 * breakfast, lunch and early evening. Posts before the dataset's "now" are published (a few
 * cancelled or forgotten), later ones are ideas, drafts or ready.
 */
export const POSTS_FROM: IsoDate = '2022-01-01';
export const POSTS_TO: IsoDate = '2027-01-01';
export const DATASET_NOW = '2026-11-26T09:00:00.000Z';
const TODAY = DATASET_NOW.slice(0, 10);

/** The heavy client's pace: with November's season factor, ~150 posts a week and ~640 a month. */
export const HEAVY_POSTS_PER_WEEK = 136;

/** Sunday first, as `weekday`; sums to 7 so a week keeps its average. */
const WEEKDAY_WEIGHT = [0.6, 1.1, 1.15, 1.15, 1.15, 1.1, 0.75];
/** January … December; averages 1. */
const SEASON = [0.95, 0.95, 1, 1, 1.05, 1, 0.9, 0.75, 1.05, 1.05, 1.1, 1.2];
/** Relative weight of each hour of the day. */
const HOUR_WEIGHT = [
  0, 0, 0, 0, 0, 0, 0.2, 0.8, 1.5, 1.2, 1, 1.2, 1.6, 1.2, 0.8, 0.8, 1, 1.4, 1.8, 1.5, 1, 0.6, 0.3, 0.1,
];
const HOUR_TOTAL = HOUR_WEIGHT.reduce((a, b) => a + b, 0);
const MINUTES = [0, 0, 0, 15, 30, 30, 45, 10, 20, 50];

/** Most used first: a pick is skewed towards the start of each list. */
const FORMATS: Record<NetworkId, readonly PostFormat[]> = {
  facebook: ['image', 'text', 'video', 'carousel', 'live', 'poll', 'story'],
  instagram: ['image', 'carousel', 'reel', 'story', 'video', 'live'],
  linkedin: ['text', 'image', 'article', 'document', 'carousel', 'poll', 'video'],
  x: ['text', 'image', 'poll', 'video'],
  tiktok: ['reel', 'video', 'live'],
  threads: ['text', 'image', 'poll'],
  pinterest: ['image', 'video'],
  youtube: ['video', 'reel', 'live'],
  blog: ['article'],
  forum: ['text'],
  other: ['text', 'image', 'document'],
};

/** Month-day windows; a post inside one belongs to that year's campaign about half the time. */
const CAMPAIGNS = [
  { name: 'Soldes d’hiver', from: '01-07', to: '02-10' },
  { name: 'Saint-Valentin', from: '02-01', to: '02-14' },
  { name: 'Printemps', from: '03-20', to: '04-30' },
  { name: 'Fête des mères', from: '05-10', to: '06-01' },
  { name: 'Soldes d’été', from: '06-24', to: '07-31' },
  { name: 'Rentrée', from: '08-25', to: '09-30' },
  { name: 'Black Friday', from: '11-15', to: '11-30' },
  { name: 'Noël', from: '12-01', to: '12-24' },
];

export interface ClientPlan {
  index: number;
  client: ClientCreate;
  /** Indices into the dataset's channels and pillars. */
  channels: { index: number; network: NetworkId }[];
  pillars: number[];
  postsPerWeek: number;
  /** The client's first day with the freelancer. */
  since: IsoDate;
}

export interface GeneratedPost {
  channel: number;
  pillar: number | null;
  input: Omit<PostCreate, 'clientId' | 'channelId' | 'pillarId'>;
}

/** Knuth's method: exact for the small daily means used here (at most ~30). */
function poisson(rng: Rng, mean: number): number {
  const limit = Math.exp(-mean);
  let k = 0;
  let p = rng.next();
  while (p > limit) {
    k++;
    p *= rng.next();
  }
  return k;
}

function hour(rng: Rng): number {
  let r = rng.next() * HOUR_TOTAL;
  for (let h = 0; h < HOUR_WEIGHT.length; h++) {
    r -= HOUR_WEIGHT[h] ?? 0;
    if (r < 0) return h;
  }
  return 12;
}

function status(rng: Rng, date: IsoDate): PostStatus {
  const r = rng.next();
  if (date < TODAY) return r < 0.88 ? 'published' : r < 0.95 ? 'cancelled' : r < 0.97 ? 'ready' : 'draft';
  if (daysBetween(TODAY, date) <= 14) return r < 0.5 ? 'ready' : r < 0.85 ? 'draft' : 'idea';
  return r < 0.4 ? 'idea' : r < 0.85 ? 'draft' : 'ready';
}

function campaign(rng: Rng, date: IsoDate): string {
  const day = date.slice(5);
  const open = CAMPAIGNS.filter((c) => day >= c.from && day <= c.to);
  if (open.length === 0 || !rng.chance(0.55)) return '';
  return `${rng.pick(open).name} ${date.slice(0, 4)}`;
}

const pad = (n: number) => String(n).padStart(2, '0');

function post(rng: Rng, plan: ClientPlan, date: IsoDate, trade: string, slug: string): GeneratedPost {
  const channel = pickSkewed(rng, plan.channels);
  const link = rng.chance(0.2) ? `https://example.org/${slug}/${date}` : '';
  const paid = rng.chance(0.04);
  return {
    channel: channel.index,
    pillar:
      plan.pillars.length > 0 && rng.chance(0.8)
        ? (plan.pillars[skewed(rng, plan.pillars.length)] ?? null)
        : null,
    input: {
      date,
      time: `${pad(hour(rng))}:${pad(rng.pick(MINUTES))}`,
      status: status(rng, date),
      format: pickSkewed(rng, FORMATS[channel.network]),
      caption: caption(rng, trade, link),
      linkUrl: link,
      campaign: campaign(rng, date),
      paid,
      budgetCents: paid && rng.chance(0.9) ? rng.int(20, 500) * 100 : null,
      notes: notes(rng),
    },
  };
}

/** Every post of every client, day by day; streamed so 50,000 posts never sit in memory at once. */
export function* generatePosts(rng: Rng, plans: readonly ClientPlan[]): Generator<GeneratedPost> {
  const total = daysBetween(POSTS_FROM, POSTS_TO);
  for (let d = 0; d < total; d++) {
    const date = addDays(POSTS_FROM, d);
    const factor = (WEEKDAY_WEIGHT[weekday(date)] ?? 1) * (SEASON[Number(date.slice(5, 7)) - 1] ?? 1);
    for (const plan of plans) {
      if (date < plan.since || plan.channels.length === 0) continue;
      const trade = plan.client.name.split(' ')[0] ?? '';
      const slug = `client-${plan.index + 1}`;
      const count = poisson(rng, (plan.postsPerWeek / 7) * factor);
      for (let i = 0; i < count; i++) yield post(rng, plan, date, trade, slug);
    }
  }
}
