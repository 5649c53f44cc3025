import type { Db } from '../../../electron/db/types.ts';
import type { Sentiment } from '../../../shared/domain/mention.ts';
import type { ListeningFigures, VoiceCounts, VoiceFigures } from '../../../shared/domain/voice.ts';
import type { NetworkId } from '../../../shared/networks.ts';

const split = () => ({ positive: 0, neutral: 0, negative: 0 });
const voice = (): VoiceCounts => ({ brand: split(), competitors: {} });

function add(v: VoiceCounts, competitorId: string | null, sentiment: Sentiment): void {
  if (competitorId === null) v.brand[sentiment] += 1;
  else {
    const own = v.competitors[competitorId] ?? split();
    own[sentiment] += 1;
    v.competitors[competitorId] = own;
  }
}

/**
 * Share of voice the slow, obvious way: every mention of the client read one by one and counted in
 * JavaScript, every reading multiplied out. The dashboard's grouped SQL must agree with it.
 */
export function listeningMentionByMention(
  db: Db,
  clientId: string,
  range: {
    previousFrom: string;
    from: string;
    to: string;
    pointOf: (date: string) => string;
    points: string[];
  },
  brandEngagements: { current: number | null; previous: number | null },
): ListeningFigures {
  const competitors = db
    .prepare(
      `SELECT id, name, color, archived_at FROM competitors WHERE client_id = ? AND deleted_at IS NULL
       ORDER BY name COLLATE NOCASE, id`,
    )
    .all(clientId) as { id: string; name: string; color: string; archived_at: string | null }[];
  const live = new Set(competitors.map((c) => c.id));
  const mentions = db
    .prepare(
      'SELECT said_on, subject_kind, competitor_id, network, sentiment FROM mentions WHERE client_id = ? AND deleted_at IS NULL',
    )
    .all(clientId) as {
    said_on: string;
    subject_kind: string;
    competitor_id: string | null;
    network: NetworkId;
    sentiment: Sentiment;
  }[];
  const readings = db
    .prepare(
      `SELECT r.taken_on, r.posts, r.engagements_per_post FROM competitor_readings r
       JOIN competitor_accounts a ON a.id = r.account_id JOIN competitors c ON c.id = a.competitor_id
       WHERE c.client_id = ? AND c.deleted_at IS NULL AND a.deleted_at IS NULL AND r.deleted_at IS NULL`,
    )
    .all(clientId) as { taken_on: string; posts: number | null; engagements_per_post: number | null }[];

  const period = (from: string, to: string, brand: number | null): VoiceFigures => {
    const all = voice();
    const byNetwork: VoiceFigures['byNetwork'] = {};
    for (const m of mentions) {
      if (m.said_on < from || m.said_on >= to || m.subject_kind === 'topic') continue;
      if (m.competitor_id !== null && !live.has(m.competitor_id)) continue;
      add(all, m.competitor_id, m.sentiment);
      const onNetwork = byNetwork[m.network] ?? voice();
      byNetwork[m.network] = onNetwork;
      add(onNetwork, m.competitor_id, m.sentiment);
    }
    let logged = 0;
    let competitorEngagements = 0;
    for (const r of readings) {
      if (r.taken_on < from || r.taken_on >= to || r.posts === null || r.engagements_per_post === null)
        continue;
      logged += 1;
      competitorEngagements += r.posts * r.engagements_per_post;
    }
    return {
      from,
      to,
      all,
      byNetwork,
      engagements: logged === 0 ? null : { brand, competitors: competitorEngagements },
    };
  };
  const series = range.points.map((start) => {
    const v = voice();
    for (const m of mentions) {
      if (m.said_on < range.from || m.said_on >= range.to || m.subject_kind === 'topic') continue;
      if (m.competitor_id !== null && !live.has(m.competitor_id)) continue;
      if (range.pointOf(m.said_on) === start) add(v, m.competitor_id, m.sentiment);
    }
    return { start, voice: v };
  });
  return {
    competitors: competitors.map((c) => ({
      id: c.id,
      name: c.name,
      color: c.color,
      archived: c.archived_at !== null,
    })),
    current: period(range.from, range.to, brandEngagements.current),
    previous: period(range.previousFrom, range.from, brandEngagements.previous),
    series,
  };
}
