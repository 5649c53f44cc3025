import { useLayoutEffect, useRef } from 'react';
import styles from './Grid.module.css';

export interface CellEditorProps {
  text: string;
  label: string;
  /** A number: typed from the number pad, right-aligned, not spell-checked. */
  numeric: boolean;
  /** The translated refusal of what was typed, shown under the cell. */
  error: string | null;
  errorId: string;
  onChange: (text: string) => void;
  onBlur: () => void;
}

/** The text box a cell turns into while it is edited: it takes the keyboard, caret at the end. */
export function CellEditor({ text, label, numeric, error, errorId, onChange, onBlur }: CellEditorProps) {
  const input = useRef<HTMLInputElement>(null);
  useLayoutEffect(() => {
    const el = input.current;
    if (!el) return;
    el.focus();
    el.setSelectionRange(el.value.length, el.value.length);
  }, []);
  return (
    <>
      <input
        ref={input}
        className={styles.editor}
        data-numeric={numeric || undefined}
        value={text}
        aria-label={label}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? errorId : undefined}
        inputMode={numeric ? 'decimal' : undefined}
        autoComplete="off"
        spellCheck={!numeric}
        onChange={(e) => onChange(e.target.value)}
        onBlur={onBlur}
      />
      {error && (
        <span id={errorId} role="alert" className={styles.bubble}>
          {error}
        </span>
      )}
    </>
  );
}
