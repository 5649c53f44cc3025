import type { IsoDate, LocalTime } from '../../../shared/calendar/dates.ts';
import { type Occurrence, occurrenceOf, utcToZoned } from '../../../shared/calendar/zoned.ts';
import {
  BUDGET_MAX_CENTS,
  type Post,
  PostFields,
  type PostFormat,
  type PostStatus,
} from '../../../shared/domain/post.ts';
import type { Language } from '../../../shared/domain/prefs.ts';
import { type Issue, issuesOf } from '../../../shared/errors.ts';
import { type ParsedNumber, parseNumber } from '../../../shared/metrics/number-parse.ts';
import { formatNumber } from '../../i18n/format.ts';

/** The composer's fields as the user types them: text, before they become the contract's values. */
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

/**
 * A budget read as the engagement grid reads money ("12,50", "12.5", "1 200", "1 200,00 €"), in
 * the UI's language: cents, null when blank, or why it cannot be read, in the grid's own words.
 */
export const readBudget = (text: string, language: Language): ParsedNumber =>
  parseNumber(text, { kind: 'money', locale: language });

/** The contract's value of one field, as `posts.update` expects it; an unreadable budget is NaN. */
export function fieldValue(field: DraftField, draft: PostDraft, language: Language): unknown {
  if (field === 'pillarId') return draft.pillarId || null;
  if (field === 'budget') {
    const budget = readBudget(draft.budget, language);
    return budget.ok ? budget.value : Number.NaN;
  }
  return draft[field];
}

const CONTRACT_NAME: Record<DraftField, keyof typeof PostFields.shape> = {
  channelId: 'channelId',
  date: 'date',
  time: 'time',
  occurrence: 'occurrence',
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

/**
 * The same schema the server applies, checked as the user types; a budget that cannot be read
 * says why ("cannot be negative", "at most two decimals") as the grid does.
 */
export function checkField(field: DraftField, draft: PostDraft, language: Language): Issue | null {
  if (field === 'budget') {
    const budget = readBudget(draft.budget, language);
    if (!budget.ok)
      return budget.code === 'tooBig'
        ? { path: [field], code: 'tooBig', params: { max: formatNumber(BUDGET_MAX_CENTS / 100, language) } }
        : { path: [field], code: budget.code };
  }
  const value = fieldValue(field, draft, language);
  const result = PostFields.shape[CONTRACT_NAME[field]].safeParse(value);
  return result.success ? null : (issuesOf(result.error)[0] ?? { path: [field], code: 'invalid' });
}

/** Lists (the segments) compare by content: ticking a segment then unticking it changes nothing. */
const same = (a: PostDraft[DraftField], b: PostDraft[DraftField]) =>
  Array.isArray(a) && Array.isArray(b) ? a.length === b.length && a.every((x, i) => x === b[i]) : a === b;

export const changedFields = (from: PostDraft, to: PostDraft): DraftField[] =>
  DRAFT_FIELDS.filter((f) => !same(from[f], to[f]));
