import type { ListeningFigures, VoiceCounts, VoiceFigures } from '../../../shared/domain/voice.ts';
import { emptySplit, emptyVoice, type VoiceTotals, voiceTotals } from '../../../shared/kpi/voice.ts';
import { getChannel } from '../../db/channels.ts';
import { competitorVoices } from '../../db/competitors.ts';
import type { Db } from '../../db/types.ts';
import {
  competitorEngagementRows,
  type VoiceRow,
  voiceRows,
  voiceRowsByMonth,
} from '../../db/voice-counts.ts';

/**
 * An objective's share of voice or sentiment, window by window: the mentions from its start to its
 * end read once (those of its channel's network, for an objective on one channel), then counted for
 * each window asked.
 */
export function voicesOver(
  db: Db,
  clientId: string,
  from: string,
  to: string,
  channelId: string | null,
): (start: string, end: string) => VoiceTotals {
  const competitors = competitorVoices(db, clientId);
  const live = new Set(competitors.map((c) => c.id));
  const network = channelId === null ? null : getChannel(db, channelId).network;
  const rows = voiceRows(db, clientId, from, to).filter(
    (r) => (r.voice === '' || live.has(r.voice)) && (network === null || r.network === network),
  );
  // The rows come in day order (the counts' key): each window is the slice between two searches,
  // not a pass over two years of days for each of its hundred weeks.
  const firstOnOrAfter = (day: string) => {
    let lo = 0;
    let hi = rows.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((rows[mid] as VoiceRow).said_on < day) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  return (start, end) => {
    const counts = emptyVoice();
    for (let i = firstOnOrAfter(start), stop = firstOnOrAfter(end); i < stop; i++)
      count(counts, rows[i] as VoiceRow);
    return voiceTotals(counts, live.size);
  };
}

/** The entry of a record, made empty the first time it is asked for. */
function entry<T>(record: Partial<Record<string, T>>, key: string, make: () => T): T {
  const found = record[key];
  if (found !== undefined) return found;
  const made = make();
  record[key] = made;
  return made;
}

/** Adds one row of counted mentions to a voice count. */
function count(into: VoiceCounts, row: VoiceRow): void {
  const split = row.voice === '' ? into.brand : entry(into.competitors, row.voice, emptySplit);
  split.positive += row.positive;
  split.neutral += row.neutral;
  split.negative += row.negative;
}

function figuresOf(
  rows: readonly VoiceRow[],
  from: string,
  to: string,
  engagements: { brand: number | null; competitors: number } | null,
): VoiceFigures {
  const all = emptyVoice();
  const byNetwork: VoiceFigures['byNetwork'] = {};
  for (const row of rows) {
    count(all, row);
    count(entry(byNetwork, row.network, emptyVoice), row);
  }
  return { from, to, all, byNetwork, engagements };
}

export interface VoiceRange {
  previousFrom: string;
  from: string;
  to: string;
  /** The first day of the chart point a day falls in. */
  pointOf: (date: string) => string;
  /** The chart's points are months: whole months are read from their month's counts. */
  byMonth: boolean;
  points: readonly string[];
  /** The engagements of the client's own published posts in each period. */
  brandEngagements: { current: number | null; previous: number | null };
}

/**
 * Share of voice and sentiment for the dashboard: the mentions of both periods counted by day in
 * one read of the index, a trashed competitor's left out, then folded into periods and chart points.
 */
export function listeningFigures(db: Db, clientId: string, range: VoiceRange): ListeningFigures {
  const competitors = competitorVoices(db, clientId);
  const live = new Set(competitors.map((c) => c.id));
  // A month chart reads whole months from their own counts; each period is read apart, so no month
  // read whole straddles the two.
  const read = range.byMonth ? voiceRowsByMonth : voiceRows;
  const counted = (from: string, to: string) =>
    read(db, clientId, from, to).filter((r) => r.voice === '' || live.has(r.voice));
  const previous = counted(range.previousFrom, range.from);
  const current = counted(range.from, range.to);
  const engagementsOf = (from: string, to: string, brand: number | null) => {
    const logged = competitorEngagementRows(db, clientId, from, to);
    return logged.length === 0
      ? null
      : { brand, competitors: logged.reduce((sum, r) => sum + r.engagements, 0) };
  };
  const series = range.points.map((start) => ({ start, voice: emptyVoice() }));
  const byStart = new Map(series.map((p) => [p.start, p.voice]));
  for (const row of current) {
    const point = byStart.get(range.pointOf(row.said_on));
    if (point) count(point, row);
  }
  return {
    competitors,
    current: figuresOf(
      current,
      range.from,
      range.to,
      engagementsOf(range.from, range.to, range.brandEngagements.current),
    ),
    previous: figuresOf(
      previous,
      range.previousFrom,
      range.from,
      engagementsOf(range.previousFrom, range.from, range.brandEngagements.previous),
    ),
    series,
  };
}
