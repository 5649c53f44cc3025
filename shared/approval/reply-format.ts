import { z } from 'zod';
import { APPROVAL_ANSWERS, REPLY_COMMENT_MAX } from '../domain/approval.ts';

/**
 * What an approval file carries and what its reply sends back. The plan is signed by the data
 * folder's key when it is exported; the page answers with the plan exactly as it came (a string, so
 * no re-serialising can change a byte) and seals its answers with the plan's reply key, which only
 * this file and the Calepin that made it can know. A reply edited on the way, or made for another
 * plan, therefore fails one of the two checks.
 */
export const PLAN_VERSION = 1;

export interface SignedPlan {
  v: typeof PLAN_VERSION;
  /** This export's own id: the reply key is derived from it. */
  id: string;
  clientId: string;
  from: string;
  to: string;
  madeAt: string;
  /** Each post asked about, with the digest of the version the client sees. */
  posts: [postId: string, digest: string][];
}

export const SignedPlanSchema = z.strictObject({
  v: z.literal(PLAN_VERSION),
  id: z.string().max(64),
  clientId: z.string().max(64),
  from: z.string().max(10),
  to: z.string().max(10),
  madeAt: z.string().max(40),
  posts: z.array(z.tuple([z.string().max(64), z.string().max(64)])).max(5000),
});

const Answer = z.strictObject({
  /** The post's id. */
  p: z.string().max(64),
  a: z.enum(APPROVAL_ANSWERS),
  c: z.string().max(REPLY_COMMENT_MAX),
});
export type ReplyAnswer = z.infer<typeof Answer>;

export const ReplyBodySchema = z.strictObject({
  v: z.literal(PLAN_VERSION),
  /** The plan as exported, byte for byte. */
  plan: z.string().max(400_000),
  /** The plan's signature by the data folder's key. */
  sig: z.string().max(100),
  answers: z.array(Answer).max(5000),
  /** When the client saved the reply, by their computer's clock. */
  at: z.string().max(40),
  /** HMAC-SHA-256 of `sealedText` with the plan's reply key, base64url. */
  mac: z.string().max(100),
});
export type ReplyBody = z.infer<typeof ReplyBodySchema>;

/** The text the reply's seal covers: the plan it answers, the answers, and when. */
export const sealedText = (body: Pick<ReplyBody, 'sig' | 'answers' | 'at'>): string =>
  `${body.sig}\n${JSON.stringify(body.answers)}\n${body.at}`;

/** A reply key's derivation text: the data folder's key signs it, per export. */
export const replyKeyText = (exportId: string): string => `calepin-reply:${exportId}`;

export const BEGIN = '-----BEGIN CALEPIN REPLY-----';
export const END = '-----END CALEPIN REPLY-----';
const LINE = 64;

function toBase64Url(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): string | null {
  if (!/^[A-Za-z0-9_-]*$/.test(text)) return null;
  try {
    const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
    const bytes = Uint8Array.from(binary, (c) => c.charCodeAt(0));
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

/**
 * A reply as text that survives an e-mail: ASCII lines short enough not to be wrapped, between two
 * markers, so whatever the mail program adds around it is ignored.
 */
export function encodeReply(body: ReplyBody): string {
  const data = toBase64Url(JSON.stringify(body));
  const lines = data.match(new RegExp(`.{1,${LINE}}`, 'g')) ?? [];
  return [BEGIN, ...lines, END, ''].join('\n');
}

/** The reply in a text, or null when the text holds none (or a damaged one). */
export function decodeReply(text: string): ReplyBody | null {
  const start = text.indexOf(BEGIN);
  const end = text.indexOf(END, start + BEGIN.length);
  if (start < 0 || end < 0) return null;
  // Mail programs quote with "> " and may break lines: only the base64 characters count.
  const data = text
    .slice(start + BEGIN.length, end)
    .replace(/^(?:[ \t]*>)+/gm, '')
    .replace(/\s+/g, '');
  const json = fromBase64Url(data);
  if (json === null) return null;
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch {
    return null;
  }
  const body = ReplyBodySchema.safeParse(parsed);
  return body.success ? body.data : null;
}

/** The plan a reply carries, or null when it is not one of ours in shape. */
export function readPlan(text: string): SignedPlan | null {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return null;
  }
  const plan = SignedPlanSchema.safeParse(parsed);
  return plan.success ? (plan.data as SignedPlan) : null;
}
