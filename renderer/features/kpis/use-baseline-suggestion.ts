import { useRef } from 'react';
import { KPI_INFO, type KpiId } from '../../../shared/kpi/catalogue.ts';
import { measureOf } from '../../../shared/kpi/measure.ts';
import { formatUnit } from '../../common/format/format-kpi.ts';
import { roundForUnit, valueForInput } from '../../common/format/objective-values.ts';
import { useTranslation } from '../../i18n/context.tsx';
import { formatLongDay } from '../../i18n/format.ts';
import { useLanguage } from '../../i18n/use-language.ts';
import type { ObjectiveValues } from './objective-form-values.ts';

/** A suggested baseline, and for a count (followers) the day it was counted. */
export interface BaselineSuggestion {
  value: number;
  on: string | null;
}

/** A KPI's suggested baseline for a scope (a channel id, or null for the whole client), when there is one. */
export type SuggestBaseline = (kpi: KpiId, channelId: string | null) => BaselineSuggestion | null;

interface FormState {
  values: ObjectiveValues;
  setValues: (update: (v: ObjectiveValues) => ObjectiveValues) => void;
  set: (key: 'baseline', value: string) => void;
}

/**
 * The baseline's suggestion. It follows the KPI and the scope until the user types their own (a
 * value kept for another KPI would be in the wrong unit), and its hint says where it comes from:
 * a count and its day ("on 31 Oct: 2,390"), the last 28 days for a rate, or 0 for a KPI counted
 * from the start date.
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
    return s === null ? null : valueForInput(roundForUnit(s.value, unit), unit, language);
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
  const measure = measureOf(values.kpi);
  // A count is read on a day, not over the last 28 days.
  const kind = measure === 'sinceStart' ? 'SinceStart' : measure === 'level' && suggested?.on ? 'Level' : '';
  const said =
    suggested === null
      ? null
      : t(`kpis.objectives.form.${values.baseline === text ? 'prefilled' : 'suggestion'}${kind}`, {
          value: formatUnit(roundForUnit(suggested.value, unit), unit, language, currency),
          day: suggested.on ? formatLongDay(suggested.on, language) : '',
        });

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
