import type { Language } from '../../../shared/domain/prefs.ts';
import type { KpiValue } from '../../../shared/kpi/value.ts';
import type { BenchmarkMetric, Change, Rank } from '../../../shared/listening/benchmark-values.ts';
import { METRIC_DECIMALS } from '../../../shared/listening/benchmark-values.ts';
import type { CalendarKind } from '../../common/dates/kpi-period.ts';
import { formatPercent } from '../../common/format/format-kpi.ts';
import type { TFunction } from '../../i18n/keys.ts';

const ORDINAL_EN: Record<string, string> = { one: 'st', two: 'nd', few: 'rd', other: 'th' };
let ordinalRules: Intl.PluralRules | undefined;

/** "1st", "2nd", "23rd" / "1ᵉʳ", "2ᵉ": a rank as each language writes it. */
export function ordinal(n: number, language: Language): string {
  if (language === 'fr') return n === 1 ? '1\u1d49\u02b3' : `${n}\u1d49`;
  ordinalRules ??= new Intl.PluralRules('en', { type: 'ordinal' });
  return `${n}${ORDINAL_EN[ordinalRules.select(n)] ?? 'th'}`;
}

/** "2nd", "joint 2nd" / "2ᵉ ex æquo". */
export const rankText = (t: TFunction, rank: Rank, language: Language): string =>
  rank.tied
    ? t('competitors.benchmark.tied', { rank: ordinal(rank.rank, language) })
    : ordinal(rank.rank, language);

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

const formats = new Map<string, Intl.NumberFormat>();
function numberFormat(language: Language, decimals: number, atLeast = 0): Intl.NumberFormat {
  const key = `${language}|${decimals}|${atLeast}`;
  let f = formats.get(key);
  if (!f) {
    f = new Intl.NumberFormat(language, { minimumFractionDigits: atLeast, maximumFractionDigits: decimals });
    formats.set(key, f);
  }
  return f;
}

/** A metric's value as text: "12 480", "4,2 %", "2,5", or "—". */
export function formatMetric(metric: BenchmarkMetric, value: KpiValue, language: Language): string {
  if (value.value === null) return '—';
  if (metric === 'growth' || metric === 'shareOfVoice') return formatPercent(value.value, language, 1);
  return numberFormat(language, METRIC_DECIMALS[metric]).format(value.value);
}

/** "▲ +12 %", "▼ −0,8 pt", "±0 %": the change, and whether it is for the better (all five: up is good). */
export function formatMetricChange(
  change: Change,
  language: Language,
): { text: string; tone: 'good' | 'bad' | 'same' } {
  const shown = Math.round(Math.abs(change.delta) * 10) / 10;
  const sign = shown === 0 ? '±' : change.delta > 0 ? '+' : '\u2212';
  const arrow = shown === 0 ? '' : change.delta > 0 ? '▲ ' : '▼ ';
  const amount =
    change.kind === 'points'
      ? `${numberFormat(language, 1).format(shown)}\u00a0pt`
      : formatPercent(shown, language, 0, 1);
  return { text: `${arrow}${sign}${amount}`, tone: shown === 0 ? 'same' : change.delta > 0 ? 'good' : 'bad' };
}
