import { addDays } from '../../../shared/calendar/dates.ts';
import type { Client } from '../../../shared/domain/client.ts';
import { ENGAGEMENT_BASES, type EngagementBasis } from '../../../shared/kpi/formulas.ts';
import { useTranslation } from '../../i18n/context.tsx';
import { useLanguage } from '../../i18n/use-language.ts';
import { DateInput } from '../../ui/DateInput.tsx';
import { enterSubmits } from '../../ui/enter-submits.ts';
import { controlProps, Field } from '../../ui/Field.tsx';
import { FormAlert } from '../../ui/FormAlert.tsx';
import { FormDialog } from '../../ui/FormDialog.tsx';
import inputs from '../../ui/inputs.module.css';
import { type ServerFormProps, useServerForm } from '../../ui/use-server-form.ts';
import styles from './AuditView.module.css';
import { defaultPeriod, lastDayOf, periodIssue, periodLabel } from './audit-period.ts';
import { useCreateAudit } from './queries.ts';

interface NewAuditValues {
  title: string;
  from: string;
  /** The last day, inclusive, as the user reads it. */
  last: string;
  /** '' follows the client's own basis. */
  basis: EngagementBasis | '';
}

/** The engagement bases to rank by: the client's own first, as the default. */
export function BasisSelect({
  id,
  value,
  clientBasis,
  onChange,
  hint,
  error,
}: {
  id: string;
  value: EngagementBasis | '';
  clientBasis: EngagementBasis;
  onChange: (basis: EngagementBasis | '') => void;
  hint?: string;
  error?: string;
}) {
  const { t } = useTranslation();
  return (
    <select
      {...controlProps(id, hint, error)}
      className={inputs.select}
      value={value}
      onChange={(e) => onChange(e.target.value as EngagementBasis | '')}
    >
      <option value="">{t('audit.basis.client', { basis: t(`kpis.bases.${clientBasis}`) })}</option>
      {ENGAGEMENT_BASES.map((b) => (
        <option key={b} value={b}>
          {t('audit.basis.rate', { basis: t(`kpis.bases.${b}`) })}
        </option>
      ))}
    </select>
  );
}

function NewAuditForm({
  formId,
  client,
  today,
  onSubmit,
  ...wiring
}: Omit<ServerFormProps<NewAuditValues>, 'onSubmit'> & {
  client: Client;
  today: string;
  onSubmit: (values: {
    title: string;
    from: string;
    to: string;
    basis: EngagementBasis | null;
  }) => Promise<unknown>;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const form = useServerForm<NewAuditValues>({
    initial: () => {
      const p = defaultPeriod(today);
      return { title: '', from: p.from, last: lastDayOf(p.to), basis: '' };
    },
    onSubmit: async (v) => {
      if (periodIssue(v.from, v.last)) return;
      await onSubmit({ title: v.title.trim(), from: v.from, to: addDays(v.last, 1), basis: v.basis || null });
    },
    ...wiring,
  });
  const { values, set } = form;
  const issue = periodIssue(values.from, values.last);
  const lastError = issue && issue !== 'invalidDate' ? t(`issues.${issue}`) : (form.errors.to ?? undefined);
  const placeholder =
    issue === null ? periodLabel({ from: values.from, to: addDays(values.last, 1) }, language) : undefined;
  const id = (f: string) => `${formId}-${f}`;
  return (
    <form
      ref={form.formRef}
      id={formId}
      onSubmit={form.submit}
      noValidate
      onKeyDown={enterSubmits}
      className={styles.makeForm}
    >
      <FormAlert message={form.invalid ? t('audit.start.failed') : null} />
      <div className={styles.formRow}>
        <Field id={id('from')} label={t('audit.start.from')} error={form.errors.from}>
          <DateInput
            {...controlProps(id('from'), undefined, form.errors.from)}
            className={inputs.input}
            value={values.from}
            onChange={(day) => set('from', day)}
            required
          />
        </Field>
        <Field id={id('last')} label={t('audit.start.last')} error={lastError}>
          <DateInput
            {...controlProps(id('last'), undefined, lastError)}
            className={inputs.input}
            value={values.last}
            onChange={(day) => set('last', day)}
            required
          />
        </Field>
      </div>
      <Field id={id('title')} label={t('audit.start.title')} hint={t('audit.start.titleHint')}>
        <input
          {...controlProps(id('title'), t('audit.start.titleHint'), form.errors.title)}
          className={inputs.input}
          maxLength={80}
          placeholder={placeholder}
          value={values.title}
          onChange={(e) => set('title', e.target.value)}
        />
      </Field>
      <Field
        id={id('basis')}
        label={t('audit.start.basis')}
        hint={t('audit.start.basisHint')}
        error={form.errors.basis}
      >
        <BasisSelect
          id={id('basis')}
          value={values.basis}
          clientBasis={client.engagementBasis}
          onChange={(b) => set('basis', b)}
          hint={t('audit.start.basisHint')}
          error={form.errors.basis}
        />
      </Field>
    </form>
  );
}

/**
 * Starting an audit: one step. The period is the last full quarter before today, the basis the
 * client's own; Enter starts it as it is.
 */
export function NewAuditDialog({
  client,
  today,
  onClose,
  onCreated,
}: {
  client: Client;
  today: string;
  onClose: () => void;
  onCreated: (id: string) => void;
}) {
  const { t } = useTranslation();
  const create = useCreateAudit();
  return (
    <FormDialog
      title={t('audit.start.dialogTitle')}
      description={t('audit.start.description')}
      submitLabel={t('audit.start.submit')}
      onClose={onClose}
    >
      {(form) => (
        <NewAuditForm
          {...form}
          client={client}
          today={today}
          onSubmit={async (v) => {
            const audit = await create.mutateAsync({ clientId: client.id, ...v });
            onClose();
            onCreated(audit.id);
          }}
        />
      )}
    </FormDialog>
  );
}
