import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { KPI_INFO, type KpiId } from '../../../shared/kpi/catalogue.ts';
import { measureOf } from '../../../shared/kpi/measure.ts';
import { useLanguage } from '../../i18n/use-language.ts';
import { formatUnit } from './format-kpi.ts';
import type { ObjectiveValues } from './objective-form-values.ts';
import { roundForUnit, valueForInput } from './objective-values.ts';

/** A KPI's suggested baseline for a scope (a channel id, or null for the whole client), when there is one. */
export type SuggestBaseline = (kpi: KpiId, channelId: string | null) => number | null;

interface FormState {
  values: ObjectiveValues;
  setValues: (update: (v: ObjectiveValues) => ObjectiveValues) => void;
  set: (key: 'baseline', value: string) => void;
}

/**
 * The baseline's suggestion. It follows the KPI and the scope until the user types their own (a
 * value kept for another KPI would be in the wrong unit), and its hint says where it comes from:
 * the last 28 days, or 0 for a KPI counted from the start date.
 */
export function useBaselineSuggestion(
  form: FormState,
  suggest: SuggestBaseline,
  initialBaseline: string,
  currency: string,
) {
  const { t } = useTranslation();
  const language = useLanguage();
  const { values } = form;
  const textFor = (kpi: KpiId, channelId: string) => {
    const s = suggest(kpi, channelId || null);
    const unit = KPI_INFO[kpi].unit;
    return s === null ? null : valueForInput(roundForUnit(s, unit), unit, language);
  };
  const prefilled = useRef<string | null>(initialBaseline === '' ? null : initialBaseline);

  const retarget = (patch: Partial<ObjectiveValues>) =>
    form.setValues((v) => {
      const next = { ...v, ...patch };
      if (v.baseline !== '' && v.baseline !== prefilled.current) return next;
      const text = textFor(next.kpi, next.channelId) ?? '';
      prefilled.current = text || null;
      return { ...next, baseline: text };
    });

  const unit = KPI_INFO[values.kpi].unit;
  const unitHint =
    unit === 'money'
      ? t('kpis.objectives.form.unitHint.money', { currency })
      : t(`kpis.objectives.form.unitHint.${unit}`);
  const suggested = suggest(values.kpi, values.channelId || null);
  const text = textFor(values.kpi, values.channelId);
  const fromStart = measureOf(values.kpi) === 'sinceStart';
  const said =
    suggested === null
      ? null
      : t(
          `kpis.objectives.form.${values.baseline === text ? 'prefilled' : 'suggestion'}${fromStart ? 'SinceStart' : ''}`,
          { value: formatUnit(roundForUnit(suggested, unit), unit, language, currency) },
        );

  return {
    retarget,
    unitHint,
    baselineHint: said === null ? unitHint : `${said} ${unitHint}`,
    /** The suggestion, when the baseline holds something else: a button puts it back. */
    offer:
      text !== null && values.baseline !== text
        ? () => {
            prefilled.current = text;
            form.set('baseline', text);
          }
        : null,
  };
}
