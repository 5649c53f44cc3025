import { listChannels } from '../../../electron/db/channels.ts';
import { getClient } from '../../../electron/db/clients.ts';
import type { Db } from '../../../electron/db/types.ts';
import { audienceOver, followerTimeline } from '../../../electron/services/numbers/follower-timeline.ts';
import { bucketFor, bucketStart, emptySeries } from '../../../electron/services/numbers/kpi-dashboard.ts';
import { type DatedFacts, postFacts } from '../../../electron/services/numbers/post-facts.ts';
import { addDays, daysBetween } from '../../../shared/calendar/dates.ts';
import { zonedToday } from '../../../shared/calendar/zoned.ts';
import type { ParsedInput } from '../../../shared/contract.ts';
import type { Dashboard, HeatCell, RankedPost } from '../../../shared/domain/dashboard.ts';
import { postEngagementRate } from '../../../shared/kpi/catalogue.ts';
import type { EngagementBasis } from '../../../shared/kpi/formulas.ts';
import { addPost, emptyTotals, type KpiTotals } from '../../../shared/kpi/totals.ts';
import { listeningMentionByMention } from './voice-reference.ts';

const RANKED = 5;

/** The first words of a few posts, by id. */
function captionsOf(db: Db, ids: readonly string[]): Map<string, string> {
  const rows = db
    .prepare(
      'SELECT id, substr(caption, 1, 200) AS caption FROM posts WHERE id IN (SELECT value FROM json_each(?))',
    )
    .all(JSON.stringify(ids)) as { id: string; caption: string }[];
  return new Map(rows.map((r) => [r.id, r.caption]));
}

/**
 * The best and the worst by engagement rate. Up to ten posts, they are all in `top`, best first, and
 * `bottom` is empty: two lists of four and none would say "no post" beside four posts.
 */
function ranked(rated: readonly { facts: DatedFacts; rate: number }[]) {
  const sorted = [...rated].sort((a, b) => b.rate - a.rate || a.facts.date.localeCompare(b.facts.date));
  if (sorted.length <= RANKED * 2) return { top: sorted, bottom: [] };
  const top = sorted.slice(0, RANKED);
  const bottom = sorted.slice(sorted.length - RANKED).reverse();
  return { top, bottom };
}

function toRanked(
  { facts: f, rate }: { facts: DatedFacts; rate: number },
  networks: Map<string, RankedPost['network']>,
  captions: Map<string, string>,
): RankedPost {
  return {
    postId: f.postId,
    channelId: f.channelId,
    network: networks.get(f.channelId) ?? 'other',
    date: f.date,
    time: f.time,
    format: f.format,
    caption: captions.get(f.postId) ?? '',
    values: f.values,
    followers: f.followers,
    rate,
  };
}

/**
 * The dashboard as it was computed before issue 13, post by post in JavaScript: every published post
 * with its latest reading, placed on the client's clock from its instant, folded with `addPost`.
 * Kept as the reference the SQL sums must agree with.
 */
export function dashboardPostByPost(db: Db, input: ParsedInput<'kpis.dashboard'>, now: Date): Dashboard {
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
  const rated: { facts: DatedFacts; rate: number }[] = [];

  for (const f of postFacts(db, client, { from: previousFrom, to, on: today }, timeline)) {
    const channel = byChannel.get(f.channelId);
    if (f.date < from) {
      addPost(previous, f);
      if (channel) addPost(channel.previous, f);
      continue;
    }
    addPost(current, f);
    if (channel) addPost(channel.current, f);
    const point = pointAt.get(bucketStart(f.date, bucket));
    if (point) addPost(point, f);
    const key = f.weekday * 24 + f.hour;
    let cell = cells.get(key);
    if (!cell) {
      cell = { weekday: f.weekday, hour: f.hour, totals: emptyTotals() };
      cells.set(key, cell);
    }
    addPost(cell.totals, f);
    const rate = postEngagementRate(basis, f).value;
    if (rate !== null) rated.push({ facts: f, rate });
  }

  const figures = (totals: KpiTotals, ids: readonly string[], start: string, end: string) => ({
    from: start,
    to: end,
    totals,
    audience: audienceOver(timeline, ids, start, end, today),
  });
  const { top, bottom } = ranked(rated);
  const captions = captionsOf(
    db,
    [...top, ...bottom].map((r) => r.facts.postId),
  );
  const networks = new Map(channels.map((c) => [c.id, c.network]));
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
    top: top.map((r) => toRanked(r, networks, captions)),
    bottom: bottom.map((r) => toRanked(r, networks, captions)),
    heatmap: [...cells.values()].sort((a, b) => a.weekday - b.weekday || a.hour - b.hour),
    listening: listeningMentionByMention(
      db,
      client.id,
      {
        previousFrom,
        from,
        to,
        pointOf: (date) => bucketStart(date, bucket),
        points: series.map((p) => p.start),
      },
      { current: current.sums.engagements, previous: previous.sums.engagements },
    ),
  };
}
