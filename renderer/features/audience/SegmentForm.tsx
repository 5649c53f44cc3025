import { useId } from 'react';
import { AGE_BANDS, GENDERS, SEGMENT_TEXT_MAX, type Segment } from '../../../shared/domain/segment.ts';
import { RpcFailure } from '../../api/rpc-failure.ts';
import { useSegmentTags } from '../../common/data/segment-queries.ts';
import { NotesField } from '../../common/widgets/NotesField.tsx';
import { useTranslation } from '../../i18n/context.tsx';
import { useLanguage } from '../../i18n/use-language.ts';
import { controlProps, Field } from '../../ui/Field.tsx';
import { FormAlert } from '../../ui/FormAlert.tsx';
import inputs from '../../ui/inputs.module.css';
import { TagInput } from '../../ui/TagInput.tsx';
import { useRefusedFields } from '../../ui/use-refused-fields.ts';
import { type ServerFormProps, useServerForm } from '../../ui/use-server-form.ts';
import { ActiveGrid } from './ActiveGrid.tsx';
import { NetworksField } from './NetworksField.tsx';
import { PlacesField } from './PlacesField.tsx';
import styles from './SegmentForm.module.css';
import { SharesField } from './SharesField.tsx';
import { ageLabel } from './segment-summary.ts';
import { inputOf, issuesByField, type SegmentInput, valuesOf } from './segment-values.ts';

export interface SegmentFormProps extends ServerFormProps<SegmentInput> {
  clientId: string;
  segment?: Segment;
}

/** Everything known about one audience segment: who, where, on which networks and when. */
export function SegmentForm({ formId, clientId, segment, onSubmit, ...wiring }: SegmentFormProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const base = useId();
  const id = (field: string) => `${base}-${field}`;
  const tags = useSegmentTags(clientId).data;
  const { refuse, error, listError } = useRefusedFields(issuesByField);
  const { values, set, submit, formRef, invalid } = useServerForm({
    initial: () => valuesOf(segment, language),
    ...wiring,
    onSubmit: async (typed) => {
      const { input, issues } = inputOf(typed, language);
      try {
        // Text that is not a number is caught here; the server judges everything else.
        if (issues.length > 0)
          throw new RpcFailure({ code: 'invalid_input', message: 'Unreadable numbers', issues });
        await onSubmit(input);
      } catch (error) {
        refuse(error, typed.places);
        throw error;
      }
    },
  });

  const shareErrors = <K extends string>(group: string, keys: readonly K[]) =>
    Object.fromEntries(keys.map((k) => [k, error(`${group}.${k}`)])) as Partial<Record<K, string>>;

  const descriptionHint = t('audience.form.descriptionHint');
  const sizeHint = t('audience.form.sizeHint');
  return (
    <form ref={formRef} id={formId} onSubmit={submit} noValidate className={styles.form}>
      <FormAlert message={invalid ? t('audience.form.failed') : null} />
      <div className={styles.columns}>
        <section className={styles.column} aria-labelledby={id('who')}>
          <h3 id={id('who')} className={styles.sectionTitle}>
            {t('audience.form.who')}
          </h3>
          <Field id={id('name')} label={t('audience.form.name')} error={error('name')}>
            <input
              {...controlProps(id('name'), undefined, error('name'))}
              className={inputs.input}
              value={values.name}
              onChange={(e) => set('name', e.target.value)}
              placeholder={t('audience.form.namePlaceholder')}
              aria-required="true"
              // biome-ignore lint/a11y/noAutofocus: the name is the first thing to type in a new segment
              autoFocus
            />
          </Field>
          <Field
            id={id('description')}
            label={t('audience.form.description')}
            hint={descriptionHint}
            error={error('description')}
          >
            <textarea
              {...controlProps(id('description'), descriptionHint, error('description'))}
              className={inputs.textarea}
              rows={2}
              maxLength={SEGMENT_TEXT_MAX}
              value={values.description}
              onChange={(e) => set('description', e.target.value)}
            />
          </Field>
          <SharesField
            id={id('ages')}
            legend={t('audience.form.ages')}
            breakdown="ages"
            keys={AGE_BANDS}
            label={ageLabel}
            values={values.ages}
            onChange={(ages) => set('ages', ages)}
            errors={shareErrors('ages', AGE_BANDS)}
          />
          <SharesField
            id={id('genders')}
            legend={t('audience.form.genders')}
            breakdown="genders"
            keys={GENDERS}
            label={(g) => t(`audience.genders.${g}`)}
            values={values.genders}
            onChange={(genders) => set('genders', genders)}
            errors={shareErrors('genders', GENDERS)}
          />
          <TagInput
            id={id('sectors')}
            label={t('audience.form.sectors')}
            hint={t('audience.form.sectorsHint')}
            tags={values.sectors}
            known={tags?.sectors ?? []}
            onChange={(sectors) => set('sectors', sectors)}
            error={listError('sectors')}
          />
          <TagInput
            id={id('interests')}
            label={t('audience.form.interests')}
            hint={t('audience.form.interestsHint')}
            tags={values.interests}
            known={tags?.interests ?? []}
            onChange={(interests) => set('interests', interests)}
            error={listError('interests')}
          />
        </section>
        <section className={styles.column} aria-labelledby={id('where')}>
          <h3 id={id('where')} className={styles.sectionTitle}>
            {t('audience.form.whereWhen')}
          </h3>
          <PlacesField
            id={id('places')}
            rows={values.places}
            onChange={(places) => set('places', places)}
            error={error}
          />
          <NetworksField
            value={values.networks}
            onChange={(networks) => set('networks', networks)}
            error={listError('networks')}
            errorId={id('networks-error')}
          />
          <fieldset className={styles.group}>
            <legend id={id('active')} className={styles.legend}>
              {t('audience.form.active')}
            </legend>
            <p className={styles.hint}>{t('audience.form.activeHint')}</p>
            <ActiveGrid labelledBy={id('active')} value={values.active} onChange={(a) => set('active', a)} />
            {listError('active') && <span className={styles.error}>{listError('active')}</span>}
          </fieldset>
          <Field
            id={id('size')}
            label={t('audience.form.size')}
            hint={sizeHint}
            error={error('sizeEstimate')}
          >
            <input
              {...controlProps(id('size'), sizeHint, error('sizeEstimate'))}
              className={`${inputs.input} ${styles.size}`}
              inputMode="numeric"
              autoComplete="off"
              value={values.size}
              onChange={(e) => set('size', e.target.value)}
            />
          </Field>
        </section>
      </div>
      <NotesField
        id={id('notes')}
        value={values.notes}
        onChange={(n) => set('notes', n)}
        maxLength={SEGMENT_TEXT_MAX}
        words={{
          label: t('audience.form.notes'),
          hint: t('audience.form.notesHint'),
          placeholder: t('audience.form.notesPlaceholder'),
          preview: t('audience.form.notesPreview'),
          empty: t('audience.form.notesEmpty'),
        }}
        error={error('notes')}
      />
    </form>
  );
}
