import type { SegmentAnswer, WhoInteracts } from '../../../shared/domain/audit-figures.ts';
import type { RankedPost } from '../../../shared/domain/dashboard.ts';
import type { Segment } from '../../../shared/domain/segment.ts';
import type { EngagementBasis } from '../../../shared/kpi/formulas.ts';
import { segmentIdsOf } from '../../db/post-segments.ts';
import type { Db } from '../../db/types.ts';
import { bestFirst, groupRate } from './groups.ts';
import type { PeriodSums } from './period-posts.ts';

/**
 * 2. The live segments the best posts targeted, most targeted first (then best rate), each with its
 * rate over all its posts of the period and the user's description and notes of it.
 */
export function whoInteracts(
  db: Db,
  best: readonly RankedPost[],
  segments: readonly Segment[],
  sums: PeriodSums,
  basis: EngagementBasis,
): WhoInteracts {
  const targeted = segmentIdsOf(
    db,
    best.map((p) => p.postId),
  );
  const bestPosts = new Map<string, number>();
  let bestWithoutSegment = 0;
  for (const post of best) {
    const ids = targeted.get(post.postId) ?? [];
    if (ids.length === 0) bestWithoutSegment += 1;
    for (const id of ids) bestPosts.set(id, (bestPosts.get(id) ?? 0) + 1);
  }
  const answers = segments.flatMap((s): SegmentAnswer[] => {
    const count = bestPosts.get(s.id);
    if (count === undefined) return [];
    return [
      {
        segmentId: s.id,
        name: s.name,
        description: s.description,
        notes: s.notes,
        bestPosts: count,
        ...groupRate(sums.bySegment.slots.get(s.id), basis),
      },
    ];
  });
  return {
    segments: answers.sort((a, b) => b.bestPosts - a.bestPosts || bestFirst(a, b)),
    bestWithoutSegment,
  };
}
