import type { MetricsRow, MetricValues } from '../../../shared/domain/metrics.ts';
import { ENGAGEMENT_KPI, kpiValue, postEngagementRate } from '../../../shared/kpi/catalogue.ts';
import type { EngagementBasis } from '../../../shared/kpi/formulas.ts';
import { type PostFacts, totalsOf } from '../../../shared/kpi/totals.ts';
import type { KpiValue } from '../../../shared/kpi/value.ts';
import type { TFunction } from '../../i18n/keys.ts';

/** What a row brings to the rate, with its numbers as shown (typed ones included). */
const factsOf = (row: MetricsRow, values: MetricValues): PostFacts => ({
  format: row.format,
  paid: row.paid,
  values,
  followers: row.followers,
});

/** A post's engagement rate on the client's basis, by the same formula as the dashboard's. */
export const rateOf = (row: MetricsRow, values: MetricValues, basis: EngagementBasis): KpiValue =>
  postEngagementRate(basis, factsOf(row, values));

/** The rate over a whole period: sums over the posts whose denominator is known. */
export const periodRate = (
  rows: readonly MetricsRow[],
  valuesOf: (row: MetricsRow) => MetricValues,
  basis: EngagementBasis,
): KpiValue => kpiValue(ENGAGEMENT_KPI[basis], totalsOf(rows.map((r) => factsOf(r, valuesOf(r)))));

/** Why a post has no rate: "No reach logged for this post." / "Cannot be computed: reach is 0." */
export function rateReason(t: TFunction, rate: KpiValue): string | null {
  if (rate.value !== null) return null;
  const term = t(`kpis.terms.${rate.term}`);
  return rate.reason === 'zero' ? t('metrics.rate.zero', { term }) : t('metrics.rate.noData', { term });
}
