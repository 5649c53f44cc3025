import { z } from 'zod';
import { atMostDays, inOrder } from '../calendar/range.ts';
import { Id, IsoDateSchema } from './fields.ts';
import { COUNT_MAX } from './metrics.ts';

/** A channel's audience as read on a given day. */
export interface FollowerCount {
  channelId: string;
  takenOn: string;
  followers: number;
  profileVisits: number | null;
}

const Count = z
  .number({ message: 'notANumber' })
  .int({ message: 'notInteger' })
  .min(0, { message: 'negative' })
  .max(COUNT_MAX, { message: 'tooBig' });

/** The weekly form: every channel of one client at one date; a second entry the same day corrects the first. */
export const FollowersSave = z.strictObject({
  clientId: Id,
  on: IsoDateSchema,
  entries: z
    .array(
      z.strictObject({
        channelId: Id,
        followers: Count,
        profileVisits: Count.nullable().default(null),
      }),
    )
    .min(1, { message: 'required' })
    .max(200)
    .superRefine((entries, ctx) => {
      const seen = new Set<string>();
      entries.forEach((e, i) => {
        if (seen.has(e.channelId))
          ctx.addIssue({ code: 'custom', path: [i, 'channelId'], message: 'duplicateChannel' });
        seen.add(e.channelId);
      });
    }),
});
export type FollowersSave = z.input<typeof FollowersSave>;

/** Five years of daily counts per channel at most. */
export const FOLLOWERS_DAYS_MAX = 5 * 366;

export const FollowersQuery = z
  .strictObject({
    clientId: Id,
    /** First day, inclusive. */
    from: IsoDateSchema,
    /** Last day, exclusive. */
    to: IsoDateSchema,
  })
  .refine(inOrder, { message: 'rangeEmpty', path: ['to'] })
  .refine(atMostDays(FOLLOWERS_DAYS_MAX), { message: 'rangeTooLong', path: ['to'] });
export type FollowersQuery = z.input<typeof FollowersQuery>;

/** What the weekly form shows: each live channel's latest count on or before a date. */
export const FollowersLatestQuery = z.strictObject({ clientId: Id, on: IsoDateSchema });
