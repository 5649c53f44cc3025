/**
 * What a column of an export holds, for Calepin. Known formats say it in the catalogue; a user says
 * it in the column-mapping step for any other file; both are read by the same row reader.
 */
import { METRICS, type Metric } from '../domain/metrics.ts';

export const FIELDS = [
  /** The network's own id of the post (X's tweet id, YouTube's video id…). */
  'postId',
  'permalink',
  /** Caption, text or title; with several such columns the first non-empty one is taken. */
  'caption',
  /** When the post went out. */
  'published',
  /** The export's date or period for the numbers (`Lifetime`, a day of a daily series). */
  'period',
  /** New follows the post brought: not a post metric, kept aside for the follower counts. */
  'follows',
  /** A daily series' figure whose title Calepin does not know. */
  'value',
  /** The page or account the post is on (Meta's `Page name`, `Account username`): picks the channel. */
  'account',
  /** The network's word for the post's kind (`IG reel`, `Photo`): a post added from the file keeps it. */
  'postType',
] as const;
export type Field = (typeof FIELDS)[number];

/** Metric names and field names never collide, so one string says either. */
export type ColumnMeaning = Field | Metric;

export const isMetric = (meaning: ColumnMeaning): meaning is Metric =>
  (METRICS as readonly string[]).includes(meaning);

export const COLUMN_MEANINGS: readonly ColumnMeaning[] = [...FIELDS, ...METRICS];
