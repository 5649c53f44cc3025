import { addDays, isIsoDate } from '../../../shared/calendar/dates.ts';
import type { AuditFigures } from '../../../shared/domain/audit-figures.ts';
import { NAME_MAX } from '../../../shared/domain/fields.ts';
import { type Goal, objectiveIssues } from '../../../shared/domain/objective.ts';
import type { Language } from '../../../shared/domain/prefs.ts';
import { firstWords } from '../../../shared/export/excerpt.ts';
import { ENGAGEMENT_KPI, KPI_INFO, type KpiId } from '../../../shared/kpi/catalogue.ts';
import { parseObjectiveValue as parseValue } from '../../common/format/objective-values.ts';

/** The goal a KPI most often serves, until the user picks one. */
export function goalFor(kpi: KpiId): Goal {
  switch (kpi) {
    case 'linkClicks':
    case 'clickThroughRate':
      return 'traffic';
    case 'spend':
    case 'costPerClick':
    case 'costPerMille':
      return 'sales';
    case 'engagements':
    case 'engagementRateReach':
    case 'engagementRateImpressions':
    case 'engagementRateFollowers':
    case 'amplificationRate':
    case 'sentimentScore':
      return 'engagement';
    default:
      return 'awareness';
  }
}

/** What the audit already measured for a KPI over its period, to start the baseline from; null if nothing. */
export function auditBaseline(kpi: KpiId, figures: AuditFigures | undefined): number | null {
  if (!figures) return null;
  if (kpi === ENGAGEMENT_KPI[figures.basis]) {
    const v = figures.doTheyInteract.current.value;
    return v === null ? null : Math.round(v * 100) / 100;
  }
  if (kpi === 'shareOfVoice' || kpi === 'sentimentScore') {
    const c = figures.competitors;
    if (!c.available || !c.voice.available) return null;
    const v = (kpi === 'shareOfVoice' ? c.voice.shareOfVoice : c.voice.sentiment).value;
    return v === null ? null : Math.round(v * 100) / 100;
  }
  return null;
}

/** An objective's title from an action's words: within a name's limit, cut on a word. */
export const titleFrom = (text: string): string => firstWords(text, NAME_MAX - 1);

export interface ObjectiveDraft {
  title: string;
  kpi: KpiId;
  baseline: string;
  target: string;
  goal: Goal;
  deadline: string;
}

export type ObjectiveDraftErrors = Partial<Record<keyof ObjectiveDraft, string>>;

/** Codes for what is wrong (a `ValueIssue`, an objective issue, or 'required'), per field. */
export function objectiveDraftIssues(
  d: ObjectiveDraft,
  today: string,
  language: Language,
): {
  values: { baseline: number; target: number } | null;
  issues: Partial<Record<keyof ObjectiveDraft, string>>;
} {
  const unit = KPI_INFO[d.kpi].unit;
  const issues: Partial<Record<keyof ObjectiveDraft, string>> = {};
  if (d.title.trim() === '') issues.title = 'required';
  const baseline = parseValue(d.baseline, unit, language);
  const target = parseValue(d.target, unit, language);
  if (!baseline.ok) issues.baseline = baseline.code;
  if (!target.ok) issues.target = target.code;
  if (!isIsoDate(d.deadline)) issues.deadline = 'invalidDate';
  else
    for (const issue of objectiveIssues({
      kpi: d.kpi,
      baseline: baseline.ok ? baseline.value : Number.NaN,
      target: target.ok ? target.value : Number.NaN,
      startOn: today,
      deadline: d.deadline,
    })) {
      const field = issue.path[0] as 'baseline' | 'target' | 'deadline';
      issues[field] ??= issue.code;
    }
  const values = baseline.ok && target.ok ? { baseline: baseline.value, target: target.value } : null;
  return { values: Object.keys(issues).length === 0 ? values : null, issues };
}

/** Three months from today: a quarter until the next audit. */
export const defaultDeadline = (today: string) => addDays(today, 91);
