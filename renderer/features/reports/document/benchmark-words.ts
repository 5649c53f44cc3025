import type { Language } from '../../../../shared/domain/prefs.ts';
import type { BenchmarkMetric, Rank } from '../../../../shared/listening/benchmark-values.ts';
import { rankText } from '../../../common/format/benchmark-figures.ts';
import type { TFunction } from '../../../i18n/keys.ts';

/** "2nd of 4 on growth (3rd the period before)" / "2ᵉ sur 4 en croissance (3ᵉ la période précédente)". */
export function rankSentence(
  t: TFunction,
  language: Language,
  metric: BenchmarkMetric,
  now: Rank,
  before: Rank | null,
): string {
  const sentence = t('reports.benchmark.rank', {
    rank: rankText(t, now, language),
    count: now.of,
    metric: t(`competitors.benchmark.rankOn.${metric}`),
  });
  return before
    ? t('reports.benchmark.rankBefore', { sentence, rank: rankText(t, before, language) })
    : sentence;
}
