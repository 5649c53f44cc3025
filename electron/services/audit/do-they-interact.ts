import type { DoTheyInteract } from '../../../shared/domain/audit-figures.ts';
import type { Dashboard } from '../../../shared/domain/dashboard.ts';
import { ENGAGEMENT_KPI, kpiValue } from '../../../shared/kpi/catalogue.ts';
import type { EngagementBasis } from '../../../shared/kpi/formulas.ts';
import { ratio } from '../../../shared/kpi/value.ts';
import { bucketStart, bucketStarts } from '../numbers/kpi-dashboard.ts';
import { groupRate } from './groups.ts';
import type { PeriodSums } from './period-posts.ts';

/** Up to half a year the trend is weekly (a month of days is too noisy to read a trend in), monthly beyond. */
export const trendBucket = (days: number): 'week' | 'month' => (days <= 186 ? 'week' : 'month');

/** The first day of a day's trend point. */
export const trendPointOf = (bucket: 'week' | 'month') => (date: string) => bucketStart(date, bucket);

/**
 * 3. The rate week by week or month by month, and the period's against the one before it. The change
 * is from the previous period of the same length rather than between the period's two halves: the
 * dashboard sums that period in the same pass, and a half of a short period holds too few posts to
 * say much. The share of published posts with numbers logged says how far to trust the rest.
 */
export function doTheyInteract(
  dashboard: Dashboard,
  sums: PeriodSums,
  bucket: 'week' | 'month',
  basis: EngagementBasis,
): DoTheyInteract {
  const kpi = ENGAGEMENT_KPI[basis];
  const current = kpiValue(kpi, dashboard.current.totals);
  const previous = kpiValue(kpi, dashboard.previous.totals);
  const published = dashboard.current.totals.posts;
  return {
    bucket,
    trend: bucketStarts(dashboard.current.from, dashboard.current.to, bucket).map((start) => ({
      start,
      ...groupRate(sums.byPoint.slots.get(start), basis),
    })),
    current,
    previous,
    previousFrom: dashboard.previous.from,
    change: current.value === null || previous.value === null ? null : current.value - previous.value,
    published,
    withNumbers: sums.withNumbers,
    loggedShare: ratio(sums.withNumbers, published, ['posts', 'posts']),
  };
}
