import type { Language } from '../../../../shared/domain/prefs.ts';
import type { KpiValue } from '../../../../shared/kpi/value.ts';
import {
  type BenchmarkMetric,
  METRIC_DECIMALS,
  type Rank,
} from '../../../../shared/listening/benchmark-values.ts';
import { formatPercent } from '../../../common/format/format-kpi.ts';
import type { TFunction } from '../../../i18n/keys.ts';

const ORDINAL_EN: Record<string, string> = { one: 'st', two: 'nd', few: 'rd', other: 'th' };
let ordinalRules: Intl.PluralRules | undefined;

/** "1st", "2nd", "23rd" / "1ᵉʳ", "2ᵉ": a rank as each language writes it. */
export function ordinal(n: number, language: Language): string {
  if (language === 'fr') return n === 1 ? '1\u1d49\u02b3' : `${n}\u1d49`;
  ordinalRules ??= new Intl.PluralRules('en', { type: 'ordinal' });
  return `${n}${ORDINAL_EN[ordinalRules.select(n)] ?? 'th'}`;
}

/** "2nd", "joint 2nd" / "2ᵉ ex æquo". */
const rankText = (t: TFunction, rank: Rank, language: Language): string =>
  rank.tied
    ? t('competitors.benchmark.tied', { rank: ordinal(rank.rank, language) })
    : ordinal(rank.rank, language);

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

const formats = new Map<string, Intl.NumberFormat>();

/** A benchmark figure as the competitors' screen shows it: "12 480", "4,2 %", "2,5", or "—". */
export function metricText(metric: BenchmarkMetric, value: KpiValue, language: Language): string {
  if (value.value === null) return '—';
  if (metric === 'growth' || metric === 'shareOfVoice') return formatPercent(value.value, language, 1);
  const key = `${language}|${METRIC_DECIMALS[metric]}`;
  let f = formats.get(key);
  if (!f) {
    f = new Intl.NumberFormat(language, { maximumFractionDigits: METRIC_DECIMALS[metric] });
    formats.set(key, f);
  }
  return f.format(value.value);
}
