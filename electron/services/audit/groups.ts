import type { GroupRate } from '../../../shared/domain/audit-figures.ts';
import { ENGAGEMENT_KPI, kpiValue } from '../../../shared/kpi/catalogue.ts';
import type { EngagementBasis } from '../../../shared/kpi/formulas.ts';
import { addSlots, type PairId, SLOTS, totalsOfSlots } from '../../../shared/kpi/totals.ts';

/** The pair of sums behind each engagement rate (shared/kpi/totals.ts). */
const PAIR_OF: Readonly<Record<EngagementBasis, PairId>> = {
  reach: 'erReach',
  impressions: 'erImpressions',
  followers: 'erFollowers',
};

/**
 * Running totals by key, as the dashboard's typed slots (shared/kpi/totals.ts): a post's
 * `contribution` is added to each group it belongs to, so a group's totals are sums, never means.
 */
export class SlotGroups<K> {
  readonly slots = new Map<K, Float64Array>();

  add(key: K, part: Float64Array): void {
    let total = this.slots.get(key);
    if (!total) {
      total = new Float64Array(SLOTS);
      this.slots.set(key, total);
    }
    addSlots(total, part);
  }
}

/**
 * A group's engagement rate from its sums: Σ engagements ÷ Σ basis × 100 over the posts that logged
 * both (`kpiValue`, the dashboard's own), not the mean of its posts' rates. No slots: an empty group.
 */
export function groupRate(slots: Float64Array | undefined, basis: EngagementBasis): GroupRate {
  const totals = totalsOfSlots(slots ?? new Float64Array(SLOTS));
  const pair = totals.pairs[PAIR_OF[basis]];
  return {
    posts: totals.posts,
    rated: pair.posts,
    engagements: pair.num,
    base: pair.den,
    rate: kpiValue(ENGAGEMENT_KPI[basis], totals),
  };
}

/** Best rate first, groups without one last; then the most posts. */
export function bestFirst(a: GroupRate, b: GroupRate): number {
  const x = a.rate.value;
  const y = b.rate.value;
  if (x !== y) {
    if (x === null) return 1;
    if (y === null) return -1;
    return y - x;
  }
  return b.posts - a.posts;
}
