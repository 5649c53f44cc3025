import type { Dashboard, PeriodFigures } from '../domain/dashboard.ts';
import { ENGAGEMENT_KPI, type KpiId, kpiValue } from './catalogue.ts';
import type { EngagementBasis } from './formulas.ts';
import type { KpiValue } from './value.ts';
import { hasListening, hasMentions, listeningVoice, type VoiceTotals } from './voice.ts';

const MONEY: readonly KpiId[] = ['spend', 'costPerClick', 'costPerMille'];
const VOICE: readonly KpiId[] = ['shareOfVoice', 'sentimentScore'];

/** A period's value of one KPI; share of voice and sentiment need the period's voices. */
export const periodKpi = (id: KpiId, figures: PeriodFigures, voice?: VoiceTotals): KpiValue =>
  kpiValue(id, figures.totals, figures.audience, voice);

/** One of the dashboard's periods, voices included. */
export const dashboardKpi = (id: KpiId, d: Dashboard, which: 'current' | 'previous'): KpiValue =>
  periodKpi(id, d[which], listeningVoice(d.listening, which));

/**
 * The cards that only matter to some clients: money to one who pays for posts, story completion to
 * one who posts stories, share of voice to one who keeps a listening journal. Nothing of the kind
 * logged in either period hides them, rather than a "—".
 */
export const occasionalCards = (d: Dashboard) => ({
  money: (d.current.totals.sums.spend ?? 0) > 0 || (d.previous.totals.sums.spend ?? 0) > 0,
  stories:
    d.current.totals.sums.storyImpressions !== null || d.previous.totals.sums.storyImpressions !== null,
  listening: hasListening(d.listening),
});

/** The dashboard's cards, in reading order: audience, then reach, engagement, clicks, stories, money. */
export function dashboardKpis(
  basis: EngagementBasis,
  shown: { money: boolean; stories: boolean; listening: boolean },
): KpiId[] {
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
    ...VOICE,
  ];
  return ids.filter(
    (id) =>
      (shown.money || !MONEY.includes(id)) &&
      (shown.stories || id !== 'storyCompletionRate') &&
      (shown.listening || !VOICE.includes(id)),
  );
}

/** Nothing logged at all in either period: no post numbers, no follower count, no mention. */
export function isEmptyDashboard(d: Dashboard): boolean {
  if (hasMentions(d.listening)) return false;
  const logged = (p: PeriodFigures) =>
    p.audience.end !== null ||
    Object.values(p.totals.pairs).some((pair) => pair.denPosts > 0) ||
    Object.values(p.totals.sums).some((s) => s !== null);
  return !logged(d.current) && !logged(d.previous);
}
