import type { NetworkRate, PillarRate, WhatWorks } from '../../../shared/domain/audit-figures.ts';
import type { Dashboard } from '../../../shared/domain/dashboard.ts';
import type { Pillar } from '../../../shared/domain/pillar.ts';
import type { EngagementBasis } from '../../../shared/kpi/formulas.ts';
import { addSlots, SLOTS } from '../../../shared/kpi/totals.ts';
import type { NetworkId } from '../../../shared/networks.ts';
import { bestFirst, groupRate } from './groups.ts';
import type { PeriodSums } from './period-posts.ts';

/** Each channel's sums folded into its network's: a client may have two accounts on one network. */
export function networkSlots(dashboard: Dashboard, sums: PeriodSums): Map<NetworkId, Float64Array> {
  const byNetwork = new Map<NetworkId, Float64Array>();
  for (const { channelId, network } of dashboard.channels) {
    let total = byNetwork.get(network);
    if (!total) {
      total = new Float64Array(SLOTS);
      byNetwork.set(network, total);
    }
    const own = sums.byChannel.slots.get(channelId);
    if (own) addSlots(total, own);
  }
  return byNetwork;
}

/**
 * 1. The dashboard's best and worst posts, and the rate of each format, pillar and network that had
 * posts in the period, best first.
 */
export function whatWorks(
  dashboard: Dashboard,
  sums: PeriodSums,
  byNetwork: ReadonlyMap<NetworkId, Float64Array>,
  pillars: readonly Pillar[],
  basis: EngagementBasis,
): WhatWorks {
  const byFormat = [...sums.byFormat.slots].map(([format, slots]) => ({
    format,
    ...groupRate(slots, basis),
  }));
  const pillarOf = new Map(pillars.map((p) => [p.id, p]));
  const byPillar = [...sums.byPillar.slots].map(([pillarId, slots]): PillarRate => {
    const pillar = pillarId === null ? undefined : pillarOf.get(pillarId);
    return {
      pillarId,
      name: pillar?.name ?? null,
      color: pillar?.color ?? null,
      ...groupRate(slots, basis),
    };
  });
  const networks = [...byNetwork]
    .map(([network, slots]): NetworkRate => ({ network, ...groupRate(slots, basis) }))
    .filter((n) => n.posts > 0);
  return {
    best: dashboard.top,
    worst: dashboard.bottom,
    byFormat: byFormat.sort((a, b) => bestFirst(a, b) || a.format.localeCompare(b.format)),
    byPillar: byPillar.sort((a, b) => bestFirst(a, b) || (a.name ?? '').localeCompare(b.name ?? '')),
    byNetwork: networks.sort((a, b) => bestFirst(a, b) || a.network.localeCompare(b.network)),
  };
}
