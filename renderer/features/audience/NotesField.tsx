import { SEGMENT_TEXT_MAX } from '../../../shared/domain/segment.ts';
import { renderNotes } from '../../common/format/render-notes.tsx';
import { useTranslation } from '../../i18n/context.tsx';
import { controlProps, fieldStyles } from '../../ui/Field.tsx';
import inputs from '../../ui/inputs.module.css';
import prose from './Prose.module.css';
import styles from './SegmentForm.module.css';

export interface NotesFieldProps {
  id: string;
  value: string;
  onChange: (notes: string) => void;
  error?: string;
}

/** Free notes in Markdown-lite, with a live preview of how they will read. */
export function NotesField({ id, value, onChange, error }: NotesFieldProps) {
  const { t } = useTranslation();
  const hint = t('audience.form.notesHint');
  const previewId = `${id}-preview`;
  return (
    <div className={styles.notes}>
      <div className={fieldStyles.field}>
        <label className={fieldStyles.label} htmlFor={id}>
          {t('audience.form.notes')}
        </label>
        <textarea
          {...controlProps(id, hint, error)}
          className={`${inputs.textarea} ${styles.notesInput}`}
          maxLength={SEGMENT_TEXT_MAX}
          placeholder={t('audience.form.notesPlaceholder')}
          value={value}
          onChange={(e) => onChange(e.target.value)}
        />
        <span id={`${id}-hint`} className={fieldStyles.hint}>
          {hint}
        </span>
        {error && (
          <span id={`${id}-error`} className={fieldStyles.error}>
            {error}
          </span>
        )}
      </div>
      <section className={styles.preview} aria-labelledby={previewId}>
        <h4 id={previewId} className={styles.previewTitle}>
          {t('audience.form.notesPreview')}
        </h4>
        {value.trim() === '' ? (
          <p className={styles.hint}>{t('audience.form.notesEmpty')}</p>
        ) : (
          <div className={prose.prose}>{renderNotes(value)}</div>
        )}
      </section>
    </div>
  );
}
