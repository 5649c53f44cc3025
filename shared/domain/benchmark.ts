import { z } from 'zod';
import type { NetworkId } from '../networks.ts';
import { checkComparedPeriods } from './dashboard.ts';
import { Id, IsoDateSchema } from './fields.ts';
import type { VoiceCompetitor } from './voice.ts';

export const BenchmarkQuery = z
  .strictObject({
    clientId: Id,
    /** First day, inclusive; last day, exclusive. */
    from: IsoDateSchema,
    to: IsoDateSchema,
    /** Start of the period compared with, as the dashboard's (the month before, for a month); by default as many days just before. */
    previousFrom: IsoDateSchema.optional(),
  })
  .superRefine(checkComparedPeriods);
export type BenchmarkQuery = z.input<typeof BenchmarkQuery>;

/** An account's raw figures over one period; rates and ranks are computed from them (shared/listening). */
export interface BenchmarkFigures {
  /** The latest count on or before the period's last day. */
  followers: number | null;
  /** The counts growth compares: before the period (or its first inside), and at its end. */
  growthStart: number | null;
  growthEnd: number | null;
  /** Posts published in the period: the client's counted, a competitor's as logged. */
  posts: number | null;
  /** Engagements of the posts that have them, and how many posts that is. */
  engagements: number | null;
  engagementPosts: number;
}

/** One account on one network: one of the client's channels, or one of a competitor's accounts. */
export interface BenchmarkEntry {
  /** The channel's or the competitor account's id. */
  accountId: string;
  /** `brand` for the client's own channel, else the competitor's id. */
  ownerId: string;
  network: NetworkId;
  handle: string;
  current: BenchmarkFigures;
  previous: BenchmarkFigures;
}

/** Mentions per owner on a network: the client's under `brand`, each competitor's under its id. */
export type NetworkVoices = Partial<Record<NetworkId, Record<string, number>>>;

export interface Benchmark {
  from: string;
  to: string;
  previousFrom: string;
  clientName: string;
  clientColor: string;
  competitors: VoiceCompetitor[];
  entries: BenchmarkEntry[];
  voices: { current: NetworkVoices; previous: NetworkVoices };
}
