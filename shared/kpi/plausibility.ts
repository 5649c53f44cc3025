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

/** A count more than this many times the one before it (or less than its share) is most likely a typo. */
export const FOLLOWER_JUMP = 3;

/**
 * A follower count that jumps or falls more than threefold since the channel's previous count: a
 * digit typed twice, a count of another account. Warned about, never refused (a viral week happens).
 */
export function followerJump(previous: number, next: number): 'followersJump' | 'followersFall' | null {
  if (previous > 0 && next > previous * FOLLOWER_JUMP) return 'followersJump';
  if (next >= 0 && next * FOLLOWER_JUMP < previous) return 'followersFall';
  return null;
}
