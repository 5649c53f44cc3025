import { z } from 'zod';
import type { NetworkId } from '../networks.ts';
import { Id, IsoDateSchema, NOTES_MAX, OptionalHttpUrl } from './fields.ts';
import { COUNT_MAX } from './metrics.ts';

/** What a competitor's account showed on a day, read by hand from its public profile. */
export interface CompetitorReading {
  takenOn: string;
  followers: number | null;
  /** Posts published since the account's reading before this one. */
  posts: number | null;
  /** The average engagements of those posts (reactions, comments, shares, saves), to one decimal. */
  engagementsPerPost: number | null;
  /** Their standout post of the period, and why it worked. */
  standoutUrl: string;
  standoutNote: string;
}

/** A competitor's readings are saved by field: these are the ones the grid edits. */
export const READING_FIELDS = [
  'followers',
  'posts',
  'engagementsPerPost',
  'standoutUrl',
  'standoutNote',
] as const;
export type ReadingField = (typeof READING_FIELDS)[number];

/** One row of the readings grid: an account of a live competitor, its reading on the day and the one before. */
export interface CompetitorReadingRow {
  accountId: string;
  competitorId: string;
  competitorName: string;
  color: string;
  network: NetworkId;
  handle: string;
  reading: CompetitorReading | null;
  previous: CompetitorReading | null;
}

const Count = z
  .number({ message: 'notANumber' })
  .int({ message: 'notInteger' })
  .min(0, { message: 'negative' })
  .max(COUNT_MAX, { message: 'tooBig' });

const PerPost = z
  .number({ message: 'notANumber' })
  .min(0, { message: 'negative' })
  .max(COUNT_MAX, { message: 'tooBig' })
  .refine((v) => Math.abs(v * 10 - Math.round(v * 10)) < 1e-6, { message: 'tooPrecise' });

export const CompetitorReadingsQuery = z.strictObject({ clientId: Id, on: IsoDateSchema });
export type CompetitorReadingsQuery = z.input<typeof CompetitorReadingsQuery>;

/** A paste of a spreadsheet is at most a few hundred accounts; a longer one is a mistake. */
export const READING_ROWS_MAX = 500;

/** Fields left out are kept; `null` or `''` clears one. */
export const CompetitorReadingsSave = z.strictObject({
  clientId: Id,
  on: IsoDateSchema,
  rows: z
    .array(
      z.strictObject({
        accountId: Id,
        followers: Count.nullable().optional(),
        posts: Count.nullable().optional(),
        engagementsPerPost: PerPost.nullable().optional(),
        standoutUrl: OptionalHttpUrl.optional(),
        standoutNote: z.string().trim().max(NOTES_MAX).optional(),
      }),
    )
    .min(1, { message: 'required' })
    .max(READING_ROWS_MAX)
    .superRefine((rows, ctx) => {
      const seen = new Set<string>();
      rows.forEach((r, i) => {
        if (seen.has(r.accountId))
          ctx.addIssue({ code: 'custom', path: [i, 'accountId'], message: 'duplicateAccount' });
        seen.add(r.accountId);
      });
    }),
});
export type CompetitorReadingsSave = z.input<typeof CompetitorReadingsSave>;
