import type { KpiId } from './catalogue.ts';
import { SUMMED } from './measure.ts';
import type { KpiTotals, SumId } from './totals.ts';
import type { KpiValue } from './value.ts';

/** The sum behind each total that adds up over posts. */
const SUM_OF: Partial<Record<KpiId, SumId>> = {
  impressions: 'impressions',
  reach: 'reach',
  engagements: 'engagements',
  linkClicks: 'linkClicks',
  storyViews: 'storyImpressions',
  videoViews: 'videoViews',
  spend: 'spend',
};

/**
 * The posts a total is over: those that logged it (story views over stories, spend over paid
 * posts), not every published post, or a period where half the posts await their numbers would
 * read as half as good per post.
 */
export function postsBehind(id: KpiId, totals: KpiTotals): number {
  const sum = SUM_OF[id];
  return sum ? totals.sumPosts[sum] : totals.posts;
}

/**
 * Two periods whose numbers of posts differ this much (4 against 1, 6 against 3) compare how much
 * was posted as much as how well: their totals should not be read as a change in performance alone.
 */
export function postsDiffer(then: number, now: number): boolean {
  // A period without posts has nothing to compare per post either.
  if (then === 0 || now === 0) return false;
  return Math.abs(now - then) >= 2 && Math.max(now, then) >= 1.5 * Math.min(now, then);
}

/** A total that grows with the number of posts; rates and audience levels do not. */
export const addsUpOverPosts = (id: KpiId): boolean => SUMMED.includes(id);

/** A period's total divided by the posts behind it (see postsBehind): "reach per post". */
export function perPost(total: KpiValue, posts: number): KpiValue {
  if (total.value === null) return total;
  if (posts === 0) return { value: null, reason: 'zero', term: 'posts' };
  return { value: total.value / posts };
}
