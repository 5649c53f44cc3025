import { z } from 'zod';
import { addMonths, daysBetween } from '../calendar/dates.ts';
import { daysAtMost, inOrder } from '../calendar/range.ts';
import type { EngagementBasis } from '../kpi/formulas.ts';
import type { NetworkId } from '../networks.ts';
import type { Benchmark } from './benchmark.ts';
import type { Dashboard } from './dashboard.ts';
import { hasBidiControl, Id, IsoDateSchema, NAME_MAX, type RowMeta } from './fields.ts';
import type { ObjectiveWithProgress } from './objective-progress.ts';
import type { PostFormat, PostStatus } from './post-choices.ts';
import { LANGUAGES, type Language } from './prefs-defaults.ts';

/** A year and a day: a yearly report of a leap year still fits, a longer one is refused (`reportTooLong`). */
export const REPORT_DAYS_MAX = 366;
/** The summary and the recommendations are a page or two each. */
export const REPORT_TEXT_MAX = 20_000;
/** The plan section lists this many posts of the next period, then says how many more there are. */
export const REPORT_PLAN_MAX = 60;

export const REPORT_KINDS = ['week', 'month', 'quarter', 'custom'] as const;
export type ReportKind = (typeof REPORT_KINDS)[number];

export const PAPERS = ['a4', 'letter'] as const;
export type Paper = (typeof PAPERS)[number];

/** Every section a report can show, in their default order. */
export const REPORT_SECTIONS = [
  'cover',
  'summary',
  'figures',
  'charts',
  'objectives',
  'posts',
  'voice',
  'benchmark',
  'audit',
  'plan',
  'recommendations',
] as const;
export type ReportSectionId = (typeof REPORT_SECTIONS)[number];

export interface ReportSection {
  id: ReportSectionId;
  on: boolean;
}

export const DEFAULT_SECTIONS: readonly ReportSection[] = REPORT_SECTIONS.map((id) => ({ id, on: true }));

export interface ReportChannel {
  id: string;
  network: NetworkId;
  handle: string;
  archived: boolean;
}

/** The latest audit of the client by the report's end, as its scores and actions stood. */
export interface ReportAudit {
  id: string;
  title: string;
  from: string;
  to: string;
  finishedAt: string | null;
  /** The six questions' scores, in order. */
  scores: (number | null)[];
  actions: { text: string; done: boolean }[];
}

/** A post of the plan for the period after the report's, on the client's wall clock. */
export interface ReportPlanPost {
  id: string;
  date: string;
  time: string;
  channelId: string;
  format: PostFormat;
  status: PostStatus;
  caption: string;
}

/**
 * Everything a report shows, read once when it is made (or brought up to date): re-opening last
 * month's report shows what the client received, even after a number was corrected since.
 */
export interface ReportFigures {
  /** When they were read (UTC). */
  at: string;
  client: { name: string; color: string; timeZone: string; currency: string };
  basis: EngagementBasis;
  dashboard: Dashboard;
  /** Every channel the figures name, archived ones too. */
  channels: ReportChannel[];
  /** The first picture (a stored thumbnail's sha256) of each top and bottom post, by post id. */
  pictures: Record<string, string>;
  /** The objectives whose span meets the period, with their progress as it was read. */
  objectives: ObjectiveWithProgress[];
  /** null when the client watches no competitor. */
  benchmark: Benchmark | null;
  audit: ReportAudit | null;
  plan: { from: string; to: string; total: number; posts: ReportPlanPost[] };
}

export interface Report extends RowMeta {
  clientId: string;
  title: string;
  kind: ReportKind;
  /** First day inclusive, last day exclusive. */
  from: string;
  to: string;
  /** The report's own language, whatever the app's. */
  language: Language;
  paper: Paper;
  sections: ReportSection[];
  summary: string;
  recommendations: string;
  figures: ReportFigures;
}

/** A line of a client's list of reports. */
export type ReportSummary = Omit<Report, 'figures' | 'summary' | 'recommendations'> & { figuresAt: string };

/** A figure the report shows that reads differently today: a number corrected since it was made. */
export interface ReportChange {
  /** `kpi:<KpiId>`, `channel:<channelId>:<KpiId>`, `post:<postId>:rate`, `objective:<id>`. */
  key: string;
  before: number | null;
  now: number | null;
}

export interface ReportView {
  report: Report;
  /** Figures that changed since the report was made; empty when it still says what the data says. */
  changes: ReportChange[];
}

const Title = z
  .string()
  .trim()
  .max(NAME_MAX)
  .refine((v) => !hasBidiControl(v), { message: 'bidiControl' });
const Text = z.string().max(REPORT_TEXT_MAX);
const Kind = z.enum(REPORT_KINDS, { message: 'invalidChoice' });
const LanguageChoice = z.enum(LANGUAGES, { message: 'invalidChoice' });
const PaperChoice = z.enum(PAPERS, { message: 'invalidChoice' });

/** Each section once, all of them: the order is the user's, none may be lost or doubled. */
const Sections = z
  .array(z.strictObject({ id: z.enum(REPORT_SECTIONS, { message: 'invalidChoice' }), on: z.boolean() }))
  .max(REPORT_SECTIONS.length)
  .superRefine((sections, ctx) => {
    const seen = new Set<string>();
    sections.forEach((s, i) => {
      if (seen.has(s.id)) ctx.addIssue({ code: 'custom', path: [i, 'id'], message: 'duplicateSection' });
      seen.add(s.id);
    });
    if (seen.size !== REPORT_SECTIONS.length && sections.length === seen.size)
      ctx.addIssue({ code: 'custom', path: [], message: 'missingSection' });
  });

/** A week is seven days, a month and a quarter start on their first day and last whole: the words and the comparison follow the kind. */
function fitsKind(kind: ReportKind, from: string, to: string): boolean {
  if (kind === 'custom') return true;
  if (kind === 'week') return daysBetween(from, to) === 7;
  const months = kind === 'month' ? 1 : 3;
  const startsRight = from.endsWith('-01') && (kind === 'month' || (Number(from.slice(5, 7)) - 1) % 3 === 0);
  return startsRight && addMonths(from, months) === to;
}

function checkPeriod(p: { kind: ReportKind; from: string; to: string }, ctx: z.RefinementCtx) {
  if (!inOrder({ from: p.from, to: p.to }))
    ctx.addIssue({ code: 'custom', message: 'rangeEmpty', path: ['to'] });
  else if (!daysAtMost(p.from, p.to, REPORT_DAYS_MAX))
    ctx.addIssue({ code: 'custom', message: 'reportTooLong', path: ['to'] });
  else if (!fitsKind(p.kind, p.from, p.to))
    ctx.addIssue({ code: 'custom', message: 'kindMismatch', path: ['kind'] });
}

export const ReportCreate = z
  .strictObject({
    clientId: Id,
    kind: Kind,
    from: IsoDateSchema,
    to: IsoDateSchema,
    language: LanguageChoice,
    paper: PaperChoice.default('a4'),
    title: Title.default(''),
  })
  .superRefine(checkPeriod);
export type ReportCreate = z.input<typeof ReportCreate>;

export const ReportUpdate = z.strictObject({
  id: Id,
  title: Title.optional(),
  language: LanguageChoice.optional(),
  paper: PaperChoice.optional(),
  sections: Sections.optional(),
  summary: Text.optional(),
  recommendations: Text.optional(),
});
export type ReportUpdate = z.input<typeof ReportUpdate>;

/** A file written in the data folder's `exports/`, served for the page to download. */
export interface SavedFile {
  name: string;
  size: number;
}
