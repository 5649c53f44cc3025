import type { Input } from '../../../shared/contract.ts';
import {
  ACTION_MAX,
  type ActionOutcome,
  type Audit,
  type AuditQuestion,
  AuditTitle,
} from '../../../shared/domain/audit.ts';
import type { EngagementBasis } from '../../../shared/kpi/formulas.ts';

export interface AnswerDraft {
  score: number | null;
  notes: string;
}

/** An action as the screen holds it: `key` is stable from the first keystroke, `id` comes once saved. */
export interface ActionDraft {
  key: string;
  id: string | null;
  question: AuditQuestion | null;
  text: string;
  became: ActionOutcome | null;
}

/** What the user edits of an audit; everything else is the server's. */
export interface AuditDraft {
  title: string;
  from: string;
  to: string;
  basis: EngagementBasis | null;
  finished: boolean;
  /** Six, in question order. */
  answers: AnswerDraft[];
  actions: ActionDraft[];
}

export type AuditPatch = Omit<Input<'audits.update'>, 'id'>;

export function draftOf(audit: Audit): AuditDraft {
  return {
    title: audit.title,
    from: audit.from,
    to: audit.to,
    basis: audit.basis,
    finished: audit.finishedAt !== null,
    answers: audit.answers.map((a) => ({ score: a.score, notes: a.notes })),
    actions: audit.actions.map((a) => ({
      key: a.id,
      id: a.id,
      question: a.question,
      text: a.text,
      became: a.became,
    })),
  };
}

/** An action's words as they can be sent: trimmed, within the limit; null when there are none. */
export const sendableText = (text: string): string | null => {
  const trimmed = text.trim();
  return trimmed === '' ? null : trimmed.slice(0, ACTION_MAX);
};

/**
 * The actions as the contract takes them, in order: the whole list. An action whose words were all
 * erased keeps its last saved words (an empty action is refused); a new one not yet worded is left out.
 * `sent` says which of the screen's actions each line of the list is, to give new ones their ids back.
 */
export function actionsToSend(
  next: readonly ActionDraft[],
  saved: readonly ActionDraft[],
): { list: NonNullable<AuditPatch['actions']>; sent: string[] } {
  const before = new Map(saved.map((a) => [a.key, a]));
  const list: NonNullable<AuditPatch['actions']> = [];
  const sent: string[] = [];
  for (const a of next) {
    const text =
      sendableText(a.text) ?? (before.get(a.key) ? sendableText(before.get(a.key)?.text ?? '') : null);
    if (text === null) continue;
    list.push({ ...(a.id ? { id: a.id } : {}), question: a.question, text });
    sent.push(a.key);
  }
  return { list, sent };
}

const sameActions = (next: readonly ActionDraft[], saved: readonly ActionDraft[]) => {
  const x = actionsToSend(next, saved).list;
  const y = actionsToSend(saved, saved).list;
  return (
    x.length === y.length &&
    x.every((action, i) => {
      const other = y[i];
      return (
        other !== undefined &&
        other.id === action.id &&
        other.question === action.question &&
        other.text === action.text
      );
    })
  );
};

/** Whether the contract takes this title as it is. */
export const titleSendable = (title: string): boolean => AuditTitle.safeParse(title).success;

/**
 * What changed from what the server holds: only the fields that differ, each answer with only its
 * changed parts, the actions whole when any of them moved. Null when nothing did. A period the
 * contract would refuse (`periodOk` false) is held back, the rest still goes.
 */
export function patchOf(saved: AuditDraft, next: AuditDraft, periodOk = true): AuditPatch | null {
  const patch: AuditPatch = {};
  // A title the contract would refuse (an invisible direction character pasted in) is held back
  // with its message under the field: the scores and notes typed after it still save.
  if (next.title.trim() !== saved.title.trim() && titleSendable(next.title)) patch.title = next.title.trim();
  if (periodOk && next.from !== saved.from) patch.from = next.from;
  if (periodOk && next.to !== saved.to) patch.to = next.to;
  if (next.basis !== saved.basis) patch.basis = next.basis;
  if (next.finished !== saved.finished) patch.finished = next.finished;
  const answers: NonNullable<AuditPatch['answers']> = [];
  next.answers.forEach((a, i) => {
    const was = saved.answers[i];
    const question = (i + 1) as AuditQuestion;
    const changed: NonNullable<AuditPatch['answers']>[number] = { question };
    if (a.score !== (was?.score ?? null)) changed.score = a.score;
    if (a.notes !== (was?.notes ?? '')) changed.notes = a.notes;
    if (Object.keys(changed).length > 1) answers.push(changed);
  });
  if (answers.length > 0) patch.answers = answers;
  if (!sameActions(next.actions, saved.actions))
    patch.actions = actionsToSend(next.actions, saved.actions).list;
  return Object.keys(patch).length > 0 ? patch : null;
}

/** After a save, the screen's actions with the ids the server gave the new ones and what each became. */
export function withSavedIds(
  actions: readonly ActionDraft[],
  sent: readonly string[] | null,
  audit: Audit,
): ActionDraft[] {
  const idOf = new Map((sent ?? []).map((key, i) => [key, audit.actions[i]?.id ?? null]));
  const becameOf = new Map(audit.actions.map((a) => [a.id, a.became]));
  return actions.map((a) => {
    const id = a.id ?? idOf.get(a.key) ?? null;
    return { ...a, id, became: id && becameOf.has(id) ? (becameOf.get(id) ?? null) : a.became };
  });
}

/** What the server holds now, as a draft whose actions keep the screen's keys. */
export function savedDraft(audit: Audit, screen: readonly ActionDraft[]): AuditDraft {
  const keyOf = new Map(screen.filter((a) => a.id).map((a) => [a.id, a.key]));
  const draft = draftOf(audit);
  return { ...draft, actions: draft.actions.map((a) => ({ ...a, key: keyOf.get(a.id) ?? a.key })) };
}
