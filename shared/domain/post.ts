import { z } from 'zod';
import type { PostApproval } from './approval.ts';
import type { Attachment } from './attachment.ts';
import { Id, IsoDateSchema, LocalTimeSchema, Notes, OptionalHttpUrl, type RowMeta } from './fields.ts';
import { POST_FORMATS, POST_STATUSES, type PostFormat, type PostStatus } from './post-choices.ts';

// The renderer's first screen reads them from post-choices.ts, without zod.
export { POST_FORMATS, POST_STATUSES, type PostFormat, type PostStatus } from './post-choices.ts';

export const CAPTION_MAX = 70_000;
/** Posts one list returns unless asked otherwise: a search over years stops at the most recent ones. */
export const POST_LIST_LIMIT = 2000;
export const CAMPAIGN_MAX = 80;
/** 10 million in the client's currency, in cents: well above any freelancer's post budget. */
export const BUDGET_MAX_CENTS = 1_000_000_000;

export interface Post extends RowMeta {
  clientId: string;
  channelId: string;
  /** UTC instant (ISO 8601). */
  plannedAt: string;
  /** The zone the time was planned in: the client's at the time. */
  timeZone: string;
  status: PostStatus;
  /** UTC instant the post really went out; set when published. */
  publishedAt: string | null;
  format: PostFormat;
  caption: string;
  linkUrl: string;
  pillarId: string | null;
  campaign: string;
  paid: boolean;
  /** In cents of the client's currency; null when no budget is set. */
  budgetCents: number | null;
  notes: string;
  /** The network's own id of the post, and its address there: known once an export named them. */
  networkPostId: string | null;
  permalink: string | null;
  /** The idea of the bank it was made from, if any. */
  ideaId: string | null;
  /** Images and videos, in order. */
  attachments: Attachment[];
  /** The audience segments it is meant for. */
  segmentIds: string[];
  /** The client's last answer from an approval file, if any. */
  approval: PostApproval | null;
}

const Status = z.enum(POST_STATUSES, { message: 'invalidChoice' });
const Format = z.enum(POST_FORMATS, { message: 'invalidChoice' });
const Caption = z.string().max(CAPTION_MAX);
const Campaign = z.string().trim().max(CAMPAIGN_MAX);
const Budget = z.number().int({ message: 'invalidType' }).min(0).max(BUDGET_MAX_CENTS).nullable();
const Instant = z.iso.datetime({ message: 'invalidDate' });
/** For a time the autumn change makes happen twice: the first (summer time) or the second. */
const Occurrence = z.enum(['earlier', 'later'], { message: 'invalidChoice' });

/** The editable fields; a date and time are on the client's wall clock. */
export const PostFields = z.strictObject({
  channelId: Id,
  date: IsoDateSchema,
  time: LocalTimeSchema,
  occurrence: Occurrence,
  status: Status,
  publishedAt: Instant.nullable(),
  format: Format,
  caption: Caption,
  linkUrl: OptionalHttpUrl,
  pillarId: Id.nullable(),
  campaign: Campaign,
  paid: z.boolean(),
  budgetCents: Budget,
  notes: Notes,
  segmentIds: z.array(Id).max(50),
});
const fields = PostFields.shape;

export const PostCreate = z.strictObject({
  clientId: Id,
  channelId: fields.channelId,
  date: fields.date,
  time: fields.time,
  occurrence: fields.occurrence.optional(),
  status: fields.status.default('draft'),
  publishedAt: fields.publishedAt.optional(),
  format: fields.format.default('text'),
  caption: fields.caption.default(''),
  linkUrl: fields.linkUrl.default(''),
  pillarId: fields.pillarId.default(null),
  campaign: fields.campaign.default(''),
  paid: fields.paid.default(false),
  budgetCents: fields.budgetCents.default(null),
  notes: fields.notes.default(''),
  segmentIds: fields.segmentIds.default([]),
});
export type PostCreate = z.input<typeof PostCreate>;

export const PostUpdate = z.strictObject({ id: Id, ...PostFields.partial().shape });
export type PostUpdate = z.input<typeof PostUpdate>;

const Ids = z.array(Id).min(1).max(1000);

/** What the user narrows the calendar to; remembered per client. An absent list means "all". */
export const PostFilters = z.strictObject({
  channelIds: z.array(Id).max(200).optional(),
  statuses: z.array(Status).max(POST_STATUSES.length).optional(),
  formats: z.array(Format).max(POST_FORMATS.length).optional(),
  pillarIds: z.array(Id).max(200).optional(),
  campaigns: z.array(Campaign).max(200).optional(),
  segmentIds: z.array(Id).max(200).optional(),
  /** Full-text search over captions and notes. */
  search: z.string().trim().max(200).optional(),
});
export type PostFilters = z.infer<typeof PostFilters>;

export const PostFilter = z.strictObject({
  clientId: Id,
  /** First wall-calendar day, inclusive. */
  from: IsoDateSchema.optional(),
  /** Last wall-calendar day, exclusive. */
  to: IsoDateSchema.optional(),
  ...PostFilters.shape,
  limit: z.number().int().min(1).max(5000).default(POST_LIST_LIMIT),
});
export type PostFilter = z.input<typeof PostFilter>;

export const PostMove = z.strictObject({
  ids: Ids,
  date: IsoDateSchema,
  /** Omitted: each post keeps its time of day. */
  time: LocalTimeSchema.optional(),
  /** With `time`: which of a twice-happening time is meant (moving by one real hour needs the second). */
  occurrence: Occurrence.optional(),
});
export type PostMove = z.input<typeof PostMove>;

export const PostSetStatus = z.strictObject({ ids: Ids, status: Status });
export type PostSetStatus = z.input<typeof PostSetStatus>;

export const PostIds = z.strictObject({ ids: Ids });

export const PostDuplicate = z
  .strictObject({
    id: Id,
    /** One copy per channel, same date and time. */
    channelIds: z.array(Id).max(200).default([]),
    /** One copy per date, same channel and time. */
    dates: z.array(IsoDateSchema).max(366).default([]),
  })
  .refine((v) => v.channelIds.length + v.dates.length > 0, { message: 'required', path: ['channelIds'] });
export type PostDuplicate = z.input<typeof PostDuplicate>;

export const PostCopy = z.strictObject({
  ids: Ids,
  /** Whole days to move each copy by (7 for "copy last week"). */
  days: z.number().int().min(-3660).max(3660),
  /** Each copy keeps its source's status (see `copiedStatus`) rather than coming back as a draft. */
  keepStatuses: z.boolean().default(false),
});
export type PostCopy = z.input<typeof PostCopy>;

/**
 * The status a copy starts with. As drafts by default (an idea stays an idea). Keeping statuses,
 * a published post comes back ready (the same text went out once; it has not gone out again) and
 * a cancelled one as a draft: a copy is never published in the future, nor cancelled before it is planned.
 */
export function copiedStatus(source: PostStatus, keepStatuses: boolean): PostStatus {
  if (!keepStatuses) return source === 'idea' ? 'idea' : 'draft';
  if (source === 'published') return 'ready';
  if (source === 'cancelled') return 'draft';
  return source;
}
