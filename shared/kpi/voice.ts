import type { ListeningFigures, SentimentSplit, VoiceCounts } from '../domain/voice.ts';
import type { NetworkId } from '../networks.ts';
import { sentimentScore, shareOfVoice } from './formulas.ts';
import { type KpiValue, missing } from './value.ts';

/** What share of voice and sentiment are computed from: the client's mentions and all its competitors'. */
export interface VoiceTotals {
  brand: SentimentSplit;
  competitors: number;
  /** How many competitors the client watches: with none, there is no voice to share. */
  watched: number;
}

export const emptySplit = (): SentimentSplit => ({ positive: 0, neutral: 0, negative: 0 });
export const emptyVoice = (): VoiceCounts => ({ brand: emptySplit(), competitors: {} });

export const mentionsIn = (s: SentimentSplit): number => s.positive + s.neutral + s.negative;

export function addSplit(into: SentimentSplit, s: SentimentSplit): void {
  into.positive += s.positive;
  into.neutral += s.neutral;
  into.negative += s.negative;
}

/** Adds one voice count to another, competitor by competitor. */
export function addVoice(into: VoiceCounts, v: VoiceCounts): void {
  addSplit(into.brand, v.brand);
  for (const [id, split] of Object.entries(v.competitors)) {
    const own = into.competitors[id] ?? emptySplit();
    addSplit(own, split);
    into.competitors[id] = own;
  }
}

export function voiceTotals(v: VoiceCounts, watched: number): VoiceTotals {
  let competitors = 0;
  for (const split of Object.values(v.competitors)) competitors += mentionsIn(split);
  return { brand: v.brand, competitors, watched };
}

/** The client's mentions ÷ (the client's + its competitors' mentions) × 100. */
export function voiceShare(t: VoiceTotals): KpiValue {
  if (t.watched === 0 && t.competitors === 0) return missing('competitors');
  return shareOfVoice(mentionsIn(t.brand), t.competitors);
}

/** Positive ÷ (positive + negative) × 100; neutral mentions do not weigh. */
export const sentimentOf = (s: SentimentSplit): KpiValue => sentimentScore(s.positive, s.negative);

/** A dashboard period's voices, overall or on one network, as share of voice and sentiment read them. */
export function listeningVoice(
  l: ListeningFigures,
  which: 'current' | 'previous',
  network?: NetworkId,
): VoiceTotals {
  const figures = l[which];
  const counts = network === undefined ? figures.all : (figures.byNetwork[network] ?? emptyVoice());
  return voiceTotals(counts, l.competitors.length);
}

const anyVoice = (v: VoiceCounts) =>
  mentionsIn(v.brand) > 0 || Object.values(v.competitors).some((s) => mentionsIn(s) > 0);

/** A mention of the client or a competitor in either period. */
export const hasMentions = (l: ListeningFigures): boolean =>
  anyVoice(l.current.all) || anyVoice(l.previous.all);

/** Whether listening has anything to show: a competitor watched, or a mention in either period. */
export const hasListening = (l: ListeningFigures): boolean => l.competitors.length > 0 || hasMentions(l);
