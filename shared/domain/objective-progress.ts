import type { Progress } from '../kpi/progress.ts';
import type { KpiValue } from '../kpi/value.ts';
import type { Objective } from './objective.ts';

/** How the current value is read: a level today, a total since the start, or a rate over recent weeks. */
export type Measure = 'level' | 'sinceStart' | 'recent';

/** Rates are judged on the last four weeks: long enough to smooth a quiet week, short enough to show a change. */
export const RECENT_DAYS = 28;

export interface ObjectiveWithProgress extends Objective {
  current: KpiValue;
  measure: Measure;
  progress: Progress;
  /** Weekly measures since the start (up to today and the deadline), for the chart and the trend. */
  series: { date: string; value: number }[];
}
