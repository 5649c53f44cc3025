import { z } from 'zod';
import type { EngagementBasis } from '../kpi/formulas.ts';
import { ENGAGEMENT_BASES } from '../kpi/formulas.ts';
import type { KpiValue } from '../kpi/value.ts';
import type { Rank } from '../listening/benchmark-values.ts';
import type { NetworkId } from '../networks.ts';
import { checkComparedPeriods, type HeatCell, type RankedPost } from './dashboard.ts';
import { Id, IsoDateSchema } from './fields.ts';
import type { PostFormat } from './post.ts';
import type { SentimentSplit } from './voice.ts';

/** The period an audit looks back on, and the engagement rate its answers rank posts by. */
export const AuditFiguresQuery = z
  .strictObject({
    clientId: Id,
    /** First day, inclusive. */
    from: IsoDateSchema,
    /** Last day, exclusive. */
    to: IsoDateSchema,
    basis: z.enum(ENGAGEMENT_BASES, { message: 'invalidChoice' }).optional(),
  })
  .superRefine(checkComparedPeriods);
export type AuditFiguresQuery = z.input<typeof AuditFiguresQuery>;

/**
 * A group of the period's published posts and its engagement rate on the audit's basis. The rate is
 * the group's sums, Σ engagements ÷ Σ basis × 100 over the posts that logged both, as the dashboard
 * computes every rate — never a mean of the posts' rates, where a post seen by 10 people would weigh
 * as much as one seen by 10,000.
 */
export interface GroupRate {
  /** Published posts in the group, numbers logged or not. */
  posts: number;
  /** Those that logged both engagements and the basis: the rate is over them. */
  rated: number;
  /** The two sums over the rated posts (followers: each post's channel's count on its day). */
  engagements: number;
  base: number;
  rate: KpiValue;
}

export interface FormatRate extends GroupRate {
  format: PostFormat;
}

/** Posts without a pillar (or whose pillar is in the trash) make one group, `pillarId` null. */
export interface PillarRate extends GroupRate {
  pillarId: string | null;
  name: string | null;
  color: string | null;
}

export interface NetworkRate extends GroupRate {
  network: NetworkId;
}

/** 1. What works and what does not. Each list of groups is sorted best rate first, groups with none last. */
export interface WhatWorks {
  /** The best few by engagement rate, best first; every rated post when there are few (the dashboard's rule). */
  best: RankedPost[];
  /** The worst few, worst first; empty when `best` holds them all. */
  worst: RankedPost[];
  byFormat: FormatRate[];
  byPillar: PillarRate[];
  byNetwork: NetworkRate[];
}

/** A live segment the best posts targeted, its rate over all its posts of the period. */
export interface SegmentAnswer extends GroupRate {
  segmentId: string;
  name: string;
  description: string;
  /** The user's notes on the segment, read beside the answer. */
  notes: string;
  /** How many of `whatWorks.best` targeted it. */
  bestPosts: number;
}

/** 2. Who interacts with my brand: most targeted by the best posts first. */
export interface WhoInteracts {
  segments: SegmentAnswer[];
  /** Best posts that targeted no segment. */
  bestWithoutSegment: number;
}

export interface TrendPoint extends GroupRate {
  /** First day of the week (Monday) or month. */
  start: string;
}

/** 3. Does my audience interact with my content. */
export interface DoTheyInteract {
  /** Weeks up to half a year, months beyond. */
  bucket: 'week' | 'month';
  /** Every week or month of the period, a quiet one included (no posts, no rate). */
  trend: TrendPoint[];
  /** The period's rate against the one of the same number of days just before it. */
  current: KpiValue;
  previous: KpiValue;
  previousFrom: string;
  /** `current − previous` in percentage points; null when either has no value. */
  change: number | null;
  /** Published posts in the period, and those with any number logged. */
  published: number;
  withNumbers: number;
  /** withNumbers ÷ published × 100. */
  loggedShare: KpiValue;
}

/** 4. How and when: the dashboard's weekday × hour map, and the formats that work. */
export interface HowAndWhen {
  heatmap: HeatCell[];
  /** The same ranking as `whatWorks.byFormat`, computed once. */
  formats: FormatRate[];
}

/** A live segment that uses a network: posts there targeted it, or its profile lists the network. */
export interface NetworkSegment {
  segmentId: string;
  name: string;
  /** The period's posts on the network that targeted it. */
  posts: number;
  /** The network is among the segment's own `networks`. */
  declared: boolean;
}

/** 5. Which network: each of the client's networks' share of the period's reach and engagements. */
export interface NetworkShare {
  network: NetworkId;
  posts: number;
  /** Sums over the posts that logged them; null when none did. */
  reach: number | null;
  engagements: number | null;
  /** Percent of the client's total over the period. */
  reachShare: KpiValue;
  engagementShare: KpiValue;
  /** Most posts first. */
  segments: NetworkSegment[];
}

/** Where the client stands on one network of the competitor benchmark, this period. */
export interface NetworkStanding {
  network: NetworkId;
  /** The client has a channel there. */
  present: boolean;
  /** Competitors with an account there. */
  competitors: number;
  /** Ranks among the owners with a value (null: no ranking to speak of, shared/listening). */
  growth: Rank | null;
  /** On engagements per post: the benchmark knows no competitor's reach. */
  engagement: Rank | null;
}

export type VoiceAnswer =
  | { available: false; reason: 'noMentions' }
  | {
      available: true;
      /** The client's mentions by sentiment, and all its competitors' mentions. */
      brand: SentimentSplit;
      competitors: number;
      shareOfVoice: KpiValue;
      sentiment: KpiValue;
    };

/** 6. Competitors: only once the client has competitors logged. */
export type CompetitorAnswer =
  | { available: false; reason: 'noCompetitors' }
  | { available: true; competitors: number; networks: NetworkStanding[]; voice: VoiceAnswer };

/** What Calepin answers to the audit's six questions from the data it holds, for one client and period. */
export interface AuditFigures {
  from: string;
  to: string;
  basis: EngagementBasis;
  whatWorks: WhatWorks;
  whoInteracts: WhoInteracts;
  doTheyInteract: DoTheyInteract;
  howAndWhen: HowAndWhen;
  /** The client's networks (of its channels, archived ones too), most reach first. */
  whichNetwork: NetworkShare[];
  competitors: CompetitorAnswer;
}
