import { createHmac, timingSafeEqual } from 'node:crypto';
import {
  decodeReply,
  type ReplyBody,
  readPlan,
  replyKeyText,
  type SignedPlan,
  sealedText,
} from '../../../shared/approval/reply-format.ts';
import type { ParsedInput } from '../../../shared/contract.ts';
import type { ReplyAnswerView, ReplyPostState, ReplyPreview } from '../../../shared/domain/approval.ts';
import type { Post } from '../../../shared/domain/post.ts';
import { AppError, type IssueCode } from '../../../shared/errors.ts';
import { listChannels } from '../../db/channels.ts';
import { getClient } from '../../db/clients.ts';
import { postDigest } from '../../db/post-digest.ts';
import { getPost } from '../../db/posts.ts';
import type { Db } from '../../db/types.ts';
import { existingApprovalKey, signatureMatches, signText } from './approval-key.ts';
import { postFace } from './post-face.ts';

const refuse = (code: IssueCode, message: string) =>
  new AppError('invalid_input', message, [{ path: ['text'], code }]);

/** An HMAC-SHA-256 in base64url, to the letter: Node's decoder would skip stray characters. */
const MAC_TEXT = /^[A-Za-z0-9_-]{43}$/;

function sealMatches(replyKey: string, body: ReplyBody): boolean {
  if (!MAC_TEXT.test(body.mac)) return false;
  const expected = createHmac('sha256', replyKey).update(sealedText(body), 'utf8').digest();
  const given = Buffer.from(body.mac, 'base64url');
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/**
 * A reply's answers, each with its post: as the client saw it (ready), changed since, gone, or
 * holding an answer the client gave later (an older reply opened after a newer one).
 */
export interface CheckedReply {
  plan: SignedPlan;
  body: ReplyBody;
  /** When the client saved it, by their clock; null when the page's clock gave no readable time. */
  at: string | null;
  answers: { view: ReplyAnswerView; post: Post | null; digest: string }[];
}

function livePost(db: Db, id: string): Post | null {
  try {
    return getPost(db, id);
  } catch (error) {
    if (error instanceof AppError && error.code === 'not_found') return null;
    throw error;
  }
}

/**
 * A reply read and checked before anything is written: it must be one (`notAReply`), carry a plan
 * this data folder signed and answers sealed with that plan's key (`replyAltered`: edited on the
 * way, or made by another Calepin), and be about the client it is opened for (`replyOtherClient`).
 */
export function checkReply(db: Db, dataDir: string, input: ParsedInput<'approvals.read'>): CheckedReply {
  const body = decodeReply(input.text);
  const plan = body ? readPlan(body.plan) : null;
  if (!body || !plan) throw refuse('notAReply', 'This is not a reply to a Calepin plan');
  // A folder that never exported a plan has no key, and signed nothing: no reply can be its.
  const key = existingApprovalKey(dataDir);
  if (
    !key ||
    !signatureMatches(key, body.plan, body.sig) ||
    !sealMatches(signText(key, replyKeyText(plan.id)), body)
  )
    throw refuse('replyAltered', 'The reply was changed after it was saved, or answers another Calepin');
  if (plan.clientId !== input.clientId) throw refuse('replyOtherClient', 'The reply is about another client');
  const asked = new Map(plan.posts);
  const client = getClient(db, plan.clientId);
  const channels = new Map(listChannels(db, client.id, true).map((c) => [c.id, c]));
  const seen = new Set<string>();
  const at = Number.isNaN(Date.parse(body.at)) ? null : new Date(body.at).toISOString();
  const stateOf = (post: Post | null, digest: string): ReplyPostState => {
    if (!post) return 'gone';
    if (postDigest(post) !== digest) return 'changed';
    return at !== null && post.approval !== null && post.approval.at > at ? 'answeredLater' : 'ready';
  };
  const answers = body.answers.map((a) => {
    const digest = asked.get(a.p);
    // Sealed by the plan's own key, so only a bug could name a post the plan did not ask about.
    if (digest === undefined || seen.has(a.p))
      throw refuse('replyAltered', `The reply answers ${a.p} twice or unasked`);
    seen.add(a.p);
    const post = livePost(db, a.p);
    const view: ReplyAnswerView = {
      postId: a.p,
      answer: a.a,
      comment: a.c,
      state: stateOf(post, digest),
      post: post ? postFace(post, channels.get(post.channelId), client.timeZone) : null,
    };
    return { view, post, digest };
  });
  return { plan, body, at, answers };
}

export function previewReply(db: Db, dataDir: string, input: ParsedInput<'approvals.read'>): ReplyPreview {
  const { plan, body, answers } = checkReply(db, dataDir, input);
  return {
    clientName: getClient(db, plan.clientId).name,
    from: plan.from,
    to: plan.to,
    exportedAt: plan.madeAt,
    answeredAt: body.at,
    unanswered: plan.posts.length - answers.length,
    answers: answers.map((a) => a.view),
  };
}
