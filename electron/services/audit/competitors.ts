import type { CompetitorAnswer, VoiceAnswer } from '../../../shared/domain/audit-figures.ts';
import type { Dashboard } from '../../../shared/domain/dashboard.ts';
import type { ListeningFigures } from '../../../shared/domain/voice.ts';
import { listeningVoice, mentionsIn, sentimentOf, voiceShare } from '../../../shared/kpi/voice.ts';
import { benchmarkByNetwork, ownerRank } from '../../../shared/listening/benchmark-values.ts';
import { listCompetitors } from '../../db/competitors.ts';
import type { Db } from '../../db/types.ts';
import { competitorBenchmark } from '../listening/benchmark.ts';

/** The period's share of voice and sentiment, from the dashboard's listening figures. */
function voiceOf(listening: ListeningFigures): VoiceAnswer {
  const voice = listeningVoice(listening, 'current');
  if (mentionsIn(voice.brand) + voice.competitors === 0) return { available: false, reason: 'noMentions' };
  return {
    available: true,
    brand: voice.brand,
    competitors: voice.competitors,
    shareOfVoice: voiceShare(voice),
    sentiment: sentimentOf(voice.brand),
  };
}

/**
 * 6. Where the client stands against its competitors: on each network of the benchmark, its rank on
 * growth and on engagements per post this period, and its share of voice and sentiment. Nothing to
 * say until a competitor is logged (an archived one counts: its accounts and mentions are kept).
 */
export function competitorAnswer(
  db: Db,
  q: { clientId: string; from: string; to: string },
  today: string,
  /** The period's dashboard, read once for the whole audit: the benchmark does not read it again. */
  dashboard: Dashboard,
  now: Date,
): CompetitorAnswer {
  const competitors = listCompetitors(db, q.clientId, true);
  if (competitors.length === 0) return { available: false, reason: 'noCompetitors' };
  const benchmark = competitorBenchmark(db, q, now, dashboard);
  const { listening } = dashboard;
  return {
    available: true,
    competitors: competitors.length,
    networks: benchmarkByNetwork(benchmark, today).map((n) => ({
      network: n.network,
      present: n.hasClient,
      competitors: n.competitorIds.length,
      growth: ownerRank(n.rows, 'growth', 'current'),
      engagement: ownerRank(n.rows, 'engagementsPerPost', 'current'),
    })),
    voice: voiceOf(listening),
  };
}
