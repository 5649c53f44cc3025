/**
 * Meta's account-level daily series all share one header (`Date`, `Primary`); only the title line
 * above it says what is counted. Follows per day are NEW follows, not a total: they become follower
 * counts only from a known count, which the next layer must ask for and the preview must say.
 */
import type { Metric } from '../domain/metrics.ts';
import type { NetworkId } from '../networks.ts';
import { foldWord } from './fold.ts';

/** What the series' figure is; null for a title Calepin does not know (read as a plain value). */
export type SeriesMeasure = 'newFollows' | Metric | null;

export interface DailySeries {
  /** The title as the file writes it, for display. */
  title: string | null;
  network: NetworkId | null;
  measure: SeriesMeasure;
}

const NETWORK_WORDS: Readonly<Record<string, NetworkId>> = { instagram: 'instagram', facebook: 'facebook' };

/** The rest of the title, folded, after the network's name. */
const MEASURE_WORDS: Readonly<Record<string, Exclude<SeriesMeasure, null>>> = {
  follows: 'newFollows',
  'new follows': 'newFollows',
  reach: 'reach',
  couverture: 'reach',
  views: 'impressions',
  impressions: 'impressions',
  vues: 'impressions',
  visits: 'profileVisits',
  'profile visits': 'profileVisits',
  visites: 'profileVisits',
  'link clicks': 'linkClicks',
  'clics sur un lien': 'linkClicks',
};

export function readSeriesTitle(title: string | null): DailySeries {
  const words = foldWord(title ?? '').split(' ');
  const networkAt = words.findIndex((w) => NETWORK_WORDS[w] !== undefined);
  const network = networkAt < 0 ? null : (NETWORK_WORDS[words[networkAt] ?? ''] ?? null);
  const rest = words.filter((_, i) => i !== networkAt).join(' ');
  return { title, network, measure: MEASURE_WORDS[rest] ?? null };
}
