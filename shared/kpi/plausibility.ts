import type { Metric, MetricValues } from '../domain/metrics.ts';
import { engagements } from './formulas.ts';

/** Numbers that can be typed but rarely happen: warned about next to the cell, never refused. */
export interface Implausible {
  metric: Metric;
  /** i18n key under `metrics.warnings.` */
  code:
    | 'reachAboveImpressions'
    | 'clicksAboveImpressions'
    | 'engagementsAboveReach'
    | 'exitsAboveImpressions';
}

const above = (a: number | null, b: number | null) => a !== null && b !== null && a > b;

export function implausible(v: MetricValues): Implausible[] {
  const out: Implausible[] = [];
  if (above(v.reach, v.impressions)) out.push({ metric: 'reach', code: 'reachAboveImpressions' });
  if (above(v.linkClicks, v.impressions)) out.push({ metric: 'linkClicks', code: 'clicksAboveImpressions' });
  if (above(engagements(v), v.reach)) out.push({ metric: 'reactions', code: 'engagementsAboveReach' });
  if (above(v.storyExits, v.impressions)) out.push({ metric: 'storyExits', code: 'exitsAboveImpressions' });
  return out;
}
