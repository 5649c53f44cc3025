import { z } from 'zod';
import { daysAtMost } from '../calendar/range.ts';
import { KPI_INFO, KPIS, type KpiId } from '../kpi/catalogue.ts';
import { Id, IsoDateSchema, Name, NOTES_MAX, type RowMeta } from './fields.ts';

/** Relevant: the marketing or sales goal an objective serves (the article's examples). */
export const GOALS = ['awareness', 'engagement', 'traffic', 'leads', 'sales', 'loyalty'] as const;
export type Goal = (typeof GOALS)[number];

/** A SMART objective. Values are in the KPI's unit: percent, whole counts, or cents for money. */
export interface Objective extends RowMeta {
  clientId: string;
  /** One channel, or null for the whole client. */
  channelId: string | null;
  /** Specific: what, in a sentence. */
  title: string;
  kpi: KpiId;
  /** Achievable: where it starts and where it should get. */
  baseline: number;
  target: number;
  goal: Goal;
  /** Relevant: why it matters to the client's business. */
  why: string;
  /** Time-bound. */
  startOn: string;
  deadline: string;
}

const Value = z.number({ message: 'notANumber' }).min(-1e12).max(1e12);

const ObjectiveFields = z.strictObject({
  channelId: Id.nullable(),
  title: Name,
  kpi: z.enum(KPIS, { message: 'invalidChoice' }),
  baseline: Value,
  target: Value,
  goal: z.enum(GOALS, { message: 'invalidChoice' }),
  why: z.string().trim().max(NOTES_MAX),
  startOn: IsoDateSchema,
  deadline: IsoDateSchema,
});

/** An objective runs at most five years: its progress is measured week by week. */
export const OBJECTIVE_DAYS_MAX = 5 * 366;

type ObjectiveIssue =
  | 'deadlineBeforeStart'
  | 'targetIsBaseline'
  | 'notInteger'
  | 'negative'
  | 'objectiveTooLong';

/** A value in the KPI's unit: counts and money (cents) are whole and never negative; only growth can fall below 0. */
function valueIssue(kpi: KpiId, value: number): ObjectiveIssue | null {
  const { unit } = KPI_INFO[kpi];
  if (unit !== 'percent' && !Number.isInteger(value)) return 'notInteger';
  if (value < (kpi === 'audienceGrowth' ? -100 : 0)) return 'negative';
  return null;
}

/** Checks that need two fields; an update checks them again on the merged objective. */
export function objectiveIssues(o: {
  kpi: KpiId;
  baseline: number;
  target: number;
  startOn: string;
  deadline: string;
}) {
  const issues: { path: string[]; code: ObjectiveIssue }[] = [];
  for (const field of ['baseline', 'target'] as const) {
    const code = valueIssue(o.kpi, o[field]);
    if (code) issues.push({ path: [field], code });
  }
  if (o.deadline <= o.startOn) issues.push({ path: ['deadline'], code: 'deadlineBeforeStart' });
  else if (!daysAtMost(o.startOn, o.deadline, OBJECTIVE_DAYS_MAX))
    issues.push({ path: ['deadline'], code: 'objectiveTooLong' });
  if (o.target === o.baseline) issues.push({ path: ['target'], code: 'targetIsBaseline' });
  return issues;
}

export const ObjectiveCreate = z
  .strictObject({
    clientId: Id,
    ...ObjectiveFields.shape,
    channelId: ObjectiveFields.shape.channelId.default(null),
    why: ObjectiveFields.shape.why.default(''),
  })
  .superRefine((o, ctx) => {
    for (const issue of objectiveIssues(o))
      ctx.addIssue({ code: 'custom', path: issue.path, message: issue.code });
  });
export type ObjectiveCreate = z.input<typeof ObjectiveCreate>;

export const ObjectiveUpdate = z.strictObject({ id: Id, ...ObjectiveFields.partial().shape });
export type ObjectiveUpdate = z.input<typeof ObjectiveUpdate>;
