import { isIsoDate } from '../../../shared/calendar/dates.ts';
import { type Objective, objectiveIssues } from '../../../shared/domain/objective.ts';
import type { Language } from '../../../shared/domain/prefs.ts';
import { KPI_INFO } from '../../../shared/kpi/catalogue.ts';
import { exampleFor, parseObjectiveValue } from '../../common/format/objective-values.ts';
import type { TFunction } from '../../i18n/keys.ts';

/** The values the server receives: numbers in the KPI's unit (cents for money). */
export type ObjectiveFields = Pick<
  Objective,
  'title' | 'kpi' | 'channelId' | 'baseline' | 'target' | 'goal' | 'why' | 'startOn' | 'deadline'
>;

/** What the form holds: numbers as typed, the scope as a channel id or '' for the whole client. */
export interface ObjectiveValues extends Omit<ObjectiveFields, 'channelId' | 'baseline' | 'target'> {
  channelId: string;
  baseline: string;
  target: string;
}

export type ObjectiveErrors = Partial<Record<keyof ObjectiveValues, string>>;

/**
 * The form's values as the server takes them, or what is wrong with them: numbers that cannot be
 * read in the KPI's unit, a deadline before the start, a target equal to the baseline.
 */
export function readObjective(
  v: ObjectiveValues,
  language: Language,
  t: TFunction,
): { fields: ObjectiveFields | null; errors: ObjectiveErrors } {
  const unit = KPI_INFO[v.kpi].unit;
  const errors: ObjectiveErrors = {};
  const example = exampleFor(unit, language);
  const read = (key: 'baseline' | 'target') => {
    const parsed = parseObjectiveValue(v[key], unit, language);
    if (parsed.ok) return parsed.value;
    errors[key] = t(`kpis.objectives.form.errors.${parsed.code}`, { example });
    return null;
  };
  const baseline = read('baseline');
  const target = read('target');
  if (isIsoDate(v.startOn) && isIsoDate(v.deadline))
    for (const issue of objectiveIssues({
      kpi: v.kpi,
      baseline: baseline ?? Number.NaN,
      target: target ?? Number.NaN,
      startOn: v.startOn,
      deadline: v.deadline,
    })) {
      const field = issue.path[0] as 'baseline' | 'deadline' | 'target';
      errors[field] ??= t(`issues.${issue.code}`);
    }
  if (baseline === null || target === null || Object.keys(errors).length > 0) return { fields: null, errors };
  return { fields: { ...v, channelId: v.channelId || null, baseline, target }, errors };
}
