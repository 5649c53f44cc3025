import type { IsoDate, LocalTime } from '../../../shared/calendar/dates.ts';
import { type Occurrence, occurrenceOf, utcToZoned } from '../../../shared/calendar/zoned.ts';
import type { Post } from '../../../shared/domain/post.ts';
import type { PostFormat, PostStatus } from '../../../shared/domain/post-choices.ts';

/**
 * The composer's fields as the user types them: text, before they become the contract's values
 * (post-draft-check.ts, with the contract's schemas: the calendar draws drafts without zod).
 */
export interface PostDraft {
  channelId: string;
  date: IsoDate;
  time: LocalTime;
  /** Which one, when the autumn change makes the time happen twice. */
  occurrence: Occurrence;
  status: PostStatus;
  format: PostFormat;
  caption: string;
  linkUrl: string;
  /** '' for none. */
  pillarId: string;
  campaign: string;
  paid: boolean;
  /** As typed: "12,50", "12.50", "1 200" or ''. */
  budget: string;
  notes: string;
  /** The audience segments the post is meant for. */
  segmentIds: string[];
}
export type DraftField = keyof PostDraft;

export const DRAFT_FIELDS: readonly DraftField[] = [
  'channelId',
  'date',
  'time',
  'occurrence',
  'status',
  'format',
  'caption',
  'linkUrl',
  'pillarId',
  'campaign',
  'paid',
  'budget',
  'notes',
  'segmentIds',
];

export function draftOf(post: Post, zone: string): PostDraft {
  const local = utcToZoned(post.plannedAt, zone);
  return {
    channelId: post.channelId,
    date: local.date,
    time: local.time,
    occurrence: occurrenceOf(post.plannedAt, zone),
    status: post.status,
    format: post.format,
    caption: post.caption,
    linkUrl: post.linkUrl,
    pillarId: post.pillarId ?? '',
    campaign: post.campaign,
    paid: post.paid,
    budget: post.budgetCents === null ? '' : formatCents(post.budgetCents),
    notes: post.notes,
    segmentIds: post.segmentIds,
  };
}

export const newDraft = (channelId: string, date: IsoDate, time: LocalTime): PostDraft => ({
  channelId,
  date,
  time,
  occurrence: 'earlier',
  status: 'draft',
  format: 'text',
  caption: '',
  linkUrl: '',
  pillarId: '',
  campaign: '',
  paid: false,
  budget: '',
  notes: '',
  segmentIds: [],
});

/** Cents as the user would type them back: "12.5" → "12.50", whole amounts without decimals. */
export function formatCents(cents: number): string {
  return cents % 100 === 0 ? String(cents / 100) : (cents / 100).toFixed(2);
}

/** Lists (the segments) compare by content: ticking a segment then unticking it changes nothing. */
const same = (a: PostDraft[DraftField], b: PostDraft[DraftField]) =>
  Array.isArray(a) && Array.isArray(b) ? a.length === b.length && a.every((x, i) => x === b[i]) : a === b;

export const changedFields = (from: PostDraft, to: PostDraft): DraftField[] =>
  DRAFT_FIELDS.filter((f) => !same(from[f], to[f]));
