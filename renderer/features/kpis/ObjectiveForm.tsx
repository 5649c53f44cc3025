import { useId } from 'react';
import type { Channel } from '../../../shared/domain/channel.ts';
import { GOALS, type Goal } from '../../../shared/domain/objective.ts';
import { useTranslation } from '../../i18n/context.tsx';
import { DateInput } from '../../ui/DateInput.tsx';
import { controlProps, Field } from '../../ui/Field.tsx';
import { FormAlert } from '../../ui/FormAlert.tsx';
import inputs from '../../ui/inputs.module.css';
import type { ServerFormProps } from '../../ui/use-server-form.ts';
import { AchievableStep } from './AchievableStep.tsx';
import { MeasureStep } from './MeasureStep.tsx';
import styles from './ObjectiveForm.module.css';
import type { ObjectiveFields, ObjectiveValues } from './objective-form-values.ts';
import { SmartStep } from './SmartStep.tsx';
import { type SuggestBaseline, useBaselineSuggestion } from './use-baseline-suggestion.ts';
import { useObjectiveFields } from './use-objective-fields.ts';

export interface ObjectiveFormProps extends Omit<ServerFormProps<ObjectiveFields>, 'onSubmit'> {
  initial: ObjectiveValues;
  channels: readonly Channel[];
  currency: string;
  /** The baseline's suggestion for a KPI and a scope. */
  suggest: SuggestBaseline;
  onSubmit: (fields: ObjectiveFields) => Promise<unknown>;
}

/**
 * A SMART objective, one section per letter. Numbers are typed in the UI language and the KPI's
 * unit; what can be checked here is said under the field before anything is sent.
 */
export function ObjectiveForm({
  formId,
  initial,
  channels,
  currency,
  suggest,
  ...wiring
}: ObjectiveFormProps) {
  const { t } = useTranslation();
  const base = useId();
  const id = (field: string) => `${base}-${field}`;
  const form = useObjectiveFields({ initial, ...wiring });
  const { values, set, shown } = form;
  const baseline = useBaselineSuggestion(form, suggest, initial.baseline, currency);

  return (
    <form ref={form.formRef} id={formId} onSubmit={form.submit} noValidate className={styles.form}>
      <FormAlert message={form.invalid ? t('kpis.objectives.form.failed') : null} />
      <SmartStep
        letter="S"
        title={t('kpis.objectives.form.specific')}
        hint={t('kpis.objectives.form.specificHint')}
      >
        <Field id={id('title')} label={t('kpis.objectives.form.title')} error={shown.title}>
          <input
            {...controlProps(id('title'), undefined, shown.title)}
            className={inputs.input}
            value={values.title}
            onChange={(e) => set('title', e.target.value)}
            placeholder={t('kpis.objectives.form.titlePlaceholder')}
            aria-required="true"
            // biome-ignore lint/a11y/noAutofocus: the objective's sentence is the first thing to write
            autoFocus
          />
        </Field>
      </SmartStep>
      <MeasureStep
        id={id}
        kpi={values.kpi}
        channelId={values.channelId}
        channels={channels}
        errors={shown}
        onChange={baseline.retarget}
      />
      <AchievableStep
        id={id}
        baseline={values.baseline}
        target={values.target}
        baselineHint={baseline.baselineHint}
        unitHint={baseline.unitHint}
        errors={shown}
        offer={baseline.offer}
        onChange={set}
      />
      <SmartStep
        letter="R"
        title={t('kpis.objectives.form.relevant')}
        hint={t('kpis.objectives.form.relevantHint')}
      >
        <Field id={id('goal')} label={t('kpis.objectives.form.goal')} error={shown.goal}>
          <select
            {...controlProps(id('goal'), undefined, shown.goal)}
            className={inputs.select}
            value={values.goal}
            onChange={(e) => set('goal', e.target.value as Goal)}
          >
            {GOALS.map((g) => (
              <option key={g} value={g}>
                {t(`kpis.goals.${g}`)}
              </option>
            ))}
          </select>
        </Field>
        <Field id={id('why')} label={t('kpis.objectives.form.why')} error={shown.why}>
          <textarea
            {...controlProps(id('why'), undefined, shown.why)}
            className={inputs.textarea}
            rows={2}
            value={values.why}
            onChange={(e) => set('why', e.target.value)}
            placeholder={t('kpis.objectives.form.whyPlaceholder')}
          />
        </Field>
      </SmartStep>
      <SmartStep
        letter="T"
        title={t('kpis.objectives.form.timeBound')}
        hint={t('kpis.objectives.form.timeBoundHint')}
      >
        <div className={styles.row}>
          {(['startOn', 'deadline'] as const).map((key) => (
            <Field key={key} id={id(key)} label={t(`kpis.objectives.form.${key}`)} error={shown[key]}>
              <DateInput
                {...controlProps(id(key), undefined, shown[key])}
                className={inputs.input}
                value={values[key]}
                onChange={(day) => set(key, day)}
                required
              />
            </Field>
          ))}
        </div>
      </SmartStep>
    </form>
  );
}
