import {
  addDays,
  addMonths,
  daysBetween,
  startOfMonth,
  startOfWeek,
} from '../../../shared/calendar/dates.ts';
import { utcToZoned, zonedToday } from '../../../shared/calendar/zoned.ts';
import type { ParsedInput } from '../../../shared/contract.ts';
import type {
  Bucket,
  Dashboard,
  HeatCell,
  RankedPost,
  SeriesPoint,
} from '../../../shared/domain/dashboard.ts';
import { EMPTY_METRICS } from '../../../shared/domain/metrics.ts';
import { type EngagementBasis, engagementRate } from '../../../shared/kpi/formulas.ts';
import { addTerms, emptyTotals, type KpiTotals, POST_TERMS } from '../../../shared/kpi/totals.ts';
import { listChannels } from '../../db/channels.ts';
import { getClient } from '../../db/clients.ts';
import { AT, type DashboardPostRow, dashboardPosts, rankedPosts } from '../../db/kpi-sums.ts';
import { valuesOf } from '../../db/post-metrics.ts';
import type { Db } from '../../db/types.ts';
import { audienceOver, type FollowerTimeline, followerTimeline } from './follower-timeline.ts';

const RANKED = 5;

/** Day buckets up to a month, weeks up to half a year, months beyond: 5 to 60 points on a chart. */
export function bucketFor(days: number): Bucket {
  if (days <= 31) return 'day';
  if (days <= 186) return 'week';
  return 'month';
}

export const bucketStart = (date: string, bucket: Bucket) =>
  bucket === 'day' ? date : bucket === 'week' ? startOfWeek(date, 1) : startOfMonth(date);
const nextBucket = (start: string, bucket: Bucket) =>
  bucket === 'day' ? addDays(start, 1) : bucket === 'week' ? addDays(start, 7) : addMonths(start, 1);

/** The first day of each chart bucket of a period, in order. */
function bucketStarts(from: string, to: string, bucket: Bucket): string[] {
  const starts: string[] = [];
  for (let start = bucketStart(from, bucket); start < to; start = nextBucket(start, bucket))
    starts.push(start);
  return starts;
}

/** Empty chart points for the whole period (a quiet week still has its place on the axis). */
export function emptySeries(
  from: string,
  to: string,
  bucket: Bucket,
  timeline: FollowerTimeline,
  channelIds: readonly string[],
  today: string,
): SeriesPoint[] {
  const points: SeriesPoint[] = [];
  for (const start of bucketStarts(from, to, bucket)) {
    const last = addDays(nextBucket(start, bucket), -1);
    const day = last < today ? last : today;
    const followers: Record<string, number | null> = {};
    for (const id of channelIds) followers[id] = day < start ? null : timeline.at(id, day);
    points.push({ start, totals: emptyTotals(), followers });
  }
  return points;
}

/** A rated post of the current period, in the calendar's order (`index`), for the ranking. */
interface Rated {
  row: DashboardPostRow;
  date: string;
  rate: number;
}

/**
 * The best and the worst by engagement rate. Up to ten posts, they are all in `top`, best first, and
 * `bottom` is empty: two lists of four and none would say "no post" beside four posts.
 */
function ranked(rated: Rated[]) {
  // Stable: equal rates on one day keep the calendar's order.
  const sorted = rated.sort((a, b) => b.rate - a.rate || a.date.localeCompare(b.date));
  if (sorted.length <= RANKED * 2) return { top: sorted, bottom: [] };
  return { top: sorted.slice(0, RANKED), bottom: sorted.slice(sorted.length - RANKED).reverse() };
}

/** Day → its weekday (0 = Monday) and chart bucket, worked out once per day of the period. */
function dayPlacer(bucket: Bucket) {
  const days = new Map<string, { weekday: number; bucket: string }>();
  return (date: string) => {
    let found = days.get(date);
    if (!found) {
      const utcDay = new Date(`${date}T00:00:00Z`).getUTCDay();
      found = { weekday: (utcDay + 6) % 7, bucket: bucketStart(date, bucket) };
      days.set(date, found);
    }
    return found;
  };
}

/**
 * A client's KPIs over a period and the one before it, from the logged numbers and follower counts.
 * One pass over a year of posts fills every total at once: the period's, each channel's, each chart
 * point's and each heat-map cell's. Each post comes from SQLite as a short row already placed on the
 * client's clock with its terms (`dashboardPosts`); the renderer turns the totals into KPIs with
 * `shared/kpi`.
 */
export function kpiDashboard(db: Db, input: ParsedInput<'kpis.dashboard'>, now: Date): Dashboard {
  const client = getClient(db, input.clientId);
  const basis: EngagementBasis = input.basis ?? client.engagementBasis;
  const today = zonedToday(now, client.timeZone);
  const { from, to } = input;
  const previousFrom = input.previousFrom ?? addDays(from, -daysBetween(from, to));
  const channels = listChannels(db, client.id, true);
  const channelIds = channels.map((c) => c.id);
  const timeline = followerTimeline(db, client.id, previousFrom, to);
  const bucket = bucketFor(daysBetween(from, to));
  const series = emptySeries(from, to, bucket, timeline, channelIds, today);
  const pointAt = new Map(series.map((p) => [p.start, p.totals]));
  const current = emptyTotals();
  const previous = emptyTotals();
  const byChannel = new Map(
    channelIds.map((id) => [id, { current: emptyTotals(), previous: emptyTotals() }]),
  );
  const cells = new Map<number, HeatCell>();
  const rated: Rated[] = [];
  const place = dayPlacer(bucket);
  const engagementsAt = AT.terms + POST_TERMS.indexOf('engagements');
  const basisAt = AT.terms + POST_TERMS.indexOf(basis);

  const followersAt = AT.terms + POST_TERMS.indexOf('followers');
  for (const row of dashboardPosts(db, { clientId: client.id, from: previousFrom, to, on: today })) {
    const date = row[AT.day] as string;
    row[followersAt] = timeline.at(row[AT.channel] as string, date);
    const channel = byChannel.get(row[AT.channel] as string);
    const paid = row[AT.paid] === 1;
    const story = row[AT.format] === 'story';
    if (date < from) {
      addTerms(previous, row, AT.terms, paid, story);
      if (channel) addTerms(channel.previous, row, AT.terms, paid, story);
      continue;
    }
    addTerms(current, row, AT.terms, paid, story);
    if (channel) addTerms(channel.current, row, AT.terms, paid, story);
    const day = place(date);
    const point = pointAt.get(day.bucket);
    if (point) addTerms(point, row, AT.terms, paid, story);
    const hour = row[AT.hour] as number;
    const key = day.weekday * 24 + hour;
    let cell = cells.get(key);
    if (!cell) {
      cell = { weekday: day.weekday, hour, totals: emptyTotals() };
      cells.set(key, cell);
    }
    addTerms(cell.totals, row, AT.terms, paid, story);
    const rate = engagementRate(
      row[engagementsAt] as number | null,
      row[basisAt] as number | null,
      basis,
    ).value;
    if (rate !== null) rated.push({ row, date, rate });
  }

  const figures = (totals: KpiTotals, ids: readonly string[], start: string, end: string) => ({
    from: start,
    to: end,
    totals,
    audience: audienceOver(timeline, ids, start, end, today),
  });
  const { top, bottom } = ranked(rated);
  const details = rankedPosts(
    db,
    [...top, ...bottom].map((r) => r.row[AT.id] as string),
    today,
  );
  const networks = new Map(channels.map((c) => [c.id, c.network]));
  const toRanked = ({ row, date, rate }: Rated): RankedPost => {
    const id = row[AT.id] as string;
    const channelId = row[AT.channel] as string;
    const detail = details.get(id);
    return {
      postId: id,
      channelId,
      network: networks.get(channelId) ?? 'other',
      date,
      time: utcToZoned(detail?.planned_at ?? '', client.timeZone).time,
      format: row[AT.format] as RankedPost['format'],
      caption: detail?.caption ?? '',
      values: detail ? valuesOf(detail) : { ...EMPTY_METRICS },
      followers: row[followersAt] as number | null,
      rate,
    };
  };
  return {
    basis,
    current: figures(current, channelIds, from, to),
    previous: figures(previous, channelIds, previousFrom, from),
    bucket,
    series,
    channels: channels.map((c) => {
      const totals = byChannel.get(c.id) ?? { current: emptyTotals(), previous: emptyTotals() };
      return {
        channelId: c.id,
        network: c.network,
        handle: c.handle,
        current: figures(totals.current, [c.id], from, to),
        previous: figures(totals.previous, [c.id], previousFrom, from),
      };
    }),
    top: top.map(toRanked),
    bottom: bottom.map(toRanked),
    heatmap: [...cells.values()].sort((a, b) => a.weekday - b.weekday || a.hour - b.hour),
  };
}
