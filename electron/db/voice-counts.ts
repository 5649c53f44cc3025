import { addMonths, startOfMonth } from '../../shared/calendar/dates.ts';
import type { NetworkId } from '../../shared/networks.ts';
import { stmt } from './statements.ts';
import type { Db } from './types.ts';

/** The voices of one day on one network: the brand's (`voice` '') or one competitor's, by sentiment. */
export interface VoiceRow {
  said_on: string;
  voice: string;
  network: NetworkId;
  positive: number;
  neutral: number;
  negative: number;
}

/**
 * Exported for the benchmark and the query-plan test: a client's day counts over a range, read along
 * the primary key of `mention_days` (kept by migration 70's triggers), with no grouping left to do.
 * A count taken back to nothing (its mentions edited or deleted) is left out.
 */
export const VOICE_ROWS_SQL = `SELECT said_on, voice, network, positive, neutral, negative FROM mention_days
  WHERE client_id = ? AND said_on >= ? AND said_on < ? AND positive + neutral + negative > 0
  ORDER BY said_on`;

export function voiceRows(db: Db, clientId: string, from: string, to: string): VoiceRow[] {
  return stmt<[string, string, string], VoiceRow>(db, VOICE_ROWS_SQL).all(clientId, from, to);
}

/** The same counts by month: each row's `said_on` is its month's first day. */
export const VOICE_MONTHS_SQL = VOICE_ROWS_SQL.replace('FROM mention_days', 'FROM mention_months');

/**
 * A range's counts read by month where whole months lie inside it, by day at its ragged ends: the
 * chart of a year needs no day, and a year is then 12 short rows per voice and network.
 */
export function voiceRowsByMonth(db: Db, clientId: string, from: string, to: string): VoiceRow[] {
  const firstWhole = from === startOfMonth(from) ? from : addMonths(startOfMonth(from), 1);
  const afterWhole = startOfMonth(to);
  if (firstWhole >= afterWhole) return voiceRows(db, clientId, from, to);
  const months = stmt<[string, string, string], VoiceRow>(db, VOICE_MONTHS_SQL).all(
    clientId,
    firstWhole,
    afterWhole,
  );
  const head = from < firstWhole ? voiceRows(db, clientId, from, firstWhole) : [];
  const tail = afterWhole < to ? voiceRows(db, clientId, afterWhole, to) : [];
  return head.length + tail.length === 0 ? months : [...head, ...months, ...tail];
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
