import { useId, useState } from 'react';
import type { Competitor } from '../../../shared/domain/competitor.ts';
import { NAME_MAX, NOTES_MAX } from '../../../shared/domain/fields.ts';
import type { Issue } from '../../../shared/errors.ts';
import { isRpcFailure } from '../../api/rpc-failure.ts';
import { renderNotes } from '../../common/format/render-notes.tsx';
import { useTranslation } from '../../i18n/context.tsx';
import { issueMessage } from '../../i18n/errors.ts';
import { ColorPicker } from '../../ui/ColorPicker.tsx';
import { controlProps, Field, fieldStyles } from '../../ui/Field.tsx';
import { FormAlert } from '../../ui/FormAlert.tsx';
import inputs from '../../ui/inputs.module.css';
import { TagInput } from '../../ui/TagInput.tsx';
import { type ServerFormProps, useServerForm } from '../../ui/use-server-form.ts';
import { AccountsField } from './AccountsField.tsx';
import styles from './CompetitorForm.module.css';
import {
  type AccountRow,
  type CompetitorInput,
  inputOf,
  issuesByField,
  valuesOf,
} from './competitor-values.ts';

export interface CompetitorFormProps extends ServerFormProps<CompetitorInput> {
  competitor?: Competitor;
  defaultColor: string;
  /** The tags of the client's other competitors, offered as the user types. */
  knownTags: readonly string[];
}

/** The last refusal, with the account rows it was about (rows are numbered among those sent). */
type Refusal = { issues: readonly Issue[]; accounts: readonly AccountRow[] };

/** Who the competitor is, where it posts, what works for it. */
export function CompetitorForm({
  formId,
  competitor,
  defaultColor,
  knownTags,
  onSubmit,
  ...wiring
}: CompetitorFormProps) {
  const { t } = useTranslation();
  const base = useId();
  const id = (field: string) => `${base}-${field}`;
  const [refusal, setRefusal] = useState<Refusal>({ issues: [], accounts: [] });
  const { values, set, submit, formRef, invalid } = useServerForm({
    initial: () => valuesOf(competitor, defaultColor),
    ...wiring,
    onSubmit: async (typed) => {
      try {
        await onSubmit(inputOf(typed));
      } catch (error) {
        setRefusal({ issues: isRpcFailure(error) ? error.issues : [], accounts: typed.accounts });
        throw error;
      }
    },
  });

  const byField = issuesByField(refusal.issues, refusal.accounts);
  const error = (key: string) => {
    const issue = byField[key];
    return issue ? issueMessage(t, issue) : undefined;
  };
  const listError = (field: string) => {
    const key = Object.keys(byField).find((k) => k === field || k.startsWith(`${field}.`));
    return key ? error(key) : undefined;
  };
  const notesHint = t('competitors.form.notesHint');

  return (
    <form ref={formRef} id={formId} onSubmit={submit} noValidate className={styles.form}>
      <FormAlert message={invalid ? t('competitors.form.failed') : null} />
      <div className={styles.columns}>
        <div className={styles.column}>
          <Field id={id('name')} label={t('competitors.form.name')} error={error('name')}>
            <input
              {...controlProps(id('name'), undefined, error('name'))}
              className={inputs.input}
              value={values.name}
              maxLength={NAME_MAX}
              onChange={(e) => set('name', e.target.value)}
              placeholder={t('competitors.form.namePlaceholder')}
              aria-required="true"
              autoComplete="off"
              // biome-ignore lint/a11y/noAutofocus: the name is the first thing to type in a new competitor
              autoFocus
            />
          </Field>
          <ColorPicker value={values.color} onChange={(c) => set('color', c)} error={error('color')} />
          <TagInput
            id={id('tags')}
            label={t('competitors.form.tags')}
            hint={t('competitors.form.tagsHint')}
            tags={values.tags}
            known={knownTags}
            onChange={(tags) => set('tags', tags)}
            error={listError('tags')}
          />
        </div>
        <div className={styles.column}>
          <AccountsField
            id={id('accounts')}
            rows={values.accounts}
            onChange={(accounts) => set('accounts', accounts)}
            error={error}
          />
          {error('accounts') && <span className={styles.error}>{error('accounts')}</span>}
        </div>
      </div>
      <div className={styles.notes}>
        <div className={fieldStyles.field}>
          <label className={fieldStyles.label} htmlFor={id('notes')}>
            {t('competitors.form.notes')}
          </label>
          <textarea
            {...controlProps(id('notes'), notesHint, error('notes'))}
            className={`${inputs.textarea} ${styles.notesInput}`}
            maxLength={NOTES_MAX}
            placeholder={t('competitors.form.notesPlaceholder')}
            value={values.notes}
            onChange={(e) => set('notes', e.target.value)}
          />
          <span id={`${id('notes')}-hint`} className={fieldStyles.hint}>
            {notesHint}
          </span>
          {error('notes') && (
            <span id={`${id('notes')}-error`} className={fieldStyles.error}>
              {error('notes')}
            </span>
          )}
        </div>
        <section className={styles.preview} aria-labelledby={id('preview')}>
          <h4 id={id('preview')} className={styles.previewTitle}>
            {t('competitors.form.notesPreview')}
          </h4>
          {values.notes.trim() === '' ? (
            <p className={styles.hint}>{t('competitors.form.notesEmpty')}</p>
          ) : (
            <div className={styles.prose}>{renderNotes(values.notes)}</div>
          )}
        </section>
      </div>
    </form>
  );
}
