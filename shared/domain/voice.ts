import type { NetworkId } from '../networks.ts';
import type { Sentiment } from './mention.ts';

export type SentimentSplit = Record<Sentiment, number>;

/** Mentions of the client's brand and of each competitor, by sentiment. Topics are not voices. */
export interface VoiceCounts {
  brand: SentimentSplit;
  /** By competitor id; a competitor with no mention is absent. */
  competitors: Record<string, SentimentSplit>;
}

/** A period's voices: overall, per network, and the engagements behind the engagement share of voice. */
export interface VoiceFigures {
  from: string;
  to: string;
  all: VoiceCounts;
  byNetwork: Partial<Record<NetworkId, VoiceCounts>>;
  /**
   * The engagements of the client's published posts and those logged for its competitors' accounts
   * (posts × engagements per post of the readings taken in the period); null when no competitor's
   * engagements were logged, since a share against nothing says nothing.
   */
  engagements: { brand: number | null; competitors: number } | null;
}

export interface VoiceCompetitor {
  id: string;
  name: string;
  color: string;
  archived: boolean;
}

/** What the dashboard shows of listening: both periods and a chart point per bucket. */
export interface ListeningFigures {
  /** The competitors counted (archived ones too: their past mentions still count). */
  competitors: VoiceCompetitor[];
  current: VoiceFigures;
  previous: VoiceFigures;
  series: { start: string; voice: VoiceCounts }[];
}
