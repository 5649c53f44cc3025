import type { Dashboard } from '../../../../shared/domain/dashboard.ts';
import type { ReportChannel } from '../../../../shared/domain/report.ts';
import { type KpiId, kpiValue } from '../../../../shared/kpi/catalogue.ts';
import { NETWORK_IDS, type NetworkId } from '../../../../shared/networks.ts';

/** A KPI at each point of the series, computed as the dashboard's own charts compute it. */
export const kpiLine = (d: Dashboard, id: KpiId): (number | null)[] =>
  d.series.map((p) => kpiValue(id, p.totals).value);

/**
 * Followers per network at each point: the counts of the client's channels on it added up (two
 * Instagram accounts make one Instagram line). Channels not yet counted then are left out; a
 * network none of whose channels was counted has no value there.
 */
export function followersByNetwork(
  d: Dashboard,
  channels: readonly ReportChannel[],
): { network: NetworkId; values: (number | null)[] }[] {
  const networkOf = new Map(channels.map((c) => [c.id, c.network]));
  const byNetwork = new Map<NetworkId, (number | null)[]>();
  d.series.forEach((point, i) => {
    for (const [channelId, followers] of Object.entries(point.followers)) {
      const network = networkOf.get(channelId);
      if (network === undefined) continue;
      let values = byNetwork.get(network);
      if (!values) {
        values = d.series.map(() => null);
        byNetwork.set(network, values);
      }
      if (followers !== null) values[i] = (values[i] ?? 0) + followers;
    }
  });
  return NETWORK_IDS.flatMap((network) => {
    const values = byNetwork.get(network);
    return values ? [{ network, values }] : [];
  });
}

export const hasValue = (values: readonly (number | null)[]): boolean => values.some((v) => v !== null);
