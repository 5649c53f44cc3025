import type { Language } from '../../../shared/domain/prefs.ts';
import type { KpiValue } from '../../../shared/kpi/value.ts';
import {
  type BenchmarkMetric,
  type Change,
  METRIC_DECIMALS,
  type Rank,
} from '../../../shared/listening/benchmark-values.ts';
import type { TFunction } from '../../i18n/keys.ts';
import { formatPercent, numberFormat } from './format-kpi.ts';

// A benchmark's figures and ranks as the competitors' screen shows them and a report prints them;
// `t` and `language` are passed because a report speaks its client's language, not the app's.

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

/** A metric's value as text: "12 480", "4,2 %", "2,5", or "—". */
export function formatMetric(metric: BenchmarkMetric, value: KpiValue, language: Language): string {
  if (value.value === null) return '—';
  if (metric === 'growth' || metric === 'shareOfVoice') return formatPercent(value.value, language, 1);
  return numberFormat(language, { maximumFractionDigits: METRIC_DECIMALS[metric] }).format(value.value);
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
      ? `${numberFormat(language, { maximumFractionDigits: 1 }).format(shown)}\u00a0pt`
      : formatPercent(shown, language, 0, 1);
  return { text: `${arrow}${sign}${amount}`, tone: shown === 0 ? 'same' : change.delta > 0 ? 'good' : 'bad' };
}
