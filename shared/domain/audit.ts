import { z } from 'zod';
import { DASHBOARD_DAYS_MAX, daysAtMost } from '../calendar/range.ts';
import { ENGAGEMENT_BASES, type EngagementBasis } from '../kpi/formulas.ts';
import { hasBidiControl, Id, IsoDateSchema, NAME_MAX, NOTES_MAX, type RowMeta } from './fields.ts';
import { ObjectiveCreate, objectiveIssues } from './objective.ts';
import { PillarCreate } from './pillar.ts';
import { PostCreate } from './post.ts';

/** The article's six questions, in its order (their words live with the texts). */
export const AUDIT_QUESTIONS = [1, 2, 3, 4, 5, 6] as const;
export type AuditQuestion = (typeof AUDIT_QUESTIONS)[number];

export interface AuditAnswer {
  question: AuditQuestion;
  /** 1 (poor) to 5 (strong), or null while the user has not scored it. */
  score: number | null;
  notes: string;
}

/** What an action became, in one step: an objective, a pillar or a draft post of the client. */
export type ActionOutcome = { kind: 'objective' | 'pillar' | 'post'; id: string };

export interface AuditAction {
  id: string;
  /** The question it answers, if the user said. */
  question: AuditQuestion | null;
  text: string;
  became: ActionOutcome | null;
}

/** A dated look back at one client's presence: six scored answers, then what to do about it. */
export interface Audit extends RowMeta {
  clientId: string;
  title: string;
  /** The period looked back on: first day inclusive, last day exclusive. */
  from: string;
  to: string;
  /** The engagement rate posts are ranked by; null follows the client's own setting. */
  basis: EngagementBasis | null;
  finishedAt: string | null;
  /** Always six, in question order. */
  answers: AuditAnswer[];
  actions: AuditAction[];
}

/** A line of an audit's list: enough to compare scores over time. */
export type AuditSummary = Omit<Audit, 'actions' | 'answers'> & {
  scores: (number | null)[];
  actions: number;
  actionsDone: number;
};

export const ACTION_MAX = 500;
export const ACTIONS_MAX = 50;

const Question = z
  .number({ message: 'invalidChoice' })
  .int({ message: 'invalidChoice' })
  .min(1, { message: 'invalidChoice' })
  .max(6, { message: 'invalidChoice' });
/**
 * A whole number from 1 to 5, and one message for anything else (2.5 or "4" included): the
 * dispatch keeps a number's own message for its range checks only, so `.int()` or a wrong type
 * would otherwise be reported as `invalidType`.
 */
const Score = z.custom<number>((v) => typeof v === 'number' && Number.isInteger(v) && v >= 1 && v <= 5, {
  message: 'scoreOutOfRange',
});
const Basis = z.enum(ENGAGEMENT_BASES, { message: 'invalidChoice' });
/** An audit's own name; empty: it is named by its period. */
export const AuditTitle = z
  .string()
  .trim()
  .max(NAME_MAX)
  .refine((v) => !hasBidiControl(v), { message: 'bidiControl' });

/** An audit's period: in order and no longer than the dashboard reads. */
function checkPeriod(p: { from?: string | undefined; to?: string | undefined }, ctx: z.RefinementCtx) {
  if (p.from === undefined || p.to === undefined) return;
  if (!(p.from < p.to)) ctx.addIssue({ code: 'custom', message: 'rangeEmpty', path: ['to'] });
  else if (!daysAtMost(p.from, p.to, DASHBOARD_DAYS_MAX))
    ctx.addIssue({ code: 'custom', message: 'dashboardTooLong', path: ['to'] });
}

export const AuditCreate = z
  .strictObject({
    clientId: Id,
    title: AuditTitle.default(''),
    from: IsoDateSchema,
    to: IsoDateSchema,
    basis: Basis.nullable().default(null),
  })
  .superRefine(checkPeriod);
export type AuditCreate = z.input<typeof AuditCreate>;

const AnswerPatch = z.strictObject({
  question: Question,
  score: Score.nullable().optional(),
  notes: z.string().max(NOTES_MAX).optional(),
});

const ActionInput = z.strictObject({
  /** Given for an action kept from before (what it became stays with it); absent for a new one. */
  id: Id.optional(),
  question: Question.nullable().default(null),
  text: z.string().trim().min(1, { message: 'required' }).max(ACTION_MAX),
});

export const AuditUpdate = z
  .strictObject({
    id: Id,
    title: AuditTitle.optional(),
    from: IsoDateSchema.optional(),
    to: IsoDateSchema.optional(),
    basis: Basis.nullable().optional(),
    finished: z.boolean().optional(),
    /** Only the answers given change, and only their fields given: an autosave sends what was typed. */
    answers: z
      .array(AnswerPatch)
      .max(AUDIT_QUESTIONS.length)
      .superRefine((answers, ctx) => {
        const seen = new Set<number>();
        answers.forEach((a, i) => {
          if (seen.has(a.question))
            ctx.addIssue({ code: 'custom', path: [i, 'question'], message: 'duplicateQuestion' });
          seen.add(a.question);
        });
      })
      .optional(),
    /** The whole list, in order: actions left out are removed (what they became stays). */
    actions: z.array(ActionInput).max(ACTIONS_MAX).optional(),
  })
  .superRefine(checkPeriod);
export type AuditUpdate = z.input<typeof AuditUpdate>;

const { clientId: _c, ...objectiveFields } = ObjectiveCreate.shape;
const { clientId: _p, status: _s, ...postFields } = PostCreate.shape;

/**
 * An action made into what it asks for, in one step and one transaction. The new thing is the
 * audit's client's; a post's caption is the action's text unless one is typed.
 */
export const AuditActionTake = z.discriminatedUnion(
  'as',
  [
    z.strictObject({
      actionId: Id,
      as: z.literal('objective'),
      objective: z.strictObject(objectiveFields).superRefine((o, ctx) => {
        for (const issue of objectiveIssues(o))
          ctx.addIssue({ code: 'custom', path: issue.path, message: issue.code });
      }),
    }),
    z.strictObject({
      actionId: Id,
      as: z.literal('pillar'),
      pillar: PillarCreate.omit({ clientId: true }),
    }),
    z.strictObject({
      actionId: Id,
      as: z.literal('post'),
      post: z.strictObject(postFields),
    }),
  ],
  { message: 'invalidChoice' },
);
export type AuditActionTake = z.input<typeof AuditActionTake>;
