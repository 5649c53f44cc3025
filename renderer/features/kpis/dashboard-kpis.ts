import type { Dashboard, PeriodFigures } from '../../../shared/domain/dashboard.ts';
import { ENGAGEMENT_KPI, type KpiId, kpiValue } from '../../../shared/kpi/catalogue.ts';
import type { EngagementBasis } from '../../../shared/kpi/formulas.ts';
import type { KpiValue } from '../../../shared/kpi/value.ts';

const MONEY: readonly KpiId[] = ['spend', 'costPerClick', 'costPerMille'];

/** A period's value of one KPI. */
export const periodKpi = (id: KpiId, figures: PeriodFigures): KpiValue =>
  kpiValue(id, figures.totals, figures.audience);

/**
 * The cards that only matter to some clients: money to one who pays for posts, story completion to
 * one who posts stories. Nothing of the kind logged in either period hides them, rather than a "—".
 */
export const occasionalCards = (d: Dashboard) => ({
  money: (d.current.totals.sums.spend ?? 0) > 0 || (d.previous.totals.sums.spend ?? 0) > 0,
  stories:
    d.current.totals.sums.storyImpressions !== null || d.previous.totals.sums.storyImpressions !== null,
});

/** The dashboard's cards, in reading order: audience, then reach, engagement, clicks, stories, money. */
export function dashboardKpis(basis: EngagementBasis, shown: { money: boolean; stories: boolean }): KpiId[] {
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
  return ids.filter(
    (id) => (shown.money || !MONEY.includes(id)) && (shown.stories || id !== 'storyCompletionRate'),
  );
}

/** Nothing logged at all in either period: no post numbers and no follower count. */
export function isEmptyDashboard(d: Dashboard): boolean {
  const logged = (p: PeriodFigures) =>
    p.audience.end !== null ||
    Object.values(p.totals.pairs).some((pair) => pair.denPosts > 0) ||
    Object.values(p.totals.sums).some((s) => s !== null);
  return !logged(d.current) && !logged(d.previous);
}
