import type { Language } from '../../../shared/domain/prefs.ts';
import { KPI_INFO, type KpiId, type KpiUnit } from '../../../shared/kpi/catalogue.ts';
import type { KpiValue } from '../../../shared/kpi/value.ts';
import type { TFunction } from '../../i18n/keys.ts';

const formats = new Map<string, Intl.NumberFormat>();

/** One Intl formatter per language and options: the grid formats thousands of cells. */
export function numberFormat(language: Language, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${language}|${JSON.stringify(options)}`;
  let f = formats.get(key);
  if (!f) {
    f = new Intl.NumberFormat(language, options);
    formats.set(key, f);
  }
  return f;
}

/**
 * Every percentage of the app: "4,2 %", "132 %", "12,5 %" — `decimals` at least, `atMost` at most.
 * French typography wants a narrow no-break space before % (Intl's own fr percent puts a wide one),
 * and a value that rounds to nothing shows no minus sign ("0 %", not "-0 %").
 */
export function formatPercent(value: number, language: Language, decimals = 1, atMost = decimals): string {
  const n = numberFormat(language, {
    minimumFractionDigits: decimals,
    maximumFractionDigits: atMost,
    signDisplay: 'negative',
  }).format(value);
  return language === 'fr' ? `${n}\u202f%` : `${n}%`;
}

/** A figure in its unit: "1 234", "4,2 %", "0,35 €" (money arrives in cents). */
export function formatUnit(value: number, unit: KpiUnit, language: Language, currency: string): string {
  if (unit === 'money') return numberFormat(language, { style: 'currency', currency }).format(value / 100);
  if (unit === 'percent') return formatPercent(value, language);
  return numberFormat(language, {}).format(value);
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

/** How a KPI is computed and over what, for its hint; per post when the dashboard compares per post. */
export function kpiFormula(t: TFunction, id: KpiId, perPost = false): string {
  const formula = t(`kpis.formulas.${id}`);
  return perPost ? t('kpis.formulas.perPost', { formula }) : formula;
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
  const text =
    diff !== null
      ? `${sign}${numberFormat(language, { maximumFractionDigits: 1 }).format(shown)}\u00a0pt`
      : `${sign}${formatPercent(shown, language, 0, 1)}`;
  const better = KPI_INFO[id].better === 'up' ? delta > 0 : delta < 0;
  return { text, good: shown === 0 ? null : better };
}
