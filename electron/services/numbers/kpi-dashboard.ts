import {
  addDays,
  addMonths,
  daysBetween,
  startOfMonth,
  startOfWeek,
  utcMsToDate,
} from '../../../shared/calendar/dates.ts';
import { utcToZoned, zonedToday } from '../../../shared/calendar/zoned.ts';
import type { ParsedInput } from '../../../shared/contract.ts';
import type { Bucket, Dashboard, RankedPost, SeriesPoint } from '../../../shared/domain/dashboard.ts';
import { type EngagementBasis, engagementRate } from '../../../shared/kpi/formulas.ts';
import {
  addSlots,
  addSlotsTo,
  contribution,
  emptyTotals,
  type KpiTotals,
  POST_TERMS,
  SLOTS,
  totalsOfSlots,
} from '../../../shared/kpi/totals.ts';
import { listChannels } from '../../db/channels.ts';
import { getClient } from '../../db/clients.ts';
import { AT, dashboardPosts, PAID, rankedPosts, STORY, termsAsOf } from '../../db/kpi-sums.ts';
import { valuesOf } from '../../db/post-metrics.ts';
import type { Db } from '../../db/types.ts';
import { listeningFigures } from '../listening/voice-figures.ts';
import { audienceOver, type FollowerTimeline, followerTimeline } from './follower-timeline.ts';
import { podium, type Rated } from './podium.ts';

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
export function bucketStarts(from: string, to: string, bucket: Bucket): string[] {
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

/** Days are numbered from 1970-01-01 in `dashboard_posts`. */
const EPOCH = '1970-01-01';
const DAY_MS = 86_400_000;

/** Each day of a range by its number: its date, weekday (0 = Monday) and chart point. */
function daysOf(first: number, end: number, bucket: Bucket, points: ReadonlyMap<string, Float64Array>) {
  const dates: string[] = [];
  const weekdays: number[] = [];
  const pointOf: (Float64Array | undefined)[] = [];
  for (let n = first; n < end; n++) {
    const date = utcMsToDate(n * DAY_MS);
    dates.push(date);
    // 1970-01-01 was a Thursday.
    weekdays.push((n + 3) % 7);
    pointOf.push(points.get(bucketStart(date, bucket)));
  }
  return { dates, weekdays, pointOf };
}

/** One published post of the period, as the dashboard's pass holds it. */
export interface WalkedPost {
  seq: number;
  channelId: string;
  /** Its day on the client's clock. */
  date: string;
  /** Its row (kpi-sums.ts `AT`): the terms of its latest reading from `AT.terms`, followers filled. Read only. */
  row: readonly unknown[];
  /** What it adds to every total (`contribution`): add it, never keep it (it is reused for the next post). */
  part: Float64Array;
}

/** What another figure built on the dashboard's pass (the audit) asks of it. */
export interface DashboardOptions {
  /** How many best and worst posts to rank; 5 by default. */
  ranked?: number;
  /** Called with each published post of the period (not of the one before), in no particular order. */
  observe?: (post: WalkedPost) => void;
}

/**
 * A client's KPIs over a period and the one before it, from the logged numbers and follower counts.
 * One pass over a year of posts, channel by channel, fills every total at once: the period's, each
 * channel's, each chart point's and each heat-map cell's. Each post comes from SQLite as a short row
 * already placed on the client's clock with its terms (`dashboardPosts`), and each total is a row of
 * typed slots until the end; the renderer turns the totals into KPIs with `shared/kpi`.
 */
export function kpiDashboard(
  db: Db,
  input: ParsedInput<'kpis.dashboard'>,
  now: Date,
  options: DashboardOptions = {},
): Dashboard {
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
  const pointSlots = new Map(series.map((p) => [p.start, new Float64Array(SLOTS)]));
  const [first, split, end] = [previousFrom, from, to].map((d) => daysBetween(EPOCH, d)) as [
    number,
    number,
    number,
  ];
  const days = daysOf(first, end, bucket, pointSlots);
  const asOf = termsAsOf(db, { channelIds, from: first, to: end, on: today });
  const current = new Float64Array(SLOTS);
  const previous = new Float64Array(SLOTS);
  const byChannel = new Map<string, { current: KpiTotals; previous: KpiTotals }>();
  const cells = new Map<number, { weekday: number; hour: number; slots: Float64Array }>();
  const rated = podium(options.ranked ?? RANKED);
  const observe = options.observe;
  const part = new Float64Array(SLOTS);
  const engagementsAt = AT.terms + POST_TERMS.indexOf('engagements');
  const basisAt = AT.terms + POST_TERMS.indexOf(basis);
  const followersAt = AT.terms + POST_TERMS.indexOf('followers');

  for (const channelId of channelIds) {
    const own = { current: new Float64Array(SLOTS), previous: new Float64Array(SLOTS) };
    const followersOn = timeline.walk(channelId);
    for (const row of dashboardPosts(db, channelId, first, end)) {
      const seq = row[AT.seq] as number;
      const terms = asOf.size > 0 ? asOf.get(seq) : undefined;
      if (terms) row.splice(AT.terms, terms.length, ...terms);
      const day = (row[AT.day] as number) - first;
      const date = days.dates[day] as string;
      row[followersAt] = followersOn(date);
      const kind = row[AT.kind] as number;
      contribution(part, row, AT.terms, (kind & PAID) !== 0, (kind & STORY) !== 0);
      if (day < split - first) {
        addSlots(own.previous, part);
        continue;
      }
      addSlots(own.current, part);
      if (observe) observe({ seq, channelId, date, row, part });
      const point = days.pointOf[day];
      if (point) addSlots(point, part);
      const weekday = days.weekdays[day] as number;
      const hour = row[AT.hour] as number;
      const key = weekday * 24 + hour;
      let cell = cells.get(key);
      if (!cell) {
        cell = { weekday, hour, slots: new Float64Array(SLOTS) };
        cells.set(key, cell);
      }
      addSlots(cell.slots, part);
      const rate = engagementRate(
        row[engagementsAt] as number | null,
        row[basisAt] as number | null,
        basis,
      ).value;
      if (rate !== null)
        rated.add({
          seq,
          channelId,
          day,
          at: row[AT.at] as number,
          date,
          followers: row[followersAt] as number | null,
          rate,
        });
    }
    addSlots(current, own.current);
    addSlots(previous, own.previous);
    byChannel.set(channelId, { current: totalsOfSlots(own.current), previous: totalsOfSlots(own.previous) });
  }
  for (const point of series) addSlotsTo(point.totals, pointSlots.get(point.start) as Float64Array);

  const figures = (totals: KpiTotals, ids: readonly string[], start: string, end: string) => ({
    from: start,
    to: end,
    totals,
    audience: audienceOver(timeline, ids, start, end, today),
  });
  const currentTotals = totalsOfSlots(current);
  const previousTotals = totalsOfSlots(previous);
  const listening = listeningFigures(db, client.id, {
    previousFrom,
    from,
    to,
    pointOf: (date) => bucketStart(date, bucket),
    byMonth: bucket === 'month',
    points: series.map((p) => p.start),
    brandEngagements: { current: currentTotals.sums.engagements, previous: previousTotals.sums.engagements },
  });
  const { top, bottom } = rated.result();
  const details = rankedPosts(
    db,
    [...top, ...bottom].map((r) => r.seq),
    today,
  );
  const networks = new Map(channels.map((c) => [c.id, c.network]));
  const toRanked = ({ seq, channelId, date, followers, rate }: Rated): RankedPost[] => {
    // Read in the same synchronous call as the rows: a ranked post is always found.
    const detail = details.get(seq);
    if (!detail) return [];
    return [
      {
        postId: detail.id,
        channelId,
        network: networks.get(channelId) ?? 'other',
        date,
        time: utcToZoned(detail.planned_at, client.timeZone).time,
        format: detail.format,
        caption: detail.caption,
        values: valuesOf(detail),
        followers,
        rate,
      },
    ];
  };
  return {
    basis,
    current: figures(currentTotals, channelIds, from, to),
    previous: figures(previousTotals, channelIds, previousFrom, from),
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
    top: top.flatMap(toRanked),
    bottom: bottom.flatMap(toRanked),
    heatmap: [...cells.values()]
      .sort((a, b) => a.weekday - b.weekday || a.hour - b.hour)
      .map(({ weekday, hour, slots }) => ({ weekday, hour, totals: totalsOfSlots(slots) })),
    listening,
  };
}
