import type { NetworkSegment, NetworkShare } from '../../../shared/domain/audit-figures.ts';
import type { Dashboard } from '../../../shared/domain/dashboard.ts';
import type { Segment } from '../../../shared/domain/segment.ts';
import { totalsOfSlots } from '../../../shared/kpi/totals.ts';
import { ratio } from '../../../shared/kpi/value.ts';
import type { NetworkId } from '../../../shared/networks.ts';
import type { PeriodSums } from './period-posts.ts';

/** Live segments on a network: those its posts targeted (most posts first), then those that list it. */
function segmentsOn(
  network: NetworkId,
  channelIds: readonly string[],
  segments: readonly Segment[],
  sums: PeriodSums,
): NetworkSegment[] {
  const posts = new Map<string, number>();
  for (const channelId of channelIds)
    for (const [id, n] of sums.segmentPosts.get(channelId) ?? []) posts.set(id, (posts.get(id) ?? 0) + n);
  return segments
    .map((s) => ({
      segmentId: s.id,
      name: s.name,
      posts: posts.get(s.id) ?? 0,
      declared: s.networks.includes(network),
    }))
    .filter((s) => s.posts > 0 || s.declared)
    .sort((a, b) => b.posts - a.posts);
}

/**
 * 5. Each of the client's networks: its share of the period's reach and engagements (its sums ÷ the
 * client's, over the posts that logged them, so the shares add up to 100), and the segments there.
 */
export function whichNetwork(
  dashboard: Dashboard,
  byNetwork: ReadonlyMap<NetworkId, Float64Array>,
  segments: readonly Segment[],
  sums: PeriodSums,
): NetworkShare[] {
  const all = dashboard.current.totals.sums;
  const shares = [...byNetwork].map(([network, slots]): NetworkShare => {
    const totals = totalsOfSlots(slots);
    const { reach, engagements } = totals.sums;
    const channelIds = dashboard.channels.filter((c) => c.network === network).map((c) => c.channelId);
    return {
      network,
      posts: totals.posts,
      reach,
      engagements,
      reachShare: ratio(reach, all.reach, ['reach', 'reach']),
      engagementShare: ratio(engagements, all.engagements, ['engagements', 'engagements']),
      segments: segmentsOn(network, channelIds, segments, sums),
    };
  });
  return shares.sort(
    (a, b) =>
      (b.reach ?? -1) - (a.reach ?? -1) ||
      (b.engagements ?? -1) - (a.engagements ?? -1) ||
      a.network.localeCompare(b.network),
  );
}
