import type { SentimentSplit, VoiceCompetitor, VoiceCounts } from '../domain/voice.ts';
import { shareOfVoice } from './formulas.ts';
import type { KpiValue } from './value.ts';
import { emptySplit, mentionsIn, sentimentOf, voiceShare, voiceTotals } from './voice.ts';

/** One voice heard over a period: the client (`key` "brand") or a competitor. */
export interface VoiceRow {
  key: string;
  name: string;
  color: string;
  split: SentimentSplit;
  mentions: number;
  share: KpiValue;
  sentiment: KpiValue;
}

/**
 * Who was heard, the client first, each with their mentions, their share of all of them and how
 * people feel about them: the dashboard's table and the report's read the same rows. An archived
 * competitor stays while it has mentions in the counts.
 */
export function voiceRows(
  counts: VoiceCounts,
  competitors: readonly VoiceCompetitor[],
  client: { name: string; color: string },
): VoiceRow[] {
  const voices = [
    { key: 'brand', name: client.name, color: client.color, split: counts.brand },
    ...competitors
      .filter((c) => !c.archived || counts.competitors[c.id])
      .map((c) => ({
        key: c.id,
        name: c.name,
        color: c.color,
        split: counts.competitors[c.id] ?? emptySplit(),
      })),
  ];
  const all = voices.reduce((sum, v) => sum + mentionsIn(v.split), 0);
  return voices.map((v) => {
    const mentions = mentionsIn(v.split);
    return {
      ...v,
      mentions,
      // The client's share against nobody is no share: its card says so too.
      share:
        v.key === 'brand'
          ? voiceShare(voiceTotals(counts, competitors.length))
          : shareOfVoice(mentions, all - mentions),
      sentiment: sentimentOf(v.split),
    };
  });
}
