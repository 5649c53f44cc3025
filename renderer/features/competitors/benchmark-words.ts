import type { Language } from '../../../shared/domain/prefs.ts';
import type { BenchmarkMetric, Rank } from '../../../shared/listening/benchmark-values.ts';
import type { CalendarKind } from '../../common/dates/kpi-period.ts';
import { rankText } from '../../common/format/benchmark-figures.ts';
import type { TFunction } from '../../i18n/keys.ts';

/**
 * "2nd of 4 on growth this month (3rd the month before)" / "2ᵉ sur 4 en croissance ce mois-ci
 * (3ᵉ le mois précédent)".
 */
export function rankSentence(
  t: TFunction,
  language: Language,
  metric: BenchmarkMetric,
  now: Rank,
  before: Rank | null,
  kind: CalendarKind,
  running: boolean,
  period: string,
): string {
  const when = running
    ? t(`competitors.benchmark.when.current.${kind}`)
    : t(`competitors.benchmark.when.past.${kind}`, { period });
  const sentence = t('competitors.benchmark.rank', {
    rank: rankText(t, now, language),
    count: now.of,
    metric: t(`competitors.benchmark.rankOn.${metric}`),
    when,
  });
  if (!before) return sentence;
  return t('competitors.benchmark.rankWithBefore', {
    sentence,
    before: t(`competitors.benchmark.before.${kind}`, { rank: rankText(t, before, language) }),
  });
}
