import { useId } from 'react';
import type { Competitor } from '../../../shared/domain/competitor.ts';
import { NAME_MAX, NOTES_MAX } from '../../../shared/domain/fields.ts';
import { NotesField } from '../../common/widgets/NotesField.tsx';
import { useTranslation } from '../../i18n/context.tsx';
import { ColorPicker } from '../../ui/ColorPicker.tsx';
import { controlProps, Field } from '../../ui/Field.tsx';
import { FormAlert } from '../../ui/FormAlert.tsx';
import inputs from '../../ui/inputs.module.css';
import { TagInput } from '../../ui/TagInput.tsx';
import { useRefusedFields } from '../../ui/use-refused-fields.ts';
import { type ServerFormProps, useServerForm } from '../../ui/use-server-form.ts';
import { AccountsField } from './AccountsField.tsx';
import styles from './CompetitorForm.module.css';
import { type CompetitorInput, inputOf, issuesByField, valuesOf } from './competitor-values.ts';

export interface CompetitorFormProps extends ServerFormProps<CompetitorInput> {
  competitor?: Competitor;
  defaultColor: string;
  /** The tags of the client's other competitors, offered as the user types. */
  knownTags: readonly string[];
}

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
  const { refuse, error, listError } = useRefusedFields(issuesByField);
  const { values, set, submit, formRef, invalid } = useServerForm({
    initial: () => valuesOf(competitor, defaultColor),
    ...wiring,
    onSubmit: async (typed) => {
      try {
        await onSubmit(inputOf(typed));
      } catch (error) {
        refuse(error, typed.accounts);
        throw error;
      }
    },
  });

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
      <NotesField
        id={id('notes')}
        value={values.notes}
        onChange={(notes) => set('notes', notes)}
        maxLength={NOTES_MAX}
        words={{
          label: t('competitors.form.notes'),
          hint: t('competitors.form.notesHint'),
          placeholder: t('competitors.form.notesPlaceholder'),
          preview: t('competitors.form.notesPreview'),
          empty: t('competitors.form.notesEmpty'),
        }}
        error={error('notes')}
      />
    </form>
  );
}
