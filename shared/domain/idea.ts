import { z } from 'zod';
import { NETWORK_IDS, type NetworkId } from '../networks.ts';
import { base64Of } from './attachment.ts';
import { Id, IsoDateSchema, label, NOTES_MAX, OptionalHttpUrl, type RowMeta } from './fields.ts';
import { type Post, PostCreate } from './post.ts';
import { Tags } from './tags.ts';

export const IDEA_STATUSES = ['new', 'planned', 'used', 'dropped'] as const;
export type IdeaStatus = (typeof IDEA_STATUSES)[number];

/** The picture kept with an idea: a file of the media store, as a post's attachments are. */
export interface IdeaPicture {
  sha256: string;
  name: string;
  mime: string;
}

/** Something to post about one day, kept until it is planned, used or dropped. */
export interface Idea extends RowMeta {
  /** null: the bank shared by every client. */
  clientId: string | null;
  title: string;
  notes: string;
  sourceUrl: string;
  /** The expert it came from, if any. */
  expertId: string | null;
  picture: IdeaPicture | null;
  tags: string[];
  pillarId: string | null;
  network: NetworkId | null;
  segmentId: string | null;
  /** The last day it is worth posting. */
  useBefore: string | null;
  status: IdeaStatus;
  /** The live posts made from it, oldest first. */
  postIds: string[];
}

/** A capture is one line: a title says what, notes say more. */
export const IDEA_TITLE_MAX = 200;
export const IDEA_LIST_LIMIT = 2000;

const IdeaFields = z.strictObject({
  title: label(IDEA_TITLE_MAX),
  notes: z.string().max(NOTES_MAX),
  sourceUrl: OptionalHttpUrl,
  expertId: Id.nullable(),
  tags: Tags,
  pillarId: Id.nullable(),
  network: z.enum(NETWORK_IDS, { message: 'unknownNetwork' }).nullable(),
  segmentId: Id.nullable(),
  useBefore: IsoDateSchema.nullable(),
  status: z.enum(IDEA_STATUSES, { message: 'invalidChoice' }),
});
const fields = IdeaFields.shape;

export const IdeaCreate = z.strictObject({
  clientId: Id.nullable(),
  title: fields.title,
  notes: fields.notes.default(''),
  sourceUrl: fields.sourceUrl.default(''),
  expertId: fields.expertId.default(null),
  tags: fields.tags.default([]),
  pillarId: fields.pillarId.default(null),
  network: fields.network.default(null),
  segmentId: fields.segmentId.default(null),
  useBefore: fields.useBefore.default(null),
  status: fields.status.default('new'),
});
export type IdeaCreate = z.input<typeof IdeaCreate>;

/** `clientId` moves an idea between a client's bank and the shared one. */
export const IdeaUpdate = z.strictObject({
  id: Id,
  clientId: Id.nullable().optional(),
  ...IdeaFields.partial().shape,
});
export type IdeaUpdate = z.input<typeof IdeaUpdate>;

export const IDEA_SORTS = ['newest', 'useBefore', 'title', 'status'] as const;

export const IdeaFilter = z.strictObject({
  /** A client's bank (with the shared ideas beside it), or null for the shared bank alone. */
  clientId: Id.nullable(),
  statuses: z
    .array(z.enum(IDEA_STATUSES, { message: 'invalidChoice' }))
    .max(IDEA_STATUSES.length)
    .optional(),
  tags: z.array(z.string().trim().max(60)).max(50).optional(),
  networks: z
    .array(z.enum(NETWORK_IDS, { message: 'unknownNetwork' }))
    .max(NETWORK_IDS.length)
    .optional(),
  pillarIds: z.array(Id).max(200).optional(),
  /** Full-text search over titles, notes and tags, accents ignored. */
  search: z.string().trim().max(200).optional(),
  sort: z.enum(IDEA_SORTS, { message: 'invalidChoice' }).default('newest'),
  limit: z.number().int().min(1).max(IDEA_LIST_LIMIT).default(IDEA_LIST_LIMIT),
});
export type IdeaFilter = z.input<typeof IdeaFilter>;

const { date, time, occurrence, channelId } = PostCreate.shape;

/**
 * An idea made into a draft post of its client (a shared idea becomes the channel's client's):
 * the idea's title and notes are the caption, its pillar, segment and picture carry over, and the
 * post keeps the link; the idea is then planned.
 */
export const IdeaToPost = z.strictObject({ id: Id, channelId, date, time, occurrence });
export type IdeaToPost = z.input<typeof IdeaToPost>;

/** A draft made from an idea, and what the idea was before, so an undo can put it back. */
export interface IdeaPlanned {
  post: Post;
  idea: Idea;
  before: Pick<Idea, 'clientId' | 'status'>;
}

/** An image for the idea, sent whole in one call (a screenshot or a mood picture, not a video). */
export const IDEA_PICTURE_MAX_BYTES = 4 * 1024 * 1024;

export const IdeaPictureSet = z.strictObject({
  id: Id,
  /** null takes the picture away (the file stays while a backup or a post refers to it). */
  file: z
    .strictObject({
      name: z.string().trim().min(1, { message: 'required' }).max(255),
      base64: base64Of(IDEA_PICTURE_MAX_BYTES).refine((v) => v.length > 0, { message: 'required' }),
    })
    .nullable(),
});
export type IdeaPictureSet = z.input<typeof IdeaPictureSet>;
