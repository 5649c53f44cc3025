import type { Dashboard, PeriodFigures } from '../../../shared/domain/dashboard.ts';
import { ENGAGEMENT_KPI, type KpiId, kpiValue } from '../../../shared/kpi/catalogue.ts';
import type { EngagementBasis } from '../../../shared/kpi/formulas.ts';
import type { KpiValue } from '../../../shared/kpi/value.ts';

const MONEY: readonly KpiId[] = ['spend', 'costPerClick', 'costPerMille'];

/** A period's value of one KPI. */
export const periodKpi = (id: KpiId, figures: PeriodFigures): KpiValue =>
  kpiValue(id, figures.totals, figures.audience);

/** Money cards only matter to a client who pays for posts: none logged in either period hides them. */
export const hasSpend = (d: Dashboard): boolean =>
  (d.current.totals.sums.spend ?? 0) > 0 || (d.previous.totals.sums.spend ?? 0) > 0;

/** The dashboard's cards, in reading order: audience, then reach, engagement, clicks, stories, money. */
export function dashboardKpis(basis: EngagementBasis, withMoney: boolean): KpiId[] {
  const ids: KpiId[] = [
    'followers',
    'audienceGrowth',
    'reach',
    'reachRate',
    ENGAGEMENT_KPI[basis],
    'impressions',
    'linkClicks',
    'clickThroughRate',
    'amplificationRate',
    'storyCompletionRate',
    ...MONEY,
  ];
  return withMoney ? ids : ids.filter((id) => !MONEY.includes(id));
}

/** Nothing logged at all in either period: no post numbers and no follower count. */
export function isEmptyDashboard(d: Dashboard): boolean {
  const logged = (p: PeriodFigures) =>
    p.audience.end !== null ||
    Object.values(p.totals.pairs).some((pair) => pair.denPosts > 0) ||
    Object.values(p.totals.sums).some((s) => s !== null);
  return !logged(d.current) && !logged(d.previous);
}
