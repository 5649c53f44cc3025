import type { TFunction } from 'i18next';
import type { Language } from '../../../shared/domain/prefs.ts';
import { KPI_INFO, type KpiId, type KpiUnit } from '../../../shared/kpi/catalogue.ts';
import type { KpiValue } from '../../../shared/kpi/value.ts';

const formatters = new Map<string, Intl.NumberFormat>();

function formatter(language: Language, unit: KpiUnit, currency: string, compact = false) {
  const key = `${language}|${unit}|${currency}|${compact}`;
  let f = formatters.get(key);
  if (!f) {
    f =
      unit === 'money'
        ? new Intl.NumberFormat(language, { style: 'currency', currency })
        : unit === 'percent'
          ? new Intl.NumberFormat(language, { maximumFractionDigits: 1, minimumFractionDigits: 1 })
          : new Intl.NumberFormat(language, compact ? { notation: 'compact', maximumFractionDigits: 1 } : {});
    formatters.set(key, f);
  }
  return f;
}

/** A figure in its unit: "1 234", "4,2 %", "0,35 €" (money arrives in cents). */
export function formatUnit(value: number, unit: KpiUnit, language: Language, currency: string): string {
  if (unit === 'money') return formatter(language, unit, currency).format(value / 100);
  if (unit === 'percent') {
    const n = formatter(language, unit, currency).format(value);
    return language === 'fr' ? `${n}\u202f%` : `${n}%`;
  }
  return formatter(language, unit, currency).format(value);
}

/** A share of the way in whole percent, "132 %" with French typography (Intl's own fr percent uses a wide space). */
export function formatWholePercent(value: number, language: Language): string {
  const n = new Intl.NumberFormat(language, { maximumFractionDigits: 0 }).format(Math.round(value) + 0);
  return language === 'fr' ? `${n}\u202f%` : `${n}%`;
}

/** A KPI's value, or "—" when there is none (the reason goes in `kpiMissing`). */
export function formatKpi(id: KpiId, v: KpiValue, language: Language, currency: string): string {
  return v.value === null ? '—' : formatUnit(v.value, KPI_INFO[id].unit, language, currency);
}

/** Why there is no value: "No reach logged" / "Reach is 0". */
export function kpiMissing(t: TFunction, v: KpiValue): string | null {
  if (v.value !== null) return null;
  const term = t(`kpis.terms.${v.term}`);
  return v.reason === 'zero' ? t('kpis.reasons.zero', { term }) : t('kpis.reasons.noData', { term });
}

/**
 * The change from the previous period: points for rates ("+0,8 pt"), percent for the rest
 * ("+12 %"); null when either side has no value or the previous is 0.
 */
export function formatChange(
  id: KpiId,
  current: KpiValue,
  previous: KpiValue,
  language: Language,
): { text: string; good: boolean | null } | null {
  if (current.value === null || previous.value === null) return null;
  const unit = KPI_INFO[id].unit;
  const diff = unit === 'percent' ? current.value - previous.value : null;
  const relative =
    previous.value === 0 ? null : ((current.value - previous.value) / Math.abs(previous.value)) * 100;
  const delta = diff ?? relative;
  if (delta === null) return null;
  // A change that rounds to nothing is shown and judged as none: "+0 pt · better" would mislead.
  const shown = Math.round(Math.abs(delta) * 10) / 10;
  const sign = shown === 0 ? '±' : delta > 0 ? '+' : '−';
  const n = new Intl.NumberFormat(language, { maximumFractionDigits: 1 }).format(shown);
  const text =
    diff !== null ? `${sign}${n}\u00a0pt` : language === 'fr' ? `${sign}${n}\u202f%` : `${sign}${n}%`;
  const better = KPI_INFO[id].better === 'up' ? delta > 0 : delta < 0;
  return { text, good: shown === 0 ? null : better };
}
