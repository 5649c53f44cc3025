import type { IsoDate, LocalTime } from '../../../shared/calendar/dates.ts';
import { utcToZoned } from '../../../shared/calendar/zoned.ts';
import { type Post, PostFields, type PostFormat, type PostStatus } from '../../../shared/domain/post.ts';
import { type Issue, issuesOf } from '../../../shared/errors.ts';

/** The composer's fields as the user types them: text, before they become the contract's values. */
export interface PostDraft {
  channelId: string;
  date: IsoDate;
  time: LocalTime;
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

/** "12,50", "12.5", "1 200", "1 200,00 €" → cents; '' → null; anything else → NaN. */
export function parseMoney(text: string): number | null {
  const plain = text.replace(/[\s\u00a0\u202f€$£]/g, '');
  if (plain === '') return null;
  if (!/^\d+([.,]\d{1,2})?$/.test(plain)) return Number.NaN;
  return Math.round(Number(plain.replace(',', '.')) * 100);
}

/** The contract's value of one field, as `posts.update` expects it. */
export function fieldValue(field: DraftField, draft: PostDraft): unknown {
  if (field === 'pillarId') return draft.pillarId || null;
  if (field === 'budget') return parseMoney(draft.budget);
  return draft[field];
}

const CONTRACT_NAME: Record<DraftField, keyof typeof PostFields.shape> = {
  channelId: 'channelId',
  date: 'date',
  time: 'time',
  status: 'status',
  format: 'format',
  caption: 'caption',
  linkUrl: 'linkUrl',
  pillarId: 'pillarId',
  campaign: 'campaign',
  paid: 'paid',
  budget: 'budgetCents',
  notes: 'notes',
  segmentIds: 'segmentIds',
};
export const contractName = (field: DraftField) => CONTRACT_NAME[field];
export const draftName = (name: string): DraftField | undefined =>
  DRAFT_FIELDS.find((f) => CONTRACT_NAME[f] === name);

/** The same schema the server applies, checked as the user types; an amount that is not a number is caught first. */
export function checkField(field: DraftField, draft: PostDraft): Issue | null {
  const value = fieldValue(field, draft);
  if (typeof value === 'number' && Number.isNaN(value)) return { path: [field], code: 'invalidType' };
  const result = PostFields.shape[CONTRACT_NAME[field]].safeParse(value);
  return result.success ? null : (issuesOf(result.error)[0] ?? { path: [field], code: 'invalid' });
}

/** Lists (the segments) compare by content: ticking a segment then unticking it changes nothing. */
const same = (a: PostDraft[DraftField], b: PostDraft[DraftField]) =>
  Array.isArray(a) && Array.isArray(b) ? a.length === b.length && a.every((x, i) => x === b[i]) : a === b;

export const changedFields = (from: PostDraft, to: PostDraft): DraftField[] =>
  DRAFT_FIELDS.filter((f) => !same(from[f], to[f]));
