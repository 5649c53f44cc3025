import { type FormEvent, useId, useLayoutEffect, useRef, useState } from 'react';
import { addDays, weekday } from '../../../shared/calendar/dates.ts';
import type { Audit } from '../../../shared/domain/audit.ts';
import type { AuditFigures } from '../../../shared/domain/audit-figures.ts';
import { CLIENT_COLORS } from '../../../shared/domain/client.ts';
import { GOALS, type Goal } from '../../../shared/domain/objective.ts';
import { POST_FORMATS, type PostFormat } from '../../../shared/domain/post-choices.ts';
import type { Issue } from '../../../shared/errors.ts';
import { ENGAGEMENT_KPI, KPI_INFO, KPIS, type KpiId } from '../../../shared/kpi/catalogue.ts';
import { isRpcFailure } from '../../api/rpc-failure.ts';
import { useChannels } from '../../common/data/channel-queries.ts';
import { usePillars } from '../../common/data/post-queries.ts';
import { weekdayNames } from '../../common/dates/day-names.ts';
import { networkName } from '../../common/format/network-name.ts';
import { exampleFor, valueForInput } from '../../common/format/objective-values.ts';
import { useTranslation } from '../../i18n/context.tsx';
import { issueMessage } from '../../i18n/errors.ts';
import type { TFunction } from '../../i18n/keys.ts';
import { useLanguage } from '../../i18n/use-language.ts';
import { ColorPicker } from '../../ui/ColorPicker.tsx';
import { DateInput } from '../../ui/DateInput.tsx';
import { enterSubmits } from '../../ui/enter-submits.ts';
import { controlProps, Field } from '../../ui/Field.tsx';
import { FormAlert } from '../../ui/FormAlert.tsx';
import { FormDialog } from '../../ui/FormDialog.tsx';
import inputs from '../../ui/inputs.module.css';
import { TimeInput } from '../../ui/TimeInput.tsx';
import { useFocusFirstInvalid } from '../../ui/use-focus-first-invalid.ts';
import type { FormWiring } from '../../ui/use-server-form.ts';
import styles from './AuditView.module.css';
import { bestAndWorst, bestSlots } from './answer-figures.ts';
import {
  auditBaseline,
  defaultDeadline,
  goalFor,
  type ObjectiveDraft,
  objectiveDraftIssues,
  titleFrom,
} from './objective-values.ts';
import { useTakeAction } from './queries.ts';

export interface MakeProps {
  actionId: string;
  text: string;
  clientId: string;
  today: string;
  figures: AuditFigures | undefined;
  /** The audit as the server holds it once the action is made. */
  onMade: (audit: Audit) => void;
  onClose: () => void;
}

/** The server's issues under the made thing (`objective.target`, `post.date`…), by field. */
function refusedFields(t: TFunction, failure: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  if (!isRpcFailure(failure)) return out;
  for (const issue of failure.issues as Issue[]) {
    const field = issue.path[1] ?? issue.path[0];
    if (field !== undefined && !(field in out)) out[field] = issueMessage(t, issue);
  }
  return out;
}

/**
 * A small form's state: the values, whether they changed (the dialog asks before throwing them
 * away), the local check shown once a submit was tried, and the server's refusal under its fields.
 */
function useMakeForm<V extends object>(
  initial: V,
  wiring: Omit<FormWiring, 'formId'>,
  check: (v: V) => Partial<Record<keyof V, string>>,
  send: (v: V) => Promise<unknown>,
) {
  const { t } = useTranslation();
  const [start] = useState(initial);
  const [values, setValues] = useState(start);
  const [tried, setTried] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);
  const [refused, setRefused] = useState<object | null>(null);
  const formRef = useRef<HTMLFormElement>(null);
  useFocusFirstInvalid(formRef, refused);
  const set = <K extends keyof V>(key: K, value: V[K]) => setValues((v) => ({ ...v, [key]: value }));
  const dirty = (Object.keys(start) as (keyof V)[]).some((k) => !Object.is(start[k], values[k]));
  const reportDirty = useRef(wiring.onDirtyChange);
  reportDirty.current = wiring.onDirtyChange;
  // In the same commit as the keystroke: an Esc pressed right after typing already sees the change.
  useLayoutEffect(() => reportDirty.current?.(dirty), [dirty]);
  const local = check(values);
  const server = refusedFields(t, failure);
  const errors = { ...server, ...(tried ? local : {}) } as Partial<Record<keyof V, string>>;
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setTried(true);
    if (Object.keys(local).length > 0) {
      setRefused({});
      return;
    }
    setFailure(null);
    wiring.onPendingChange?.(true);
    try {
      await send(values);
    } catch (error) {
      setFailure(error);
      setRefused({});
    } finally {
      wiring.onPendingChange?.(false);
    }
  };
  return {
    values,
    set,
    setValues,
    errors,
    submit,
    formRef,
    alert: isRpcFailure(failure) ? t('audit.make.failed') : null,
  };
}

function ObjectiveForm({
  formId,
  actionId,
  text,
  today,
  figures,
  onMade,
  ...wiring
}: MakeProps & FormWiring) {
  const { t } = useTranslation();
  const language = useLanguage();
  const take = useTakeAction();
  const base = useId();
  const id = (f: string) => `${base}-${f}`;
  const kpi0: KpiId = figures ? ENGAGEMENT_KPI[figures.basis] : 'followers';
  const suggested = (kpi: KpiId) => {
    const v = auditBaseline(kpi, figures);
    return v === null ? '' : valueForInput(v, KPI_INFO[kpi].unit, language);
  };
  const initial: ObjectiveDraft = {
    title: titleFrom(text),
    kpi: kpi0,
    baseline: suggested(kpi0),
    target: '',
    goal: goalFor(kpi0),
    deadline: defaultDeadline(today),
  };
  const check = (v: ObjectiveDraft) => {
    const { issues } = objectiveDraftIssues(v, today, language);
    const example = exampleFor(KPI_INFO[v.kpi].unit, language);
    return Object.fromEntries(
      Object.entries(issues).map(([field, code]) => [
        field,
        ['required', 'notANumber', 'notInteger', 'negative', 'tooBig', 'tooPrecise'].includes(code)
          ? t(`kpis.objectives.form.errors.${code as 'required'}`, { example })
          : t(`issues.${code as 'invalidDate'}`),
      ]),
    ) as Partial<Record<keyof ObjectiveDraft, string>>;
  };
  const form = useMakeForm(initial, wiring, check, async (v) => {
    const { values } = objectiveDraftIssues(v, today, language);
    if (!values) return;
    const audit = await take.mutateAsync({
      actionId,
      as: 'objective',
      objective: {
        title: v.title.trim(),
        kpi: v.kpi,
        baseline: values.baseline,
        target: values.target,
        goal: v.goal,
        startOn: today,
        deadline: v.deadline,
      },
    });
    onMade(audit);
  });
  const { values, errors } = form;
  const unitHint = t(`audit.make.objective.unit.${KPI_INFO[values.kpi].unit}`);
  const baselineHint =
    auditBaseline(values.kpi, figures) !== null && values.baseline === suggested(values.kpi)
      ? t('audit.make.objective.baselineFromAudit')
      : unitHint;

  // Another KPI: the baseline follows it while the user has not typed one of their own; so does the goal.
  const changeKpi = (kpi: KpiId) => {
    form.set('kpi', kpi);
    if (values.baseline === '' || values.baseline === suggested(values.kpi))
      form.set('baseline', suggested(kpi));
    if (values.goal === goalFor(values.kpi)) form.set('goal', goalFor(kpi));
  };

  return (
    <form
      ref={form.formRef}
      id={formId}
      onSubmit={form.submit}
      noValidate
      onKeyDown={enterSubmits}
      className={styles.makeForm}
    >
      <FormAlert message={form.alert} />
      <Field id={id('title')} label={t('kpis.objectives.form.title')} error={errors.title}>
        <input
          {...controlProps(id('title'), undefined, errors.title)}
          className={inputs.input}
          value={values.title}
          maxLength={80}
          onChange={(e) => form.set('title', e.target.value)}
          aria-required="true"
          // biome-ignore lint/a11y/noAutofocus: the objective's sentence is the first thing to check
          autoFocus
        />
      </Field>
      <div className={styles.formRow}>
        <Field id={id('kpi')} label={t('kpis.objectives.form.kpi')} error={errors.kpi}>
          <select
            {...controlProps(id('kpi'), undefined, errors.kpi)}
            className={inputs.select}
            value={values.kpi}
            onChange={(e) => changeKpi(e.target.value as KpiId)}
          >
            {KPIS.map((k) => (
              <option key={k} value={k}>
                {t(`kpis.names.${k}`)}
              </option>
            ))}
          </select>
        </Field>
        <Field id={id('goal')} label={t('kpis.objectives.form.goal')} error={errors.goal}>
          <select
            {...controlProps(id('goal'), undefined, errors.goal)}
            className={inputs.select}
            value={values.goal}
            onChange={(e) => form.set('goal', e.target.value as Goal)}
          >
            {GOALS.map((g) => (
              <option key={g} value={g}>
                {t(`kpis.goals.${g}`)}
              </option>
            ))}
          </select>
        </Field>
      </div>
      <div className={styles.formRow}>
        <Field
          id={id('baseline')}
          label={t('kpis.objectives.form.baseline')}
          hint={baselineHint}
          error={errors.baseline}
        >
          <input
            {...controlProps(id('baseline'), baselineHint, errors.baseline)}
            className={inputs.input}
            inputMode="decimal"
            value={values.baseline}
            onChange={(e) => form.set('baseline', e.target.value)}
            aria-required="true"
          />
        </Field>
        <Field
          id={id('target')}
          label={t('kpis.objectives.form.target')}
          hint={unitHint}
          error={errors.target}
        >
          <input
            {...controlProps(id('target'), unitHint, errors.target)}
            className={inputs.input}
            inputMode="decimal"
            value={values.target}
            onChange={(e) => form.set('target', e.target.value)}
            aria-required="true"
          />
        </Field>
      </div>
      <Field
        id={id('deadline')}
        label={t('kpis.objectives.form.deadline')}
        hint={t('audit.make.objective.startsToday')}
        error={errors.deadline}
      >
        <DateInput
          {...controlProps(id('deadline'), t('audit.make.objective.startsToday'), errors.deadline)}
          className={inputs.input}
          value={values.deadline}
          onChange={(day) => form.set('deadline', day)}
          required
        />
      </Field>
    </form>
  );
}

/** The next day after `today` that falls on a weekday (0 = Monday … 6 = Sunday). */
const nextWeekday = (today: string, mondayBased: number) => {
  const want = (mondayBased + 1) % 7; // as Date#getDay counts, from Sunday
  for (let i = 1; i <= 7; i += 1) if (weekday(addDays(today, i)) === want) return addDays(today, i);
  return addDays(today, 1);
};

/** The audit's best slot as a suggestion for a draft: its next weekday, its hour. */
function suggestedSlot(today: string, figures: AuditFigures | undefined) {
  const best = figures ? bestSlots(figures.howAndWhen.heatmap, figures.basis, 1)[0] : undefined;
  if (!best) return { date: addDays(today, 1), time: '09:00', from: null };
  return {
    date: nextWeekday(today, best.weekday),
    time: `${String(best.hour).padStart(2, '0')}:00`,
    from: best,
  };
}

interface PostDraft {
  channelId: string;
  date: string;
  time: string;
  format: PostFormat;
  caption: string;
}

function PostForm({
  formId,
  actionId,
  text,
  clientId,
  today,
  figures,
  onMade,
  ...wiring
}: MakeProps & FormWiring) {
  const { t } = useTranslation();
  const language = useLanguage();
  const take = useTakeAction();
  const channels = (useChannels(clientId).data ?? []).filter((c) => !c.archived);
  const base = useId();
  const id = (f: string) => `${base}-${f}`;
  const slot = suggestedSlot(today, figures);
  const bestFormat = figures ? bestAndWorst(figures.whatWorks.byFormat)?.best.format : undefined;
  const initial: PostDraft = {
    channelId: channels[0]?.id ?? '',
    date: slot.date,
    time: slot.time,
    format: bestFormat ?? 'image',
    caption: text,
  };
  const check = (v: PostDraft) => {
    const out: Partial<Record<keyof PostDraft, string>> = {};
    if (v.channelId === '') out.channelId = t('audit.make.post.noChannel');
    if (v.date === '') out.date = t('issues.invalidDate');
    if (v.time === '') out.time = t('typedField.badTime');
    return out;
  };
  const form = useMakeForm(initial, wiring, check, async (v) => {
    const audit = await take.mutateAsync({
      actionId,
      as: 'post',
      post: { channelId: v.channelId, date: v.date, time: v.time, format: v.format, caption: v.caption },
    });
    onMade(audit);
  });
  const { values, errors } = form;
  const slotHint = slot.from
    ? t('audit.make.post.slotHint', { day: weekdayNames(language)[slot.from.weekday], time: slot.time })
    : undefined;
  return (
    <form
      ref={form.formRef}
      id={formId}
      onSubmit={form.submit}
      noValidate
      onKeyDown={enterSubmits}
      className={styles.makeForm}
    >
      <FormAlert message={form.alert} />
      <Field id={id('channel')} label={t('audit.make.post.channel')} error={errors.channelId}>
        <select
          {...controlProps(id('channel'), undefined, errors.channelId)}
          className={inputs.select}
          value={values.channelId}
          onChange={(e) => form.set('channelId', e.target.value)}
          // biome-ignore lint/a11y/noAutofocus: where the post goes is the first choice to make
          autoFocus
        >
          {channels.length === 0 && <option value="">{t('audit.make.post.noChannel')}</option>}
          {channels.map((c) => (
            <option key={c.id} value={c.id}>
              {`${networkName(t, c.network)} ${c.handle}`}
            </option>
          ))}
        </select>
      </Field>
      <div className={styles.formRow}>
        <Field id={id('date')} label={t('audit.make.post.date')} hint={slotHint} error={errors.date}>
          <DateInput
            {...controlProps(id('date'), slotHint, errors.date)}
            className={inputs.input}
            value={values.date}
            onChange={(day) => form.set('date', day)}
            required
          />
        </Field>
        <Field id={id('time')} label={t('audit.make.post.time')} error={errors.time}>
          <TimeInput
            {...controlProps(id('time'), undefined, errors.time)}
            className={inputs.input}
            value={values.time}
            onChange={(time) => form.set('time', time)}
            required
          />
        </Field>
        <Field id={id('format')} label={t('audit.make.post.format')} error={errors.format}>
          <select
            {...controlProps(id('format'), undefined, errors.format)}
            className={inputs.select}
            value={values.format}
            onChange={(e) => form.set('format', e.target.value as PostFormat)}
          >
            {POST_FORMATS.map((f) => (
              <option key={f} value={f}>
                {t(`posts.format.${f}`)}
              </option>
            ))}
          </select>
        </Field>
      </div>
      <Field id={id('caption')} label={t('audit.make.post.caption')} error={errors.caption}>
        <textarea
          {...controlProps(id('caption'), undefined, errors.caption)}
          className={inputs.textarea}
          rows={4}
          value={values.caption}
          onChange={(e) => form.set('caption', e.target.value)}
        />
      </Field>
    </form>
  );
}

function PillarForm({ formId, actionId, text, clientId, onMade, ...wiring }: MakeProps & FormWiring) {
  const { t } = useTranslation();
  const take = useTakeAction();
  const pillars = usePillars(clientId).data ?? [];
  const used = new Set(pillars.map((p) => p.color.toLowerCase()));
  const color: string = CLIENT_COLORS.find((c) => !used.has(c.toLowerCase())) ?? CLIENT_COLORS[0];
  const base = useId();
  const check = (v: { name: string; color: string }) =>
    v.name.trim() === '' ? { name: t('kpis.objectives.form.errors.required') } : {};
  const form = useMakeForm({ name: titleFrom(text), color }, wiring, check, async (v) => {
    const audit = await take.mutateAsync({
      actionId,
      as: 'pillar',
      pillar: { name: v.name.trim(), color: v.color },
    });
    onMade(audit);
  });
  return (
    <form
      ref={form.formRef}
      id={formId}
      onSubmit={form.submit}
      noValidate
      onKeyDown={enterSubmits}
      className={styles.makeForm}
    >
      <FormAlert message={form.alert} />
      <Field id={`${base}-name`} label={t('audit.make.pillar.name')} error={form.errors.name}>
        <input
          {...controlProps(`${base}-name`, undefined, form.errors.name)}
          className={inputs.input}
          value={form.values.name}
          maxLength={80}
          onChange={(e) => form.set('name', e.target.value)}
          aria-required="true"
          // biome-ignore lint/a11y/noAutofocus: the pillar's name is the one thing to check
          autoFocus
        />
      </Field>
      <ColorPicker
        value={form.values.color}
        onChange={(c) => form.set('color', c)}
        error={form.errors.color}
      />
    </form>
  );
}

/** "Make it… → Objective / Pillar / Draft post": a small dialog prefilled from the action, one submit. */
export function MakeDialog({ kind, ...props }: MakeProps & { kind: 'objective' | 'pillar' | 'post' }) {
  const { t } = useTranslation();
  // The forms start from the client's channels and pillars: they are there before the dialog opens.
  const channels = useChannels(props.clientId);
  const pillars = usePillars(props.clientId);
  if (channels.isPending || pillars.isPending) return null;
  const made = (audit: Audit) => {
    props.onMade(audit);
    props.onClose();
  };
  return (
    <FormDialog
      title={t(`audit.make.${kind}.title`)}
      description={t(`audit.make.${kind}.description`)}
      submitLabel={t(`audit.make.${kind}.submit`)}
      onClose={props.onClose}
    >
      {(form) => {
        const all = { ...props, ...form, onMade: made };
        if (kind === 'objective') return <ObjectiveForm {...all} />;
        if (kind === 'pillar') return <PillarForm {...all} />;
        return <PostForm {...all} />;
      }}
    </FormDialog>
  );
}
