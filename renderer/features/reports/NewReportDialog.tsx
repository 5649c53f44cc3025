import { LANGUAGES, type Language } from '../../../shared/domain/prefs-defaults.ts';
import { PAPERS, type Paper, REPORT_KINDS, type ReportKind } from '../../../shared/domain/report.ts';
import { useTranslation } from '../../i18n/context.tsx';
import { dateLocale } from '../../i18n/format.ts';
import { useLanguage } from '../../i18n/use-language.ts';
import { Button } from '../../ui/Button.tsx';
import { DateInput } from '../../ui/DateInput.tsx';
import { enterSubmits } from '../../ui/enter-submits.ts';
import { controlProps, Field } from '../../ui/Field.tsx';
import { FormAlert } from '../../ui/FormAlert.tsx';
import { FormDialog } from '../../ui/FormDialog.tsx';
import inputs from '../../ui/inputs.module.css';
import { type ServerFormProps, useServerForm } from '../../ui/use-server-form.ts';
import { periodWords } from './document/report-dates.ts';
import styles from './NewReportDialog.module.css';
import {
  canStepForward,
  customRangeIssue,
  initialReportPeriod,
  type ReportPeriodChoice,
  reportRange,
  stepReportPeriod,
  withReportKind,
} from './report-period.ts';
import { type NewReport, useReportDefaults } from './use-new-report.ts';

interface Values {
  choice: ReportPeriodChoice;
  language: Language;
  paper: Paper;
}

function NewReportForm({
  formId,
  today,
  onSubmit,
  ...wiring
}: Omit<ServerFormProps<Values>, 'onSubmit'> & {
  today: string;
  onSubmit: (r: NewReport) => Promise<unknown>;
}) {
  const { t } = useTranslation();
  const appLanguage = useLanguage();
  const defaults = useReportDefaults();
  const form = useServerForm<Values>({
    initial: () => ({ choice: initialReportPeriod(today), ...defaults }),
    onSubmit: async (v) => {
      const range = reportRange(v.choice);
      if (!range) return;
      await onSubmit({ kind: v.choice.kind, range, language: v.language, paper: v.paper });
    },
    ...wiring,
  });
  const { values, set } = form;
  const { choice } = values;
  const id = (f: string) => `${formId}-${f}`;
  const issue = choice.kind === 'custom' ? customRangeIssue(choice.start, choice.end) : null;
  const endError = issue && issue !== 'invalidDate' ? t(`issues.${issue}`) : (form.errors.to ?? undefined);
  const range = reportRange(choice);
  const locale = dateLocale(appLanguage);
  const title = range ? periodWords(choice.kind, range.from, range.to, t, locale) : '';
  const pick = (next: ReportPeriodChoice) => set('choice', next);
  // The period the figures are compared with, as the report will say it (a typed range: as many days before).
  const before = range && choice.kind !== 'custom' ? reportRange(stepReportPeriod(choice, -1)) : null;
  const alert =
    form.errors.clientId ??
    form.errors.kind ??
    form.errors.from ??
    (form.invalid && !form.errors.to ? t('reportScreen.new.failed') : null);

  return (
    <form
      ref={form.formRef}
      id={formId}
      onSubmit={form.submit}
      noValidate
      onKeyDown={enterSubmits}
      className={styles.form}
    >
      <FormAlert message={alert} />
      <fieldset className={styles.group}>
        <legend className={styles.legend}>{t('reportScreen.new.kind')}</legend>
        <div className={styles.kinds}>
          {REPORT_KINDS.map((kind: ReportKind) => (
            <label key={kind} className={styles.kind}>
              <input
                type="radio"
                name={id('kind')}
                value={kind}
                checked={choice.kind === kind}
                onChange={() => pick(withReportKind(choice, kind, today))}
              />
              {t(`reportScreen.kinds.${kind}`)}
            </label>
          ))}
        </div>
      </fieldset>
      {choice.kind === 'custom' ? (
        <div className={styles.row}>
          <Field id={id('from')} label={t('reportScreen.new.from')}>
            <DateInput
              id={id('from')}
              className={inputs.input}
              value={choice.start}
              onChange={(day) => pick({ ...choice, start: day })}
              required
            />
          </Field>
          <Field id={id('last')} label={t('reportScreen.new.last')} error={endError}>
            <DateInput
              {...controlProps(id('last'), undefined, endError)}
              className={inputs.input}
              value={choice.end}
              onChange={(day) => pick({ ...choice, end: day })}
              required
            />
          </Field>
        </div>
      ) : (
        <div className={styles.period}>
          <Button
            variant="ghost"
            onClick={() => pick(stepReportPeriod(choice, -1))}
            aria-label={t('reportScreen.new.previous')}
            title={t('reportScreen.new.previous')}
          >
            ‹
          </Button>
          <output className={styles.periodName} aria-live="polite">
            {title}
          </output>
          <Button
            variant="ghost"
            onClick={() => pick(stepReportPeriod(choice, 1))}
            disabled={!canStepForward(choice, today)}
            aria-label={t('reportScreen.new.next')}
            title={t('reportScreen.new.next')}
          >
            ›
          </Button>
        </div>
      )}
      <div className={styles.row}>
        <Field
          id={id('language')}
          label={t('reportScreen.new.language')}
          hint={t('reportScreen.new.languageHint')}
        >
          <select
            {...controlProps(id('language'), t('reportScreen.new.languageHint'))}
            className={inputs.select}
            value={values.language}
            onChange={(e) => set('language', e.target.value as Language)}
          >
            {LANGUAGES.map((l) => (
              <option key={l} value={l} lang={l}>
                {t(`settings.language.${l}`)}
              </option>
            ))}
          </select>
        </Field>
        <Field id={id('paper')} label={t('reportScreen.new.paper')}>
          <select
            id={id('paper')}
            className={inputs.select}
            value={values.paper}
            onChange={(e) => set('paper', e.target.value as Paper)}
          >
            {PAPERS.map((p) => (
              <option key={p} value={p}>
                {t(`reportScreen.papers.${p}`)}
              </option>
            ))}
          </select>
        </Field>
      </div>
      {range && choice.kind === 'custom' && (
        <p className={styles.hint}>{t('reportScreen.new.covers', { period: title })}</p>
      )}
      {before && (
        <p className={styles.hint}>
          {t('reportScreen.new.comparedWith', {
            period: periodWords(choice.kind, before.from, before.to, t, locale),
          })}
        </p>
      )}
    </form>
  );
}

/** A new report in one step: last month, the app's language and the system's paper; Enter makes it. */
export function NewReportDialog({
  today,
  onClose,
  onMake,
}: {
  today: string;
  onClose: () => void;
  onMake: (report: NewReport) => Promise<unknown>;
}) {
  const { t } = useTranslation();
  return (
    <FormDialog
      title={t('reportScreen.new.title')}
      description={t('reportScreen.new.description')}
      submitLabel={t('reportScreen.new.submit')}
      onClose={onClose}
    >
      {(form) => (
        <NewReportForm
          {...form}
          today={today}
          onSubmit={async (r) => {
            await onMake(r);
            onClose();
          }}
        />
      )}
    </FormDialog>
  );
}
