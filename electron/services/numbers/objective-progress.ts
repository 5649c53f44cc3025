import { addDays, daysBetween, earlierDay, laterDay } from '../../../shared/calendar/dates.ts';
import { zonedToday } from '../../../shared/calendar/zoned.ts';
import type { Client } from '../../../shared/domain/client.ts';
import type { Objective } from '../../../shared/domain/objective.ts';
import type { ObjectiveWithProgress } from '../../../shared/domain/objective-progress.ts';
import { growthBasis, KPI_INFO, kpiValue } from '../../../shared/kpi/catalogue.ts';
import { measureOf, RECENT_DAYS } from '../../../shared/kpi/measure.ts';
import { objectiveProgress } from '../../../shared/kpi/progress.ts';
import { totalsOf } from '../../../shared/kpi/totals.ts';
import type { KpiValue } from '../../../shared/kpi/value.ts';
import { listChannels } from '../../db/channels.ts';
import { getClient } from '../../db/clients.ts';
import { listObjectives } from '../../db/objectives.ts';
import type { Db } from '../../db/types.ts';
import { voicesOver } from '../listening/voice-figures.ts';
import { audienceOver, followerTimeline } from './follower-timeline.ts';
import { type DatedFacts, postFacts } from './post-facts.ts';

/**
 * Measures one objective: its KPI on `today` and at each week's end since the start, from the
 * latest readings logged by `readOn` (a past day's posts keep being read after that day).
 */
function evaluate(
  db: Db,
  client: Client,
  o: Objective,
  today: string,
  readOn = today,
): ObjectiveWithProgress {
  const channelIds = o.channelId ? [o.channelId] : listChannels(db, client.id, true).map((c) => c.id);
  const end = o.deadline < today ? addDays(o.deadline, 1) : addDays(today, 1);
  const measure = measureOf(o.kpi);
  const timeline = followerTimeline(db, client.id, o.startOn, end);
  const facts =
    end > o.startOn
      ? postFacts(
          db,
          client,
          { from: o.startOn, to: end, on: readOn, channelIds: o.channelId ? [o.channelId] : undefined },
          timeline,
        )
      : [];
  const fromFor = (until: string) =>
    measure === 'recent' ? laterDay(o.startOn, addDays(until, -RECENT_DAYS)) : o.startOn;
  const audienceTo = (until: string) => audienceOver(timeline, channelIds, fromFor(until), until, readOn);
  const voices = KPI_INFO[o.kpi].voice ? voicesOver(db, client.id, o.startOn, end, o.channelId) : null;
  /** The KPI over the days that count for a measure taken on the day before `until`. */
  const at = (until: string): KpiValue => {
    const from = fromFor(until);
    const inWindow = (f: DatedFacts) => f.date >= from && f.date < until;
    return kpiValue(o.kpi, totalsOf(facts.filter(inWindow)), audienceTo(until), voices?.(from, until));
  };
  const series: { date: string; value: number }[] = [];
  for (let d = addDays(o.startOn, 7); d < end; d = addDays(d, 7)) {
    const v = at(d).value;
    if (v !== null) series.push({ date: addDays(d, -1), value: v });
  }
  const current = end > o.startOn ? at(end) : ({ value: null, reason: 'noData', term: 'posts' } as const);
  if (current.value !== null) series.push({ date: addDays(end, -1), value: current.value });
  const day = (d: string) => daysBetween(o.startOn, d);
  const progress = objectiveProgress({
    baseline: o.baseline,
    target: o.target,
    startDay: 0,
    deadlineDay: day(o.deadline),
    today: day(today),
    current: current.value,
    series: series.map((p) => ({ day: day(p.date), value: p.value })),
  });
  return {
    ...o,
    current,
    measure,
    series,
    progress,
    growth: o.kpi === 'audienceGrowth' && end > o.startOn ? growthBasis(audienceTo(end)) : null,
    knownFrom: progress.knownFromDay === null ? null : addDays(o.startOn, progress.knownFromDay),
  };
}

/**
 * Each objective of the client, measured today; or, with `lastDay`, as it stood at the end of that
 * day when it is past (a report of a closed period shows no figure from after it).
 */
export function objectivesWithProgress(
  db: Db,
  clientId: string,
  now: Date,
  lastDay?: string,
): ObjectiveWithProgress[] {
  const client = getClient(db, clientId);
  const today = zonedToday(now, client.timeZone);
  const day = lastDay === undefined ? today : earlierDay(lastDay, today);
  return listObjectives(db, clientId).map((o) => evaluate(db, client, o, day, today));
}

export function objectiveWithProgress(db: Db, objective: Objective, now: Date): ObjectiveWithProgress {
  const client = getClient(db, objective.clientId);
  return evaluate(db, client, objective, zonedToday(now, client.timeZone));
}
