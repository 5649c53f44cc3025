import type { Language } from '../../../../shared/domain/prefs.ts';
import type { KpiUnit } from '../../../../shared/kpi/catalogue.ts';
import { formatPercent, formatUnit } from '../../../common/format/format-kpi.ts';

/**
 * Figures in the objective's unit, as its card in the app shows them: counts whole (a forecast of
 * 1 479.6 followers reads 1 480), rates with a second decimal when the baseline or the target has
 * one, so a target of 0.75 % is not printed 0.8 %.
 */
export function objectiveFigure(
  o: { baseline: number; target: number },
  unit: KpiUnit,
  language: Language,
  currency: string,
): (value: number) => string {
  const fine = unit === 'percent' && [o.baseline, o.target].some((v) => Math.round(v * 100) % 10 !== 0);
  return (value) => {
    if (unit === 'count') return formatUnit(Math.round(value), unit, language, currency);
    return fine ? formatPercent(value, language, 2) : formatUnit(value, unit, language, currency);
  };
}
