import { z } from 'zod';
import { atMostDays, inOrder } from '../calendar/range.ts';
import { MENTION_MEANINGS } from '../listening/mention-meanings.ts';
import { NETWORK_IDS, type NetworkId } from '../networks.ts';
import {
  HANDLE_MAX,
  hasBidiControl,
  Id,
  IsoDateSchema,
  LocalTimeSchema,
  OptionalHttpUrl,
  type RowMeta,
} from './fields.ts';
import { type Subject, SubjectSchema } from './mention-subject.ts';
import { SIZE_MAX } from './segment.ts';
import { Tags } from './tags.ts';

export const SENTIMENTS = ['positive', 'neutral', 'negative'] as const;
export type Sentiment = (typeof SENTIMENTS)[number];

/** Something said about the client, a competitor or a watched topic, logged from the network by hand. */
export interface Mention extends RowMeta {
  clientId: string;
  /** When it was said, on the client's clock. */
  date: string;
  time: string;
  network: NetworkId;
  author: string;
  /** The author's followers, when known. */
  authorAudience: number | null;
  text: string;
  url: string;
  subject: Subject;
  sentiment: Sentiment;
  tags: string[];
  /** The client's post it answers, if any. */
  postId: string | null;
}

/** A long comment or a review; a whole article is linked, not pasted. */
export const MENTION_TEXT_MAX = 10_000;

export const SentimentSchema = z.enum(SENTIMENTS, { message: 'invalidSentiment' });

const MentionFields = z.strictObject({
  date: IsoDateSchema,
  time: LocalTimeSchema,
  network: z.enum(NETWORK_IDS, { message: 'unknownNetwork' }),
  author: z
    .string()
    .trim()
    .max(HANDLE_MAX)
    .refine((v) => !hasBidiControl(v), { message: 'bidiControl' }),
  authorAudience: z
    .number({ message: 'notANumber' })
    .int({ message: 'notInteger' })
    .min(0, { message: 'negative' })
    .max(SIZE_MAX)
    .nullable(),
  text: z.string().trim().max(MENTION_TEXT_MAX),
  url: OptionalHttpUrl,
  subject: SubjectSchema,
  sentiment: SentimentSchema,
  tags: Tags,
  postId: Id.nullable(),
});
const fields = MentionFields.shape;

/** A mention says something or points somewhere: one with neither could not be read again. */
const saysSomething = (m: { text?: string | undefined; url?: string | undefined }) =>
  (m.text ?? '') !== '' || (m.url ?? '') !== '';

/** One mention as typed or pasted; what is left out is empty. */
const mentionShape = {
  date: fields.date,
  time: fields.time,
  network: fields.network,
  author: fields.author.default(''),
  authorAudience: fields.authorAudience.default(null),
  text: fields.text.default(''),
  url: fields.url.default(''),
  subject: fields.subject,
  sentiment: fields.sentiment,
  tags: fields.tags.default([]),
  postId: fields.postId.default(null),
};

export const MentionInput = z
  .strictObject(mentionShape)
  .refine(saysSomething, { message: 'mentionEmpty', path: ['text'] });
export type MentionInput = z.input<typeof MentionInput>;

/** The journal's form: its fields are the input's own, so each refusal lands under its field. */
export const MentionCreate = z
  .strictObject({ clientId: Id, ...mentionShape })
  .refine(saysSomething, { message: 'mentionEmpty', path: ['text'] });
export type MentionCreate = z.input<typeof MentionCreate>;

/** What each column of a listening tool's file holds (index → meaning), as saved for its header. */
export const MentionColumns = z.record(
  z.string().regex(/^\d{1,3}$/, { message: 'invalid' }),
  z.enum(MENTION_MEANINGS, { message: 'invalidChoice' }),
);

/** A header as `headerSignature` folds it: the key its mapping is found again by. */
const Signature = z.string().min(1).max(10_000);

/** A pasted list or an imported file: every line is checked, and nothing is written unless all are right. */
export const MENTIONS_AT_ONCE_MAX = 20_000;
export const MentionCreateMany = z.strictObject({
  clientId: Id,
  mentions: z.array(MentionInput).min(1, { message: 'required' }).max(MENTIONS_AT_ONCE_MAX),
  /** A file's columns as the user mapped them, remembered for the next file with this header. */
  mapping: z.strictObject({ signature: Signature, columns: MentionColumns }).optional(),
});

export const MentionMappingQuery = z.strictObject({ signature: Signature });
export type MentionCreateMany = z.input<typeof MentionCreateMany>;

/** Several mentions deleted together: a selection in the journal, or the undo of a paste. */
export const MentionIds = z.strictObject({
  ids: z.array(Id).min(1, { message: 'required' }).max(MENTIONS_AT_ONCE_MAX),
});

export const MentionUpdate = z.strictObject({ id: Id, ...MentionFields.partial().shape });
export type MentionUpdate = z.input<typeof MentionUpdate>;

/** The journal shows at most this many at once, newest first; search or a period narrows it. */
export const MENTIONS_LIST_MAX = 2000;
export const JOURNAL_DAYS_MAX = 10 * 366;

export const MentionFilter = z
  .strictObject({
    clientId: Id,
    /** First day, inclusive, and last day, exclusive, on the client's clock. */
    from: IsoDateSchema.optional(),
    to: IsoDateSchema.optional(),
    search: z.string().max(200).optional(),
    /** Subject keys (`subjectKey`). */
    subjects: z.array(z.string().max(200)).max(500).optional(),
    sentiments: z.array(SentimentSchema).max(SENTIMENTS.length).optional(),
    networks: z
      .array(z.enum(NETWORK_IDS, { message: 'unknownNetwork' }))
      .max(NETWORK_IDS.length)
      .optional(),
    limit: z.number().int().min(1).max(MENTIONS_LIST_MAX).default(500),
  })
  .refine((f) => f.from === undefined || f.to === undefined || inOrder({ from: f.from, to: f.to }), {
    message: 'rangeEmpty',
    path: ['to'],
  })
  .refine(
    (f) =>
      f.from === undefined || f.to === undefined || atMostDays(JOURNAL_DAYS_MAX)({ from: f.from, to: f.to }),
    { message: 'rangeTooLong', path: ['to'] },
  );
export type MentionFilter = z.input<typeof MentionFilter>;

export interface MentionPage {
  mentions: Mention[];
  /** How many match, when more than `limit` do. */
  total: number;
}
