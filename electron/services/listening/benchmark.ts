import { addDays, daysBetween } from '../../../shared/calendar/dates.ts';
import { zonedToday } from '../../../shared/calendar/zoned.ts';
import type { ParsedInput } from '../../../shared/contract.ts';
import type {
  Benchmark,
  BenchmarkEntry,
  BenchmarkFigures,
  NetworkVoices,
} from '../../../shared/domain/benchmark.ts';
import type { CompetitorReading } from '../../../shared/domain/competitor-readings.ts';
import type { Dashboard, PeriodFigures } from '../../../shared/domain/dashboard.ts';
import type { VoiceFigures } from '../../../shared/domain/voice.ts';
import { mentionsIn } from '../../../shared/kpi/voice.ts';
import { listChannels } from '../../db/channels.ts';
import { getClient } from '../../db/clients.ts';
import { readingsBefore } from '../../db/competitor-readings.ts';
import { listCompetitors } from '../../db/competitors.ts';
import type { Db } from '../../db/types.ts';
import { audienceOver, timelineOf } from '../numbers/follower-timeline.ts';
import { kpiDashboard } from '../numbers/kpi-dashboard.ts';

const channelFigures = (f: PeriodFigures): BenchmarkFigures => ({
  followers: f.audience.end,
  growthStart: f.audience.growthStart,
  growthEnd: f.audience.growthEnd,
  posts: f.totals.posts,
  engagements: f.totals.sums.engagements,
  engagementPosts: f.totals.sumPosts.engagements,
});

/** A competitor account's posts and engagements over a period, from the readings taken in it. */
function loggedActivity(readings: readonly CompetitorReading[], from: string, to: string) {
  let posts: number | null = null;
  let engagements: number | null = null;
  let engagementPosts = 0;
  for (const r of readings) {
    if (r.takenOn < from || r.takenOn >= to || r.posts === null) continue;
    posts = (posts ?? 0) + r.posts;
    if (r.engagementsPerPost === null) continue;
    engagements = (engagements ?? 0) + r.posts * r.engagementsPerPost;
    engagementPosts += r.posts;
  }
  return { posts, engagements, engagementPosts };
}

function voicesOf(figures: VoiceFigures): NetworkVoices {
  const out: NetworkVoices = {};
  for (const [network, counts] of Object.entries(figures.byNetwork) as [
    keyof NetworkVoices,
    VoiceFigures['all'],
  ][]) {
    const owners: Record<string, number> = { brand: mentionsIn(counts.brand) };
    for (const [id, split] of Object.entries(counts.competitors)) owners[id] = mentionsIn(split);
    out[network] = owners;
  }
  return out;
}

/**
 * The client's own accounts beside its competitors', period against the period before: the client's
 * side read as the dashboard reads it (its channels' totals and follower counts, its mentions by
 * network), each competitor account from its logged readings, growth compared the same way.
 */
export function competitorBenchmark(
  db: Db,
  input: ParsedInput<'competitors.benchmark'>,
  now: Date,
  /** The same period's dashboard when the caller has read it already (a report, an audit). */
  read?: Dashboard,
): Benchmark {
  const client = getClient(db, input.clientId);
  const today = zonedToday(now, client.timeZone);
  const { from, to } = input;
  const previousFrom = input.previousFrom ?? addDays(from, -daysBetween(from, to));
  const dashboard = read ?? kpiDashboard(db, { clientId: client.id, from, to, previousFrom }, now);
  const watched = new Set(listChannels(db, client.id, false).map((c) => c.id));
  const entries: BenchmarkEntry[] = dashboard.channels
    .filter((c) => watched.has(c.channelId))
    .map((c) => ({
      accountId: c.channelId,
      ownerId: 'brand',
      network: c.network,
      handle: c.handle,
      current: channelFigures(c.current),
      previous: channelFigures(c.previous),
    }));

  // An archived competitor's past mentions still count in the voices: it keeps its name here.
  const competitors = listCompetitors(db, client.id, true);
  const accounts = competitors
    .filter((c) => !c.archived)
    .flatMap((c) => c.accounts.map((a) => ({ ...a, ownerId: c.id })));
  const readings = new Map<string, CompetitorReading[]>();
  for (const r of readingsBefore(
    db,
    accounts.map((a) => a.id),
    to,
  ))
    readings.set(r.accountId, [...(readings.get(r.accountId) ?? []), r]);
  const days = new Map<string, string[]>();
  const counts = new Map<string, number[]>();
  for (const [id, list] of readings) {
    const counted = list.filter((r) => r.followers !== null);
    days.set(
      id,
      counted.map((r) => r.takenOn),
    );
    counts.set(
      id,
      counted.map((r) => r.followers as number),
    );
  }
  const timeline = timelineOf(days, counts);
  const accountFigures = (id: string, start: string, end: string): BenchmarkFigures => {
    const audience = audienceOver(timeline, [id], start, end, today);
    return {
      followers: audience.end,
      growthStart: audience.growthStart,
      growthEnd: audience.growthEnd,
      ...loggedActivity(readings.get(id) ?? [], start, end),
    };
  };
  for (const a of accounts)
    entries.push({
      accountId: a.id,
      ownerId: a.ownerId,
      network: a.network,
      handle: a.handle,
      current: accountFigures(a.id, from, to),
      previous: accountFigures(a.id, previousFrom, from),
    });

  return {
    from,
    to,
    previousFrom,
    clientName: client.name,
    clientColor: client.color,
    competitors: competitors.map((c) => ({ id: c.id, name: c.name, color: c.color, archived: c.archived })),
    entries,
    voices: {
      current: voicesOf(dashboard.listening.current),
      previous: voicesOf(dashboard.listening.previous),
    },
  };
}
