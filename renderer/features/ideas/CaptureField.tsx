import { type KeyboardEvent, type Ref, useId, useState } from 'react';
import type { Idea } from '../../../shared/domain/idea.ts';
import { useCreateIdea } from '../../common/data/idea-queries.ts';
import { useTranslation } from '../../i18n/context.tsx';
import { errorMessage, fieldErrors } from '../../i18n/errors.ts';
import inputs from '../../ui/inputs.module.css';
import styles from './CaptureField.module.css';
import { checkCapture } from './capture.ts';

export interface CaptureFieldProps {
  /** The bank the idea goes to: a client's, or null for the shared one. */
  clientId: string | null;
  label: string;
  placeholder: string;
  /** Said once an idea is in (the field is already empty for the next one). */
  addedMessage: (idea: Idea) => string;
  onCaptured?: (idea: Idea) => void;
  inputRef?: Ref<HTMLInputElement>;
  compact?: boolean;
}

/**
 * One line to jot an idea down: type, Enter, and the field is empty again for the next one, the
 * keyboard still in it. Text over the title's limit says so as it is typed, and waits.
 */
export function CaptureField({
  clientId,
  label,
  placeholder,
  addedMessage,
  onCaptured,
  inputRef,
  compact,
}: CaptureFieldProps) {
  const { t } = useTranslation();
  const id = useId();
  const create = useCreateIdea();
  const [text, setText] = useState('');
  const [failure, setFailure] = useState<string | null>(null);
  const [done, setDone] = useState('');
  const check = checkCapture(text);
  const tooLong =
    !check.ok && check.reason === 'tooLong'
      ? t('ideas.capture.tooLong', { max: check.max, typed: check.count })
      : null;
  const problem = tooLong ?? failure;

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'Escape' && text !== '') {
      e.preventDefault();
      e.stopPropagation();
      setText('');
      setFailure(null);
      return;
    }
    if (e.key !== 'Enter' || e.shiftKey || e.altKey || e.nativeEvent.isComposing) return;
    e.preventDefault();
    if (!check.ok) return;
    // Emptied at once, so the next idea can be typed while this one is saved.
    setText('');
    setFailure(null);
    create.mutateAsync({ clientId, title: check.title }).then(
      (idea) => {
        setDone(addedMessage(idea));
        onCaptured?.(idea);
      },
      (error) => {
        setText((now) => (now === '' ? check.title : now));
        setFailure(fieldErrors(t, error).title ?? errorMessage(t, error));
      },
    );
  };

  return (
    <div className={compact ? `${styles.capture} ${styles.compact}` : styles.capture}>
      <span className={styles.plus} aria-hidden="true">
        +
      </span>
      <input
        ref={inputRef}
        id={id}
        className={`${inputs.input} ${styles.input}`}
        aria-label={label}
        aria-invalid={problem ? true : undefined}
        aria-describedby={problem ? `${id}-problem` : undefined}
        placeholder={placeholder}
        autoComplete="off"
        value={text}
        onChange={(e) => {
          setText(e.target.value);
          setFailure(null);
          setDone('');
        }}
        onKeyDown={onKeyDown}
      />
      {problem && (
        <span id={`${id}-problem`} className={styles.problem}>
          {problem}
        </span>
      )}
      <span role="status" className="visually-hidden">
        {done}
      </span>
    </div>
  );
}
