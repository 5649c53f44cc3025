import { BUDGET_MAX_CENTS, PostFields } from '../../../shared/domain/post.ts';
import type { Language } from '../../../shared/domain/prefs.ts';
import { type Issue, issuesOf } from '../../../shared/errors.ts';
import { type ParsedNumber, parseNumber } from '../../../shared/metrics/number-parse.ts';
import { formatNumber } from '../../i18n/format.ts';
import { DRAFT_FIELDS, type DraftField, type PostDraft } from './post-draft.ts';

// A draft's fields as the contract reads them, checked with its own schemas: zod's code comes with
// the composer, not with the calendar that draws the drafts (post-draft.ts).

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
