import { KPI_INFO, type KpiId } from './catalogue.ts';

/** How an objective's current value is read: a level today, a total since the start, or a rate over recent weeks. */
export type Measure = 'level' | 'sinceStart' | 'recent';

/** Rates are judged on the last four weeks: long enough to smooth a quiet week, short enough to show a change. */
export const RECENT_DAYS = 28;

/** KPIs that add up over posts: a period with more posts has more of them. */
export const SUMMED: readonly KpiId[] = [
  'impressions',
  'reach',
  'engagements',
  'linkClicks',
  'storyViews',
  'videoViews',
  'spend',
];

/** Followers are a level; growth and the counts add up from the start; rates are recent. */
export function measureOf(kpi: KpiId): Measure {
  if (kpi === 'followers') return 'level';
  if (KPI_INFO[kpi].audience || SUMMED.includes(kpi)) return 'sinceStart';
  return 'recent';
}
