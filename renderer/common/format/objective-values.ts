import type { Language } from '../../../shared/domain/prefs.ts';
import type { KpiUnit } from '../../../shared/kpi/catalogue.ts';
import { type NumberIssue, parseNumber } from '../../../shared/metrics/number-parse.ts';
import { formatPercent, formatUnit } from './format-kpi.ts';

export type ValueIssue = Exclude<NumberIssue, 'percent'> | 'required';

export type ParsedValue = { ok: true; value: number } | { ok: false; code: ValueIssue };

const MINUS = /^[-\u2212]\s*/;

/**
 * A baseline or target as typed in the UI language, in the KPI's unit: a whole count, a percentage
 * ("4,5" or "4,5 %", two decimals at most, below zero for a shrinking audience), or money in the
 * client's currency ("0,35 €"), returned in cents. The digits are read by the grid's parser, so
 * "1 234,5" and "1,234.5" mean the same here as there.
 */
export function parseObjectiveValue(text: string, unit: KpiUnit, language: Language): ParsedValue {
  const trimmed = text.trim();
  if (trimmed === '') return { ok: false, code: 'required' };
  if (unit !== 'percent') {
    const parsed = parseNumber(trimmed, { kind: unit === 'money' ? 'money' : 'count', locale: language });
    if (!parsed.ok) return { ok: false, code: parsed.code === 'percent' ? 'notANumber' : parsed.code };
    return parsed.value === null ? { ok: false, code: 'required' } : { ok: true, value: parsed.value };
  }
  const negative = MINUS.test(trimmed);
  const body = trimmed.replace(MINUS, '').replace(/\s*%$/, '');
  // Read as an amount with two decimals: "4,5" is then 450 hundredths, exactly, with no binary fraction.
  const parsed = parseNumber(body, { kind: 'money', locale: language });
  if (!parsed.ok) return { ok: false, code: parsed.code === 'percent' ? 'notANumber' : parsed.code };
  if (parsed.value === null) return { ok: false, code: 'required' };
  const value = parsed.value / 100;
  return { ok: true, value: negative && value !== 0 ? -value : value };
}

/** The text a stored value is edited as: no grouping, the language's decimal mark, money in units. */
export function valueForInput(value: number, unit: KpiUnit, language: Language): string {
  const shown = unit === 'money' ? value / 100 : value;
  return new Intl.NumberFormat(language, {
    useGrouping: false,
    maximumFractionDigits: unit === 'count' ? 0 : 2,
  })
    .format(shown)
    .replace('\u2212', '-');
}

/** A suggested value rounded to what the field accepts: whole counts, whole cents, hundredths of a percent. */
export const roundForUnit = (value: number, unit: KpiUnit): number =>
  unit === 'percent' ? Math.round(value * 100) / 100 : Math.round(value);

/** The example the error message gives, in the language's own format. */
export function exampleFor(unit: KpiUnit, language: Language): string {
  if (unit === 'count') return new Intl.NumberFormat(language).format(1500);
  return new Intl.NumberFormat(language, { minimumFractionDigits: unit === 'money' ? 2 : 1 }).format(
    unit === 'money' ? 0.35 : 4.5,
  );
}

/**
 * Figures in the objective's unit, on its card and in a report: counts whole (a forecast of
 * 1 479.6 followers reads 1 480), rates with a second decimal when the baseline or the target has
 * one, so a target of 0.75 % is not shown as 0.8 % and the figures line up.
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
