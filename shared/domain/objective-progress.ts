import type { GrowthBasis } from '../kpi/catalogue.ts';
import type { Measure } from '../kpi/measure.ts';
import type { Progress } from '../kpi/progress.ts';
import type { KpiValue } from '../kpi/value.ts';
import type { Objective } from './objective.ts';

export interface ObjectiveWithProgress extends Objective {
  current: KpiValue;
  measure: Measure;
  progress: Progress;
  /** Weekly measures since the start (up to today and the deadline), for the chart and the trend. */
  series: { date: string; value: number }[];
  /** A growth objective's two counts compared now; null for other KPIs or without two counts. */
  growth: GrowthBasis | null;
  /** When the status says "too early": the first day it can be told. */
  knownFrom: string | null;
}
