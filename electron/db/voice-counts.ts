import type { Sentiment } from '../../shared/domain/mention.ts';
import type { NetworkId } from '../../shared/networks.ts';
import { stmt } from './statements.ts';
import type { Db } from './types.ts';

/** Mentions of one day, subject, network and sentiment. */
export interface VoiceRow {
  said_on: string;
  competitor_id: string | null;
  network: NetworkId;
  sentiment: Sentiment;
  n: number;
}

/**
 * Exported for the benchmark and the query-plan test: the brand's and competitors' mentions of a
 * range counted by day from the `mentions_by_day` index alone, in its order (no sort).
 */
export const VOICE_ROWS_SQL = `SELECT said_on, competitor_id, network, sentiment, count(*) AS n
  FROM mentions INDEXED BY mentions_by_day
  WHERE client_id = ? AND said_on >= ? AND said_on < ? AND deleted_at IS NULL AND subject_kind <> 'topic'
  GROUP BY said_on, subject_kind, competitor_id, network, sentiment`;

export function voiceRows(db: Db, clientId: string, from: string, to: string): VoiceRow[] {
  return stmt<[string, string, string], VoiceRow>(db, VOICE_ROWS_SQL).all(clientId, from, to);
}

/**
 * The engagements logged for a client's competitors over a range, by competitor and network: each
 * reading's posts × engagements per post, for readings with both typed.
 */
export function competitorEngagementRows(
  db: Db,
  clientId: string,
  from: string,
  to: string,
): { competitor_id: string; network: NetworkId; engagements: number; readings: number }[] {
  return stmt<
    [string, string, string],
    { competitor_id: string; network: NetworkId; engagements: number; readings: number }
  >(
    db,
    `SELECT c.id AS competitor_id, a.network, sum(r.posts * r.engagements_per_post) AS engagements, count(*) AS readings
     FROM competitors c JOIN competitor_accounts a ON a.competitor_id = c.id
     JOIN competitor_readings r ON r.account_id = a.id
     WHERE c.client_id = ? AND c.deleted_at IS NULL AND a.deleted_at IS NULL AND r.deleted_at IS NULL
       AND r.taken_on >= ? AND r.taken_on < ? AND r.posts IS NOT NULL AND r.engagements_per_post IS NOT NULL
     GROUP BY c.id, a.network`,
  ).all(clientId, from, to);
}
