import { z } from 'zod';
import { atMostDays, inOrder } from '../calendar/range.ts';
import type { NetworkId } from '../networks.ts';
import { Id, IsoDateSchema } from './fields.ts';
import type { PostFormat } from './post.ts';

/** What a CM copies from a network's insights screen, in the grid's column order. */
export const METRICS = [
  'impressions',
  'reach',
  'reactions',
  'comments',
  'shares',
  'saves',
  'linkClicks',
  'profileVisits',
  'videoViews',
  'storyExits',
  'storyReplies',
  'storyForwardTaps',
  'spend',
] as const;
export type Metric = (typeof METRICS)[number];

/** Only stories have these; a story's impressions are its `impressions`. */
export const STORY_METRICS: readonly Metric[] = ['storyExits', 'storyReplies', 'storyForwardTaps'];

/** null: not logged. Counts are whole numbers; `spend` is in cents of the client's currency. */
export type MetricValues = Record<Metric, number | null>;

export const EMPTY_METRICS: MetricValues = Object.fromEntries(METRICS.map((m) => [m, null])) as MetricValues;

/** A count no post will reach (a trillion views); a larger number is a typing accident. */
export const COUNT_MAX = 1_000_000_000_000;
/** 10 million in the client's currency, in cents. */
export const SPEND_MAX_CENTS = 1_000_000_000;

/** Does this metric make sense for this post? Story metrics for stories, spend for paid posts. */
export function metricApplies(metric: Metric, post: { format: PostFormat; paid: boolean }): boolean {
  if (STORY_METRICS.includes(metric)) return post.format === 'story';
  if (metric === 'spend') return post.paid;
  return true;
}

export const MetricSchema = z.enum(METRICS, { message: 'invalidChoice' });

const MetricValue = z
  .number({ message: 'notANumber' })
  .int({ message: 'notInteger' })
  .min(0, { message: 'negative' })
  .max(COUNT_MAX, { message: 'tooBig' })
  .nullable();

export const MetricCell = z
  .strictObject({ postId: Id, metric: MetricSchema, value: MetricValue })
  .superRefine((c, ctx) => {
    // A range issue, not a custom one, so the message says the limit ("10000000 at most").
    if (c.metric === 'spend' && c.value !== null && c.value > SPEND_MAX_CENTS)
      ctx.addIssue({
        code: 'too_big',
        origin: 'number',
        maximum: SPEND_MAX_CENTS,
        inclusive: true,
        input: c.value,
        path: ['value'],
      });
  });
export type MetricCell = z.infer<typeof MetricCell>;

/** The grid holds a period's posts; 5,000 cells is ten columns of a busy quarter, pasted at once. */
export const CELLS_MAX = 5000;

/** One edit or one paste: every cell or none (a paste with a bad cell changes nothing). */
export const MetricsSave = z.strictObject({
  /** The day the numbers were read on the network (the reading's day); today by default in the UI. */
  on: IsoDateSchema,
  cells: z.array(MetricCell).min(1, { message: 'required' }).max(CELLS_MAX, { message: 'tooMany' }),
});
export type MetricsSave = z.input<typeof MetricsSave>;

/** A grid spans at most a year of posts. */
export const GRID_DAYS_MAX = 366;

export const MetricsGridQuery = z
  .strictObject({
    clientId: Id,
    /** First wall-calendar day, inclusive. */
    from: IsoDateSchema,
    /** Last wall-calendar day, exclusive. */
    to: IsoDateSchema,
    channelIds: z.array(Id).max(200).optional(),
    /** Numbers as read on that day (the latest reading on or before it); today by default. */
    on: IsoDateSchema.optional(),
  })
  .refine(inOrder, { message: 'rangeEmpty', path: ['to'] })
  .refine(atMostDays(GRID_DAYS_MAX), { message: 'gridTooLong', path: ['to'] });
export type MetricsGridQuery = z.input<typeof MetricsGridQuery>;

/** One published post of the period and its latest numbers. */
export interface MetricsRow {
  postId: string;
  channelId: string;
  network: NetworkId;
  channelHandle: string;
  /** Wall-clock date and time of publication in the client's zone. */
  date: string;
  time: string;
  format: PostFormat;
  paid: boolean;
  caption: string;
  values: MetricValues;
  /** Date of the latest reading; null when nothing is logged yet. */
  takenOn: string | null;
  /** The channel's followers at the publication date (latest count on or before it). */
  followers: number | null;
}

/** What a save returns: each touched post's numbers as of the day written. */
export interface SavedMetrics {
  postId: string;
  takenOn: string;
  values: MetricValues;
}

export interface MetricsReading {
  id: string;
  postId: string;
  takenOn: string;
  values: MetricValues;
  updatedAt: string;
}
