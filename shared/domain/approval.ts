import { z } from 'zod';
import { daysAtMost, inOrder } from '../calendar/range.ts';
import type { NetworkId } from '../networks.ts';
import { Id, IsoDateSchema } from './fields.ts';
import type { Post, PostFormat } from './post.ts';
import { LANGUAGES } from './prefs-defaults.ts';
import type { SavedFile } from './report.ts';

/** A plan to approve covers at most two months: a client reads it in one sitting. */
export const APPROVAL_DAYS_MAX = 62;
/**
 * A reply is a few kilobytes (a comment per post at most); anything far bigger is not one. The
 * dialog refuses a bigger file before reading it, so a 50 MB file never travels.
 */
export const REPLY_MAX_CHARS = 2 * 1024 * 1024;
/** A client's comment on one post: a paragraph. */
export const REPLY_COMMENT_MAX = 1000;
/**
 * A plan's posts: two months at five a day. With the comment's limit, the largest reply a page can
 * save (about 1.3 MB of text) stays under REPLY_MAX_CHARS.
 */
export const PLAN_POSTS_MAX = 300;

export const APPROVAL_ANSWERS = ['approved', 'changes'] as const;
export type ApprovalAnswer = (typeof APPROVAL_ANSWERS)[number];

/** The client's last answer on a post, kept with it. */
export interface PostApproval {
  answer: ApprovalAnswer;
  comment: string;
  /** When the client answered (their clock, as the reply says). */
  at: string;
  /** The post changed after the client saw it: the answer was about another version. */
  stale: boolean;
}

export const ApprovalExport = z
  .strictObject({
    clientId: Id,
    /** First day inclusive, last day exclusive, on the client's wall clock. */
    from: IsoDateSchema,
    to: IsoDateSchema,
    language: z.enum(LANGUAGES, { message: 'invalidChoice' }),
  })
  .superRefine((p, ctx) => {
    if (!inOrder(p)) ctx.addIssue({ code: 'custom', message: 'rangeEmpty', path: ['to'] });
    else if (!daysAtMost(p.from, p.to, APPROVAL_DAYS_MAX))
      ctx.addIssue({ code: 'custom', message: 'planTooLong', path: ['to'] });
  });
export type ApprovalExport = z.input<typeof ApprovalExport>;

export interface ApprovalExported extends SavedFile {
  /** Posts the file asks about. */
  posts: number;
}

export const ApprovalReplyText = z.strictObject({
  /** The client whose calendar the reply is opened in: a reply of another client is refused. */
  clientId: Id,
  /** The reply file's text, or what the client pasted in an e-mail. */
  // A refine, not `.max`: a too-long string would be told as `tooLong`, which says nothing of a reply.
  text: z.string().refine((v) => v.length <= REPLY_MAX_CHARS, { message: 'replyTooBig', abort: true }),
});
export type ApprovalReplyText = z.input<typeof ApprovalReplyText>;

/** A post as the client meets it: when on their wall clock, where, and what it says. */
export interface PostFace {
  /** YYYY-MM-DD and HH:mm in the client's zone. */
  date: string;
  time: string;
  network: NetworkId;
  handle: string;
  format: PostFormat;
  caption: string;
}

/** Where a post the reply answers stands now: only `ready` answers are applied. */
export type ReplyPostState = 'ready' | 'changed' | 'gone' | 'answeredLater';

export interface ReplyAnswerView {
  postId: string;
  answer: ApprovalAnswer;
  comment: string;
  state: ReplyPostState;
  /** The post as it is now; null when it was deleted since. */
  post: PostFace | null;
}

/** A checked reply, before anything is written. */
export interface ReplyPreview {
  clientName: string;
  /** The plan's period, on the client's wall clock. */
  from: string;
  to: string;
  /** When the plan was exported, and when the client saved the reply. */
  exportedAt: string;
  answeredAt: string;
  /** Posts of the plan the client left unanswered. */
  unanswered: number;
  answers: ReplyAnswerView[];
}

export interface ReplyApplied {
  /** Answers written on their posts: those whose post is as the client saw it. */
  applied: number;
  /** Answers left aside: their post changed or was deleted since, or holds a later answer. */
  skipped: number;
  posts: Post[];
}
