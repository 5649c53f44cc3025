import type { PostFormat } from '../../../shared/domain/post.ts';
import type { AuditPost } from '../../db/audit-reads.ts';
import { STORED_TERMS } from '../../db/dashboard-posts.ts';
import { AT } from '../../db/kpi-sums.ts';
import type { WalkedPost } from '../numbers/kpi-dashboard.ts';
import { SlotGroups } from './groups.ts';

/** What the audit sums of the period's posts, beside the dashboard's totals. */
export interface PeriodSums {
  byFormat: SlotGroups<PostFormat>;
  /** A live pillar's id, or null for a post with none or with one in the trash. */
  byPillar: SlotGroups<string | null>;
  byChannel: SlotGroups<string>;
  /** Live segments only: every post that targeted one. */
  bySegment: SlotGroups<string>;
  /** By the first day of the trend's week or month. */
  byPoint: SlotGroups<string>;
  /** Channel → live segment → the posts there that targeted it. */
  segmentPosts: Map<string, Map<string, number>>;
  /** Posts whose latest reading holds any of the terms the dashboard sums. */
  withNumbers: number;
}

export interface PeriodSumsSetup {
  posts: ReadonlyMap<number, AuditPost>;
  livePillars: ReadonlySet<string>;
  liveSegments: ReadonlySet<string>;
  /** The first day of the trend point a day falls in. */
  pointOf: (date: string) => string;
}

/**
 * Sums the audit's groups as the dashboard walks the period's posts (`kpiDashboard`'s `observe`):
 * one pass for both, each post's contribution added to its format, pillar, channel, segments and
 * trend point.
 */
export function periodSums(setup: PeriodSumsSetup): {
  sums: PeriodSums;
  observe: (post: WalkedPost) => void;
} {
  const sums: PeriodSums = {
    byFormat: new SlotGroups(),
    byPillar: new SlotGroups(),
    byChannel: new SlotGroups(),
    bySegment: new SlotGroups(),
    byPoint: new SlotGroups(),
    segmentPosts: new Map(),
    withNumbers: 0,
  };
  const points = new Map<string, string>();
  const observe = ({ seq, channelId, date, row, part }: WalkedPost) => {
    // Read in the same synchronous call as the dashboard's rows: every post is found.
    const post = setup.posts.get(seq);
    if (!post) return;
    sums.byFormat.add(post.format, part);
    sums.byPillar.add(
      post.pillarId !== null && setup.livePillars.has(post.pillarId) ? post.pillarId : null,
      part,
    );
    sums.byChannel.add(channelId, part);
    let point = points.get(date);
    if (point === undefined) {
      point = setup.pointOf(date);
      points.set(date, point);
    }
    sums.byPoint.add(point, part);
    for (const segmentId of post.segmentIds) {
      if (!setup.liveSegments.has(segmentId)) continue;
      sums.bySegment.add(segmentId, part);
      let counts = sums.segmentPosts.get(channelId);
      if (!counts) {
        counts = new Map();
        sums.segmentPosts.set(channelId, counts);
      }
      counts.set(segmentId, (counts.get(segmentId) ?? 0) + 1);
    }
    // The stored terms come first in a row's terms; the followers, last, are the reader's own.
    for (let i = AT.terms; i < AT.terms + STORED_TERMS.length; i++)
      if (row[i] !== null) {
        sums.withNumbers += 1;
        break;
      }
  };
  return { sums, observe };
}
