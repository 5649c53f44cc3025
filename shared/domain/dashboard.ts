import { z } from 'zod';
import { atMostDays, DASHBOARD_DAYS_MAX, daysAtMost, inOrder } from '../calendar/range.ts';
import type { AudienceTotals } from '../kpi/catalogue.ts';
import { ENGAGEMENT_BASES, type EngagementBasis } from '../kpi/formulas.ts';
import type { KpiTotals } from '../kpi/totals.ts';
import type { NetworkId } from '../networks.ts';
import { Id, IsoDateSchema } from './fields.ts';
import type { MetricValues } from './metrics.ts';
import type { PostFormat } from './post.ts';
import type { ListeningFigures } from './voice.ts';

/** A dashboard covers at most two years (set in range.ts, without zod); the chart buckets grow with the period. */
export { DASHBOARD_DAYS_MAX };

/**
 * A period and the one it is compared with, as the dashboard and the benchmark take them: in order,
 * two years at most each, the one before starting before.
 */
export function checkComparedPeriods(
  q: { from: string; to: string; previousFrom?: string | undefined },
  ctx: z.RefinementCtx,
): void {
  const issue = (message: string, path: string) => ctx.addIssue({ code: 'custom', message, path: [path] });
  if (!inOrder(q)) issue('rangeEmpty', 'to');
  if (!atMostDays(DASHBOARD_DAYS_MAX)(q)) issue('dashboardTooLong', 'to');
  if (q.previousFrom !== undefined && !(q.previousFrom < q.from)) issue('rangeEmpty', 'previousFrom');
  if (q.previousFrom !== undefined && !daysAtMost(q.previousFrom, q.from, DASHBOARD_DAYS_MAX))
    issue('dashboardTooLong', 'previousFrom');
}

export const DashboardQuery = z
  .strictObject({
    clientId: Id,
    /** First day, inclusive. */
    from: IsoDateSchema,
    /** Last day, exclusive. */
    to: IsoDateSchema,
    /** Start of the period compared with; by default the same number of days just before. */
    previousFrom: IsoDateSchema.optional(),
    basis: z.enum(ENGAGEMENT_BASES, { message: 'invalidChoice' }).optional(),
  })
  .superRefine(checkComparedPeriods);
export type DashboardQuery = z.input<typeof DashboardQuery>;

/** Raw sums for a period; the renderer turns them into KPIs with `kpiValue` (shared/kpi). */
export interface PeriodFigures {
  from: string;
  to: string;
  totals: KpiTotals;
  audience: AudienceTotals;
}

export type Bucket = 'day' | 'week' | 'month';

export interface SeriesPoint {
  /** First day of the bucket. */
  start: string;
  totals: KpiTotals;
  /** Each channel's followers at the bucket's last day (up to today); null when none was counted yet. */
  followers: Record<string, number | null>;
}

export interface ChannelFigures {
  channelId: string;
  network: NetworkId;
  handle: string;
  current: PeriodFigures;
  previous: PeriodFigures;
}

export interface RankedPost {
  postId: string;
  channelId: string;
  network: NetworkId;
  date: string;
  time: string;
  format: PostFormat;
  caption: string;
  values: MetricValues;
  followers: number | null;
  /** Its engagement rate on the dashboard's basis, in percent. */
  rate: number;
}

export interface HeatCell {
  /** 0 = Monday … 6 = Sunday, on the client's wall clock. */
  weekday: number;
  hour: number;
  totals: KpiTotals;
}

export interface Dashboard {
  basis: EngagementBasis;
  current: PeriodFigures;
  previous: PeriodFigures;
  bucket: Bucket;
  series: SeriesPoint[];
  channels: ChannelFigures[];
  /** The five best by engagement rate; every rated post, best first, when there are ten or fewer. */
  top: RankedPost[];
  /** The five worst, worst first; empty when `top` holds them all. */
  bottom: RankedPost[];
  /** Cells with at least one published post. */
  heatmap: HeatCell[];
  /** Share of voice and sentiment, from the listening journal. */
  listening: ListeningFigures;
}
