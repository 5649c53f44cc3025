import { controlProps, fieldStyles } from '../../ui/Field.tsx';
import inputs from '../../ui/inputs.module.css';
import prose from '../../ui/Prose.module.css';
import { renderNotes } from '../format/render-notes.tsx';
import styles from './NotesField.module.css';

/** The field's words, in the language shown. */
export interface NotesWords {
  label: string;
  hint: string;
  placeholder: string;
  preview: string;
  /** In the preview while there are no notes. */
  empty: string;
}

export interface NotesFieldProps {
  id: string;
  value: string;
  onChange: (notes: string) => void;
  maxLength: number;
  words: NotesWords;
  error?: string;
}

/** Free notes in Markdown-lite, with a live preview of how they will read. */
export function NotesField({ id, value, onChange, maxLength, words, error }: NotesFieldProps) {
  const previewId = `${id}-preview`;
  return (
    <div className={styles.notes}>
      <div className={fieldStyles.field}>
        <label className={fieldStyles.label} htmlFor={id}>
          {words.label}
        </label>
        <textarea
          {...controlProps(id, words.hint, error)}
          className={`${inputs.textarea} ${styles.input}`}
          maxLength={maxLength}
          placeholder={words.placeholder}
          value={value}
          onChange={(e) => onChange(e.target.value)}
        />
        <span id={`${id}-hint`} className={fieldStyles.hint}>
          {words.hint}
        </span>
        {error && (
          <span id={`${id}-error`} className={fieldStyles.error}>
            {error}
          </span>
        )}
      </div>
      <section className={styles.preview} aria-labelledby={previewId}>
        <h4 id={previewId} className={styles.previewTitle}>
          {words.preview}
        </h4>
        {value.trim() === '' ? (
          <p className={styles.empty}>{words.empty}</p>
        ) : (
          <div className={prose.prose}>{renderNotes(value)}</div>
        )}
      </section>
    </div>
  );
}
