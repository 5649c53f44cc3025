import { useId } from 'react';
import { NAME_MAX } from '../../../shared/domain/fields.ts';
import { REPORT_TEXT_MAX } from '../../../shared/domain/report.ts';
import { useTranslation } from '../../i18n/context.tsx';
import { controlProps, Field } from '../../ui/Field.tsx';
import inputs from '../../ui/inputs.module.css';
import styles from './ReportView.module.css';
import { type ReportDraft, titleSendable } from './report-draft.ts';

/** The freelancer's own words: a title for the cover, the summary, the recommendations. */
export function ReportTexts({
  draft,
  onChange,
}: {
  draft: ReportDraft;
  onChange: (patch: Partial<Pick<ReportDraft, 'title' | 'summary' | 'recommendations'>>) => void;
}) {
  const { t } = useTranslation();
  const base = useId();
  const id = (f: string) => `${base}-${f}`;
  const titleError = titleSendable(draft.title) ? undefined : t('issues.bidiControl');
  const hint = t('reportScreen.texts.hint');
  return (
    <div className={styles.texts}>
      <Field
        id={id('title')}
        label={t('reportScreen.texts.title')}
        hint={t('reportScreen.texts.titleHint')}
        error={titleError}
      >
        <input
          {...controlProps(id('title'), t('reportScreen.texts.titleHint'), titleError)}
          className={inputs.input}
          maxLength={NAME_MAX}
          value={draft.title}
          onChange={(e) => onChange({ title: e.target.value })}
        />
      </Field>
      <Field id={id('summary')} label={t('reportScreen.texts.summary')} hint={hint}>
        <textarea
          {...controlProps(id('summary'), hint)}
          className={`${inputs.textarea} ${styles.text}`}
          maxLength={REPORT_TEXT_MAX}
          placeholder={t('reportScreen.texts.summaryPlaceholder')}
          value={draft.summary}
          onChange={(e) => onChange({ summary: e.target.value })}
        />
      </Field>
      <Field id={id('recommendations')} label={t('reportScreen.texts.recommendations')} hint={hint}>
        <textarea
          {...controlProps(id('recommendations'), hint)}
          className={`${inputs.textarea} ${styles.text}`}
          maxLength={REPORT_TEXT_MAX}
          placeholder={t('reportScreen.texts.recommendationsPlaceholder')}
          value={draft.recommendations}
          onChange={(e) => onChange({ recommendations: e.target.value })}
        />
      </Field>
    </div>
  );
}
