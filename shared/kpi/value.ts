/**
 * A computed figure, or why there is none. A rate over a zero or unknown denominator is not 0, NaN or
 * Infinity: the UI shows "—" and says which term was zero or missing.
 */
export type KpiValue = { value: number } | { value: null; reason: 'noData' | 'zero'; term: Term };

/** The quantity that was missing or zero; an i18n key under `kpis.terms.`. */
export type Term =
  | 'reach'
  | 'impressions'
  | 'followers'
  | 'followersAtStart'
  | 'followersLater'
  | 'engagements'
  | 'shares'
  | 'linkClicks'
  | 'videoViews'
  | 'spend'
  | 'storyImpressions'
  | 'storyExits'
  | 'mentions'
  | 'opinions'
  | 'competitors'
  | 'posts';

export const missing = (term: Term): KpiValue => ({ value: null, reason: 'noData', term });

/** num ÷ den × scale, with the two failures named. */
export function ratio(num: number | null, den: number | null, terms: [Term, Term], scale = 100): KpiValue {
  if (den === null) return missing(terms[1]);
  if (num === null) return missing(terms[0]);
  if (den === 0) return { value: null, reason: 'zero', term: terms[1] };
  return { value: (num / den) * scale };
}

export const count = (value: number | null, term: Term): KpiValue =>
  value === null ? missing(term) : { value };
