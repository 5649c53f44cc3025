import type { GroupRate } from '../../../shared/domain/audit-figures.ts';
import type { HeatCell } from '../../../shared/domain/dashboard.ts';
import { ENGAGEMENT_KPI, kpiValue } from '../../../shared/kpi/catalogue.ts';
import type { EngagementBasis } from '../../../shared/kpi/formulas.ts';

/** A group whose rate has a value. */
export type Rated<G extends GroupRate> = G & { rate: { value: number } };

export const hasRate = <G extends GroupRate>(g: G): g is Rated<G> => g.rate.value !== null;

/**
 * The best and the worst of a ranking (sorted best first by the server), among the groups with a
 * rate; the worst only when it is another group than the best. A ranking of one says only the best.
 */
export function bestAndWorst<G extends GroupRate>(
  groups: readonly G[],
): { best: Rated<G>; worst: Rated<G> | null } | null {
  const rated = groups.filter(hasRate);
  const best = rated[0];
  if (!best) return null;
  const worst = rated.length > 1 ? (rated[rated.length - 1] ?? null) : null;
  return { best, worst };
}

export interface Slot {
  /** 0 = Monday … 6 = Sunday. */
  weekday: number;
  hour: number;
  posts: number;
  rate: number;
}

/** The weekday × hour slots with the highest engagement rate, best first. */
export function bestSlots(heatmap: readonly HeatCell[], basis: EngagementBasis, count = 3): Slot[] {
  const kpi = ENGAGEMENT_KPI[basis];
  return heatmap
    .map((c) => ({
      weekday: c.weekday,
      hour: c.hour,
      posts: c.totals.posts,
      rate: kpiValue(kpi, c.totals).value,
    }))
    .filter((s): s is Slot => s.rate !== null)
    .sort((a, b) => b.rate - a.rate || a.weekday - b.weekday || a.hour - b.hour)
    .slice(0, count);
}

/** A bar's length for a value among others: 0–1 of the largest, none for no value. */
export const barShare = (value: number | null, values: readonly (number | null)[]): number | null => {
  if (value === null) return null;
  const max = Math.max(0, ...values.filter((v): v is number => v !== null));
  return max > 0 ? value / max : 0;
};
