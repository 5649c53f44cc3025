import { type FormEvent, type ReactNode, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isIsoDate } from '../../../shared/calendar/dates.ts';
import type { Channel } from '../../../shared/domain/channel.ts';
import { GOALS, type Goal, objectiveIssues } from '../../../shared/domain/objective.ts';
import { KPI_INFO, KPIS, type KpiId } from '../../../shared/kpi/catalogue.ts';
import { useLanguage } from '../../i18n/use-language.ts';
import { Button } from '../../ui/Button.tsx';
import { controlProps, Field } from '../../ui/Field.tsx';
import { FormAlert } from '../../ui/FormAlert.tsx';
import inputs from '../../ui/inputs.module.css';
import { useFocusFirstInvalid } from '../../ui/use-focus-first-invalid.ts';
import { type ServerFormProps, useServerForm } from '../../ui/use-server-form.ts';
import { networkName } from '../channels/network-name.ts';
import { formatUnit } from './format-kpi.ts';
import styles from './ObjectiveForm.module.css';
import { exampleFor, parseObjectiveValue, roundForUnit, valueForInput } from './objective-values.ts';

/** What the form holds: numbers as typed, the scope as a channel id or '' for the whole client. */
export interface ObjectiveValues {
  title: string;
  kpi: KpiId;
  channelId: string;
  baseline: string;
  target: string;
  goal: Goal;
  why: string;
  startOn: string;
  deadline: string;
}

/** The values the server receives: numbers in the KPI's unit (cents for money). */
export interface ObjectiveFields {
  title: string;
  kpi: KpiId;
  channelId: string | null;
  baseline: number;
  target: number;
  goal: Goal;
  why: string;
  startOn: string;
  deadline: string;
}

export interface ObjectiveFormProps extends Omit<ServerFormProps<ObjectiveFields>, 'onSubmit'> {
  initial: ObjectiveValues;
  channels: readonly Channel[];
  currency: string;
  /** The KPI's value over the last 28 days for a scope, when logged: the baseline's suggestion. */
  suggest: (kpi: KpiId, channelId: string | null) => number | null;
  onSubmit: (fields: ObjectiveFields) => Promise<unknown>;
}

type Errors = Partial<Record<keyof ObjectiveValues, string>>;

function Step({
  letter,
  title,
  hint,
  children,
}: {
  letter: string;
  title: string;
  hint: string;
  children: ReactNode;
}) {
  const id = useId();
  return (
    <section className={styles.step} aria-labelledby={id}>
      <h3 id={id} className={styles.stepTitle}>
        <span className={styles.letter} aria-hidden="true">
          {letter}
        </span>
        {title}
      </h3>
      <p className={styles.stepHint}>{hint}</p>
      {children}
    </section>
  );
}

/**
 * A SMART objective, one section per letter. Numbers are typed in the UI language and the KPI's
 * unit; what can be checked here (numbers, deadline after start, target unlike baseline) is said
 * under the field before anything is sent, the rest comes back from the server under its field.
 */
export function ObjectiveForm({
  formId,
  initial,
  channels,
  currency,
  suggest,
  onSubmit,
  ...wiring
}: ObjectiveFormProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const base = useId();
  const id = (field: string) => `${base}-${field}`;
  const [attempted, setAttempted] = useState(false);
  const [refused, setRefused] = useState<object | null>(null);

  const toFields = (v: ObjectiveValues): { fields: ObjectiveFields | null; errors: Errors } => {
    const unit = KPI_INFO[v.kpi].unit;
    const errors: Errors = {};
    const example = exampleFor(unit, language);
    const read = (key: 'baseline' | 'target') => {
      const parsed = parseObjectiveValue(v[key], unit, language);
      if (parsed.ok) return parsed.value;
      errors[key] = t(`kpis.objectives.form.errors.${parsed.code}`, { example });
      return null;
    };
    const baseline = read('baseline');
    const target = read('target');
    if (isIsoDate(v.startOn) && isIsoDate(v.deadline))
      for (const issue of objectiveIssues({
        kpi: v.kpi,
        baseline: baseline ?? Number.NaN,
        target: target ?? Number.NaN,
        startOn: v.startOn,
        deadline: v.deadline,
      })) {
        const field = issue.path[0] as 'deadline' | 'target';
        errors[field] ??= t(`issues.${issue.code}`);
      }
    if (baseline === null || target === null || Object.keys(errors).length > 0)
      return { fields: null, errors };
    const fields: ObjectiveFields = {
      title: v.title,
      kpi: v.kpi,
      channelId: v.channelId || null,
      baseline,
      target,
      goal: v.goal,
      why: v.why,
      startOn: v.startOn,
      deadline: v.deadline,
    };
    return { fields, errors };
  };

  const form = useServerForm<ObjectiveValues>({
    initial: () => initial,
    onSubmit: (v) => {
      const { fields } = toFields(v);
      return fields ? onSubmit(fields) : Promise.resolve();
    },
    ...wiring,
  });
  const { values, set, formRef, errors: server, invalid } = form;
  useFocusFirstInvalid(formRef, refused);

  const local = toFields(values).errors;
  // The deadline is checked as soon as both dates are there; the numbers once the user tried to save.
  const shown: Errors = {
    ...server,
    ...(attempted ? local : {}),
    ...(local.deadline ? { deadline: local.deadline } : {}),
  };

  const submit = (e: FormEvent) => {
    setAttempted(true);
    if (Object.keys(toFields(values).errors).length > 0) {
      e.preventDefault();
      setRefused({});
      return;
    }
    void form.submit(e);
  };

  const unit = KPI_INFO[values.kpi].unit;
  const suggested = suggest(values.kpi, values.channelId || null);
  const suggestedText =
    suggested === null ? null : valueForInput(roundForUnit(suggested, unit), unit, language);
  // The baseline follows the KPI and the scope until the user types their own: a value kept for
  // another KPI would be in the wrong unit.
  const prefilled = useRef<string | null>(initial.baseline === '' ? null : initial.baseline);
  const follows = (v: ObjectiveValues) => v.baseline === '' || v.baseline === prefilled.current;
  const retarget = (patch: Partial<ObjectiveValues>) =>
    form.setValues((v) => {
      const next = { ...v, ...patch };
      if (!follows(v)) return next;
      const s = suggest(next.kpi, next.channelId || null);
      const nextUnit = KPI_INFO[next.kpi].unit;
      const text = s === null ? '' : valueForInput(roundForUnit(s, nextUnit), nextUnit, language);
      prefilled.current = text || null;
      return { ...next, baseline: text };
    });

  const unitHint =
    unit === 'money'
      ? t('kpis.objectives.form.unitHint.money', { currency })
      : t(`kpis.objectives.form.unitHint.${unit}`);
  const suggestion =
    suggested === null ? null : formatUnit(roundForUnit(suggested, unit), unit, language, currency);
  const baselineHint =
    suggestion === null
      ? unitHint
      : values.baseline === suggestedText
        ? `${t('kpis.objectives.form.prefilled', { value: suggestion })} ${unitHint}`
        : `${t('kpis.objectives.form.suggestion', { value: suggestion })} ${unitHint}`;

  const live = channels.filter((c) => !c.archived || c.id === values.channelId);

  return (
    <form ref={formRef} id={formId} onSubmit={submit} noValidate className={styles.form}>
      <FormAlert message={invalid ? t('kpis.objectives.form.failed') : null} />
      <Step
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
      </Step>
      <Step
        letter="M"
        title={t('kpis.objectives.form.measurable')}
        hint={t('kpis.objectives.form.measurableHint')}
      >
        <div className={styles.row}>
          <Field id={id('kpi')} label={t('kpis.objectives.form.kpi')} error={shown.kpi}>
            <select
              {...controlProps(id('kpi'), undefined, shown.kpi)}
              className={inputs.select}
              value={values.kpi}
              onChange={(e) => retarget({ kpi: e.target.value as KpiId })}
            >
              {KPIS.map((k) => (
                <option key={k} value={k}>
                  {t(`kpis.names.${k}`)}
                </option>
              ))}
            </select>
          </Field>
          <Field id={id('channel')} label={t('kpis.objectives.form.scope')} error={shown.channelId}>
            <select
              {...controlProps(id('channel'), undefined, shown.channelId)}
              className={inputs.select}
              value={values.channelId}
              onChange={(e) => retarget({ channelId: e.target.value })}
            >
              <option value="">{t('kpis.objectives.scope.client')}</option>
              {live.map((c) => (
                <option key={c.id} value={c.id}>
                  {t('kpis.objectives.scope.channel', {
                    network: networkName(t, c.network),
                    handle: c.handle,
                  })}
                </option>
              ))}
            </select>
          </Field>
        </div>
      </Step>
      <Step
        letter="A"
        title={t('kpis.objectives.form.achievable')}
        hint={t('kpis.objectives.form.achievableHint')}
      >
        <div className={styles.row}>
          <Field
            id={id('baseline')}
            label={t('kpis.objectives.form.baseline')}
            hint={baselineHint}
            error={shown.baseline}
          >
            <div className={styles.withAction}>
              <input
                {...controlProps(id('baseline'), baselineHint, shown.baseline)}
                className={inputs.input}
                inputMode="decimal"
                value={values.baseline}
                onChange={(e) => set('baseline', e.target.value)}
                aria-required="true"
              />
              {suggestedText !== null && values.baseline !== suggestedText && (
                <Button
                  size="small"
                  onClick={() => {
                    prefilled.current = suggestedText;
                    set('baseline', suggestedText);
                  }}
                >
                  {t('kpis.objectives.form.useSuggestion')}
                </Button>
              )}
            </div>
          </Field>
          <Field
            id={id('target')}
            label={t('kpis.objectives.form.target')}
            hint={unitHint}
            error={shown.target}
          >
            <input
              {...controlProps(id('target'), unitHint, shown.target)}
              className={inputs.input}
              inputMode="decimal"
              value={values.target}
              onChange={(e) => set('target', e.target.value)}
              aria-required="true"
            />
          </Field>
        </div>
      </Step>
      <Step
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
      </Step>
      <Step
        letter="T"
        title={t('kpis.objectives.form.timeBound')}
        hint={t('kpis.objectives.form.timeBoundHint')}
      >
        <div className={styles.row}>
          <Field id={id('startOn')} label={t('kpis.objectives.form.startOn')} error={shown.startOn}>
            <input
              {...controlProps(id('startOn'), undefined, shown.startOn)}
              className={inputs.input}
              type="date"
              value={values.startOn}
              onChange={(e) => set('startOn', e.target.value)}
              required
            />
          </Field>
          <Field id={id('deadline')} label={t('kpis.objectives.form.deadline')} error={shown.deadline}>
            <input
              {...controlProps(id('deadline'), undefined, shown.deadline)}
              className={inputs.input}
              type="date"
              value={values.deadline}
              onChange={(e) => set('deadline', e.target.value)}
              required
            />
          </Field>
        </div>
      </Step>
    </form>
  );
}
